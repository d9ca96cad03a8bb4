package dev.wedge.editor.strategy;

import org.eclipse.osgi.util.NLS;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;

import dev.wedge.core.session.ModelSession;
import dev.wedge.strategy.map.MapEdits;
import dev.wedge.strategy.map.MapLayout;
import dev.wedge.strategy.map.MapViewport;
import dev.wedge.strategy.map.MapLayout.Box;
import dev.wedge.model.Initiative;
import dev.wedge.model.MetricLink;
import dev.wedge.model.WedgeFactory;
import dev.wedge.model.WedgePackage.Literals;
import dev.wedge.ui.decorations.ModelDecorations;

/**
 * The strategy map on a canvas: a thin figure layer over the ELK layout. Zoom (Ctrl+wheel, Ctrl+=/-), pan (drag the
 * background, wheel, arrow keys), fit (F, or the toolbar); click selects (Properties view, Delete); drag from an
 * initiative to a metric links them (then type the hypothesis), from a metric to a goal sets its goal; G, M, I create
 * a goal, metric or initiative; F2 or a double-click renames; hovering a line shows its hypothesis.
 */
public class StrategyMapCanvas extends Canvas implements ISelectionProvider {

  private final ModelSession session;
  private final List<ISelectionChangedListener> listeners = new CopyOnWriteArrayList<>();
  private final MapPainter painter;
  private MapLayout.Geometry geometry;
  private final MapViewport view = new MapViewport();
  private EObject selected;
  private final MapDrag drag = new MapDrag(this);
  private boolean fitPending = true;
  private final MapInlineEditor inline;
  private Consumer<String> status = s -> { };

  public StrategyMapCanvas(Composite parent, ModelSession session) {
    super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
    this.session = session;
    this.inline = new MapInlineEditor(this, session, s -> status.accept(s));
    LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), this);
    FontDescriptor base = JFaceResources.getDefaultFontDescriptor();
    painter = new MapPainter(resources.create(base), resources.create(base.setStyle(SWT.BOLD)),
        resources.create(base.increaseHeight(-1)));
    addPaintListener(e -> paint(e.gc));
    dev.wedge.ui.theme.ThemeColors.onChange(this, this::redraw); // another theme: repaint in its colours
    addListener(SWT.MouseDown, drag::mouseDown);
    addListener(SWT.MouseMove, drag::mouseMove);
    addListener(SWT.MouseUp, drag::mouseUp);
    addListener(SWT.MouseDoubleClick, e -> {
      EObject o = nodeAt(e.x, e.y);
      if (o != null) {
        rename(o);
      } else if (lineAt(e.x, e.y) instanceof MetricLink l) {
        editHypothesis(l);
      }
    });
    addListener(SWT.MouseVerticalWheel, this::wheel);
    addListener(SWT.KeyDown, this::key);
    addListener(SWT.Traverse, e -> {
      if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
        e.doit = true;
      }
    });
    addListener(SWT.Resize, e -> {
      if (fitPending) {
        fitWidth();
      }
    });
    relayout();
  }

  void setStatusSink(Consumer<String> sink) {
    this.status = sink;
  }

  // ---- geometry -------------------------------------------------------------------------------------------------

  /** Lays the map out again from the model (after every change). */
  public void relayout() {
    geometry = MapLayout.layout(session.getModel(), MapLayout.FIXED);
    if (selected != null && selected.eResource() == null) {
      select(null);
    }
    redraw();
  }

  public MapLayout.Geometry geometry() {
    return geometry;
  }

  private double mx(int sx) {
    return view.mapX(sx);
  }

  private double my(int sy) {
    return view.mapY(sy);
  }

  /** The screen point at the centre of {@code o}'s box (where a mouse would press it). */
  public Point centerOf(EObject o) {
    Box b = geometry.boxes().get(o);
    return b == null ? null
        : new Point((int) Math.round(view.screenX(b.centerX())), (int) Math.round(view.screenY(b.centerY())));
  }

  EObject nodeAt(int sx, int sy) {
    return geometry.nodeAt(mx(sx), my(sy));
  }

  /** The MetricLink (or metric, for a goal line) whose line passes within 5 pixels. */
  EObject lineAt(int sx, int sy) {
    return geometry.lineAt(mx(sx), my(sy), 5 / view.zoom());
  }

  public double zoom() {
    return view.zoom();
  }

  public void setZoom(double z, int aroundX, int aroundY) {
    view.zoomAround(z, aroundX, aroundY);
    fitPending = false;
    redraw();
  }

  /** The smallest zoom the map opens at: its text stays readable (about 10 px); the wheel scrolls the rest. */
  static final double READABLE = MapViewport.READABLE;

  /**
   * How the map opens: as wide as the window (never above 100%, never below {@link #READABLE}), from the top; a tall
   * map scrolls with the wheel rather than shrinking to unreadable text.
   */
  public void fitWidth() {
    Rectangle a = getClientArea();
    if (a.width < 50 || a.height < 50 || geometry == null) {
      return;
    }
    view.fitWidth(geometry, a.width, legendBottom);
    redraw();
  }

  /** Zooms and pans so the whole map fits the window (never above 100%). */
  public void fit() {
    Rectangle a = getClientArea();
    if (a.width < 50 || a.height < 50 || geometry == null) {
      return;
    }
    view.fit(geometry, a.width, a.height, legendBottom);
    redraw();
  }

  // ---- painting -------------------------------------------------------------------------------------------------

  private void paint(GC gc) {
    Rectangle a = getClientArea();
    MapStyle.Palette palette = MapStyle.screen();
    gc.setBackground(new org.eclipse.swt.graphics.Color(palette.background()));
    gc.fillRectangle(a);
    Transform t = new Transform(getDisplay());
    t.translate((float) view.panX(), (float) view.panY());
    t.scale((float) view.zoom(), (float) view.zoom());
    gc.setTransform(t);
    painter.paint(gc, palette, geometry, o -> ModelDecorations.decorationOf(session, o).level(), selected, drag.hoverLine());
    Point lastMouse = drag.lastMouse();
    if (drag.linking() && lastMouse != null) {
      Box b = geometry.boxes().get(drag.pressed());
      gc.setForeground(new org.eclipse.swt.graphics.Color(palette.selected()));
      gc.setLineWidth(2);
      gc.setLineStyle(SWT.LINE_DOT);
      gc.drawLine((int) b.centerX(), (int) b.centerY(), (int) mx(lastMouse.x), (int) my(lastMouse.y));
      gc.setLineStyle(SWT.LINE_SOLID);
    }
    gc.setTransform(null);
    t.dispose();
    int bottom = MapLegend.paint(gc, palette, getClientArea().width, view.zoom());
    if (bottom != legendBottom) {
      legendBottom = bottom;
      if (fitPending) {
        getDisplay().asyncExec(() -> {
          if (!isDisposed() && fitPending) {
            fitWidth();
          }
        });
      }
    }
  }

  /** The bottom of the legend as last painted: the map starts below it. */
  private int legendBottom = 24;

  // ---- mouse and keys ------------------------------------------------------------------------------------------

  /** Moves the map by (dx, dy) pixels; the user placed it, so a resize keeps it there. */
  void panBy(int dx, int dy) {
    view.pan(dx, dy);
    fitPending = false;
    redraw();
  }

  void say(String sentence) {
    status.accept(sentence);
  }

  private void wheel(Event e) {
    if ((e.stateMask & SWT.MOD1) != 0) {
      setZoom(view.zoom() * (e.count > 0 ? 1.15 : 1 / 1.15), e.x, e.y);
    } else if ((e.stateMask & SWT.SHIFT) != 0) {
      panBy(e.count * 20, 0);
    } else {
      panBy(0, e.count * 20);
    }
    e.doit = false;
  }

  private void key(Event e) {
    Rectangle a = getClientArea();
    if ((e.stateMask & SWT.MOD1) != 0 && (e.character == '+' || e.character == '=')) {
      setZoom(view.zoom() * 1.2, a.width / 2, a.height / 2);
    } else if ((e.stateMask & SWT.MOD1) != 0 && e.character == '-') {
      setZoom(view.zoom() / 1.2, a.width / 2, a.height / 2);
    } else if (e.stateMask == 0 && (e.character == 'f' || e.character == 'F')) {
      fit();
      fitPending = false; // the whole map, as asked: a resize keeps it
    } else if (e.stateMask == 0 && (e.character == 'g' || e.character == 'G')) {
      create(WedgeFactory.eINSTANCE.createBusinessGoal());
    } else if (e.stateMask == 0 && (e.character == 'm' || e.character == 'M')) {
      create(WedgeFactory.eINSTANCE.createBusinessMetric());
    } else if (e.stateMask == 0 && (e.character == 'i' || e.character == 'I')) {
      create(WedgeFactory.eINSTANCE.createInitiative());
    } else if (e.keyCode == SWT.F2 && selected != null) {
      if (selected instanceof MetricLink l) {
        editHypothesis(l);
      } else {
        rename(selected);
      }
    } else if (e.keyCode == SWT.ARROW_LEFT || e.keyCode == SWT.ARROW_RIGHT || e.keyCode == SWT.ARROW_UP
        || e.keyCode == SWT.ARROW_DOWN) {
      int step = 40;
      panBy(e.keyCode == SWT.ARROW_LEFT ? step : e.keyCode == SWT.ARROW_RIGHT ? -step : 0,
          e.keyCode == SWT.ARROW_UP ? step : e.keyCode == SWT.ARROW_DOWN ? -step : 0);
    } else {
      return;
    }
    e.doit = false;
  }

  // ---- edits (each one command on the session) -------------------------------------------------------------

  /**
   * What a drag from {@code from} to {@code to} does: an initiative and a metric get a link (then the hypothesis is
   * asked for), a metric gets the goal it was dropped on. Returns the link created, the metric changed, or null.
   */
  public EObject connect(EObject from, EObject to) {
    MapEdits.Connection c = MapEdits.connect(from, to);
    if (c.refusal() != null) {
      status.accept(c.refusal());
      return null;
    }
    if (c.links()) {
      if (session.execute(AddCommand.create(session.getEditingDomain(), c.initiative(), Literals.INITIATIVE__LINKS,
          c.link()))) {
        relayout();
        select(c.link());
        editHypothesis(c.link());
        return c.link();
      }
      return null;
    }
    if (c.setsGoal() && session.execute(SetCommand.create(session.getEditingDomain(), c.metric(),
        Literals.BUSINESS_METRIC__GOAL, c.goal()))) {
      relayout();
      return c.metric();
    }
    return null;
  }

  /** Creates a goal, metric or initiative (next to the selection where that means something) and renames it. */
  void create(EObject o) {
    EReference list = MapEdits.prepare(o, selected);
    if (list != null && session.execute(AddCommand.create(session.getEditingDomain(), session.getModel(), list, o))) {
      relayout();
      select(o);
      reveal(o);
      rename(o);
    }
  }

  private void reveal(EObject o) {
    Box b = geometry.boxes().get(o);
    Rectangle a = getClientArea();
    if (b == null) {
      return;
    }
    if (view.reveal(b, a.width, a.height)) {
      fitPending = false;
      redraw();
    }
  }

  void rename(EObject o) {
    Box b = geometry.boxes().get(o);
    if (b == null) {
      return;
    }
    inlineEdit(o, Literals.NAMED__NAME, (int) view.screenX(b.x()), (int) view.screenY(b.y()),
        (int) Math.max(160, b.width() * view.zoom()), false);
  }

  /** Asks for the hypothesis of a link, in place, at the middle of its line. */
  void editHypothesis(MetricLink l) {
    Box lower = geometry.boxes().get(l.eContainer());
    if (lower == null) {
      return;
    }
    status.accept(NLS.bind(Messages.Canvas_WhyShould, ((Initiative) l.eContainer()).getName(), l.getMetric() == null
        ? "?" : l.getMetric().getName()));
    inlineEdit(l, Literals.METRIC_LINK__HYPOTHESIS, (int) view.screenX(lower.x()),
        (int) view.screenY(lower.y() - 34), 380, true);
  }

  private void inlineEdit(EObject owner, EAttribute feature, int x, int y, int width, boolean hypothesis) {
    inline.open(owner, feature, x, y, width, hypothesis);
  }

  /** The open in-place editor, or null (tests type into it). */
  public Text inlineEditor() {
    return inline.editor();
  }

  /** Closes the in-place editor, committing its text as one command when {@code commit}. */
  public void closeInline(boolean commit) {
    inline.close(commit);
  }

  // ---- selection -------------------------------------------------------------------------------------------------

  void select(EObject o) {
    if (o == selected) {
      return;
    }
    selected = o;
    redraw();
    SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
    for (ISelectionChangedListener l : listeners) {
      l.selectionChanged(event);
    }
  }

  public EObject selected() {
    return selected;
  }

  @Override
  public void addSelectionChangedListener(ISelectionChangedListener l) {
    listeners.add(l);
  }

  @Override
  public void removeSelectionChangedListener(ISelectionChangedListener l) {
    listeners.remove(l);
  }

  @Override
  public ISelection getSelection() {
    return selected == null ? StructuredSelection.EMPTY : new StructuredSelection(selected);
  }

  @Override
  public void setSelection(ISelection selection) {
    Object o = selection instanceof IStructuredSelection s ? s.getFirstElement() : null;
    select(o instanceof EObject e ? e : null);
    if (o instanceof EObject e) {
      reveal(e);
    }
  }

  @Override
  public Point computeSize(int wHint, int hHint, boolean changed) {
    return new Point(wHint == SWT.DEFAULT ? 800 : wHint, hHint == SWT.DEFAULT ? 600 : hHint);
  }

  // ---- export ------------------------------------------------------------------------------------------------------

  /** The whole map at 100% (or {@code scale}) as an image; the caller disposes it. */
  public org.eclipse.swt.graphics.Image image(double scale) {
    return image(scale, java.util.function.UnaryOperator.identity());
  }

  /** As {@link #image(double)}, every text passed through {@code text}. */
  public org.eclipse.swt.graphics.Image image(double scale, java.util.function.UnaryOperator<String> text) {
    return MapImage.of(getDisplay(), painter, geometry, scale, text);
  }
}
