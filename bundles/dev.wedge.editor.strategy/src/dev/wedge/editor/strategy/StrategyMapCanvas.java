package dev.wedge.editor.strategy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
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
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;

import dev.wedge.core.session.ModelSession;
import dev.wedge.strategy.map.MapLayout;
import dev.wedge.strategy.map.MapLinks;
import dev.wedge.strategy.map.MapViewport;
import dev.wedge.strategy.map.MapLayout.Box;
import dev.wedge.model.AiUse;
import dev.wedge.model.BusinessGoal;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Direction;
import dev.wedge.model.Initiative;
import dev.wedge.model.InitiativeStatus;
import dev.wedge.model.Intent;
import dev.wedge.model.MetricKind;
import dev.wedge.model.MetricLink;
import dev.wedge.model.WedgeFactory;
import dev.wedge.model.WedgePackage.Literals;
import dev.wedge.ui.decorations.ModelDecorations;
import dev.wedge.ui.decorations.ObjectDecorator.Level;

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
  private EObject hoverLine;
  private EObject pressed;
  private Point pressedAt;
  private Point lastMouse;
  private boolean linking;
  private boolean panning;
  private boolean fitPending = true;
  private Text inline;
  private Consumer<String> status = s -> { };

  public StrategyMapCanvas(Composite parent, ModelSession session) {
    super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
    this.session = session;
    LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), this);
    FontDescriptor base = JFaceResources.getDefaultFontDescriptor();
    painter = new MapPainter(resources.create(base), resources.create(base.setStyle(SWT.BOLD)),
        resources.create(base.increaseHeight(-1)));
    addPaintListener(e -> paint(e.gc));
    addListener(SWT.MouseDown, this::mouseDown);
    addListener(SWT.MouseMove, this::mouseMove);
    addListener(SWT.MouseUp, this::mouseUp);
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
    gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
    gc.fillRectangle(a);
    Transform t = new Transform(getDisplay());
    t.translate((float) view.panX(), (float) view.panY());
    t.scale((float) view.zoom(), (float) view.zoom());
    gc.setTransform(t);
    painter.paint(gc, geometry, o -> ModelDecorations.decorationOf(session, o).level(), selected, hoverLine);
    if (linking && pressed != null && lastMouse != null) {
      Box b = geometry.boxes().get(pressed);
      gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_YELLOW));
      gc.setLineWidth(2);
      gc.setLineStyle(SWT.LINE_DOT);
      gc.drawLine((int) b.centerX(), (int) b.centerY(), (int) mx(lastMouse.x), (int) my(lastMouse.y));
      gc.setLineStyle(SWT.LINE_SOLID);
    }
    gc.setTransform(null);
    t.dispose();
    int bottom = legend(gc);
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

  /** The legend's lines at the top of the map: they wrap to the width rather than run off its right edge. */
  private int legend(GC gc) {
    int width = getClientArea().width;
    int[] at = {8, 6};
    swatch(gc, at, width, MapStyle.GOAL_FILL, MapStyle.GOAL_FILL, "Business goal");
    swatch(gc, at, width, MapStyle.METRIC_FILL, MapStyle.METRIC_FRAME, "Business metric");
    swatch(gc, at, width, MapStyle.EFFICIENCY_FILL, MapStyle.FRAME, "Initiative: efficiency");
    swatch(gc, at, width, MapStyle.STRATEGIC_FILL, MapStyle.FRAME, "strategic");
    swatch(gc, at, width, new org.eclipse.swt.graphics.RGB(255, 255, 255), MapStyle.NO_METRIC, "no metric yet");
    gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
    for (String note : new String[] {"dashed line: no hypothesis yet",
        String.format(java.util.Locale.ROOT, "%.0f%%", view.zoom() * 100)}) {
      int w = gc.textExtent(note).x;
      if (at[0] + w > width - 8 && at[0] > 8) {
        at[0] = 8;
        at[1] += LEGEND_LINE;
      }
      gc.drawText(note, at[0], at[1], true);
      at[0] += w + 14;
    }
    return at[1] + LEGEND_LINE;
  }

  private static final int LEGEND_LINE = 18;

  /** The bottom of the legend as last painted: the map starts below it. */
  private int legendBottom = 24;

  private void swatch(GC gc, int[] at, int width, org.eclipse.swt.graphics.RGB fill,
      org.eclipse.swt.graphics.RGB frame, String label) {
    int w = 27 + gc.textExtent(label).x;
    if (at[0] + w > width - 8 && at[0] > 8) {
      at[0] = 8;
      at[1] += LEGEND_LINE;
    }
    int x = at[0];
    int y = at[1];
    gc.setBackground(new org.eclipse.swt.graphics.Color(fill));
    gc.fillRoundRectangle(x, y + 2, 22, 13, 4, 4);
    gc.setForeground(new org.eclipse.swt.graphics.Color(frame));
    gc.drawRoundRectangle(x, y + 2, 22, 13, 4, 4);
    gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
    gc.drawText(label, x + 27, y, true);
    at[0] = x + w + 14;
  }

  // ---- mouse and keys ------------------------------------------------------------------------------------------

  private void mouseDown(Event e) {
    setFocus();
    closeInline(true);
    if (e.button != 1) {
      return;
    }
    EObject o = nodeAt(e.x, e.y);
    EObject line = o == null ? lineAt(e.x, e.y) : null;
    select(o != null ? o : line);
    pressed = o;
    pressedAt = new Point(e.x, e.y);
    lastMouse = pressedAt;
    linking = false;
    panning = o == null && line == null;
  }

  private void mouseMove(Event e) {
    Point previous = lastMouse;
    lastMouse = new Point(e.x, e.y);
    if ((e.stateMask & SWT.BUTTON1) != 0 && pressedAt != null) {
      if (panning && previous != null) {
        view.pan(e.x - previous.x, e.y - previous.y);
        fitPending = false;
        redraw();
        return;
      }
      if (pressed != null && (Math.abs(e.x - pressedAt.x) > 4 || Math.abs(e.y - pressedAt.y) > 4)) {
        linking = true;
        EObject target = nodeAt(e.x, e.y);
        status.accept(MapLinks.hint(pressed, target));
        redraw();
      }
      return;
    }
    EObject line = nodeAt(e.x, e.y) == null ? lineAt(e.x, e.y) : null;
    if (line != hoverLine) {
      hoverLine = line;
      setToolTipText(line instanceof MetricLink l ? MapLinks.tooltip(l) : null);
      redraw();
    }
  }

  static boolean canConnect(EObject from, EObject to) {
    return MapLinks.canConnect(from, to);
  }

  private void mouseUp(Event e) {
    EObject from = pressed;
    boolean wasLinking = linking;
    pressed = null;
    pressedAt = null;
    linking = false;
    panning = false;
    if (wasLinking && from != null) {
      EObject to = nodeAt(e.x, e.y);
      status.accept("");
      if (to != null && to != from) {
        connect(from, to);
      }
      redraw();
    }
  }

  private void wheel(Event e) {
    if ((e.stateMask & SWT.MOD1) != 0) {
      setZoom(view.zoom() * (e.count > 0 ? 1.15 : 1 / 1.15), e.x, e.y);
    } else if ((e.stateMask & SWT.SHIFT) != 0) {
      view.pan(e.count * 20, 0);
      fitPending = false;
      redraw();
    } else {
      view.pan(0, e.count * 20);
      fitPending = false;
      redraw();
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
      view.pan(e.keyCode == SWT.ARROW_LEFT ? step : e.keyCode == SWT.ARROW_RIGHT ? -step : 0,
          e.keyCode == SWT.ARROW_UP ? step : e.keyCode == SWT.ARROW_DOWN ? -step : 0);
      fitPending = false;
      redraw();
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
    Initiative initiative = from instanceof Initiative i ? i : to instanceof Initiative i ? i : null;
    BusinessMetric metric = from instanceof BusinessMetric m ? m : to instanceof BusinessMetric m ? m : null;
    BusinessGoal goal = from instanceof BusinessGoal g ? g : to instanceof BusinessGoal g ? g : null;
    if (initiative != null && metric != null) {
      if (initiative.getLinks().stream().anyMatch(l -> l.getMetric() == metric)) {
        status.accept("'" + initiative.getName() + "' is already linked to '" + metric.getName() + "'.");
        return null;
      }
      MetricLink link = WedgeFactory.eINSTANCE.createMetricLink();
      link.setMetric(metric);
      if (session.execute(AddCommand.create(session.getEditingDomain(), initiative, Literals.INITIATIVE__LINKS,
          link))) {
        relayout();
        select(link);
        editHypothesis(link);
        return link;
      }
      return null;
    }
    if (metric != null && goal != null) {
      if (session.execute(SetCommand.create(session.getEditingDomain(), metric, Literals.BUSINESS_METRIC__GOAL,
          goal))) {
        relayout();
        return metric;
      }
    }
    return null;
  }

  /** Creates a goal, metric or initiative (next to the selection where that means something) and renames it. */
  void create(EObject o) {
    CompoundCommand c = new CompoundCommand("New " + o.eClass().getName());
    if (o instanceof BusinessGoal g) {
      g.setName("New goal");
      c.append(AddCommand.create(session.getEditingDomain(), session.getModel(), Literals.STRATEGY_MODEL__GOALS, g));
    } else if (o instanceof BusinessMetric m) {
      m.setName("New metric");
      m.setKind(MetricKind.OTHER);
      m.setDirection(Direction.INCREASE);
      if (selected instanceof BusinessGoal g) {
        m.setGoal(g);
      }
      c.append(AddCommand.create(session.getEditingDomain(), session.getModel(), Literals.STRATEGY_MODEL__METRICS, m));
    } else if (o instanceof Initiative i) {
      i.setName("New initiative");
      i.setUse(AiUse.OTHER);
      i.setIntent(Intent.EFFICIENCY);
      i.setStatus(InitiativeStatus.IDEA);
      if (selected instanceof BusinessMetric m) {
        MetricLink link = WedgeFactory.eINSTANCE.createMetricLink();
        link.setMetric(m);
        i.getLinks().add(link);
      }
      c.append(AddCommand.create(session.getEditingDomain(), session.getModel(), Literals.STRATEGY_MODEL__INITIATIVES,
          i));
    }
    if (session.execute(c)) {
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
    status.accept("Why should '" + ((Initiative) l.eContainer()).getName() + "' move '"
        + (l.getMetric() == null ? "?" : l.getMetric().getName()) + "'? Type the hypothesis, Enter to keep it.");
    inlineEdit(l, Literals.METRIC_LINK__HYPOTHESIS, (int) view.screenX(lower.x()),
        (int) view.screenY(lower.y() - 34), 380, true);
  }

  private void inlineEdit(EObject owner, EAttribute feature, int x, int y, int width, boolean hypothesis) {
    closeInline(true);
    Text t = new Text(this, SWT.BORDER | SWT.SINGLE);
    Object v = owner.eGet(feature);
    t.setText(v == null ? "" : v.toString());
    if (hypothesis) {
      t.setMessage("If we ..., then ... because ...");
    }
    t.setData("owner", owner);
    t.setData("feature", feature);
    Point size = t.computeSize(width, SWT.DEFAULT);
    Rectangle area = getClientArea();
    t.setBounds(Math.max(0, Math.min(x, area.width - width)), Math.max(0, Math.min(y, area.height - size.y)), width,
        size.y);
    t.selectAll();
    t.setFocus();
    t.addListener(SWT.DefaultSelection, e -> closeInline(true));
    t.addListener(SWT.KeyDown, e -> {
      if (e.keyCode == SWT.ESC) {
        e.doit = false;
        closeInline(false);
      }
    });
    t.addListener(SWT.FocusOut, e -> getDisplay().asyncExec(() -> closeInline(true)));
    inline = t;
  }

  /** The open in-place editor, or null (tests type into it). */
  public Text inlineEditor() {
    return inline == null || inline.isDisposed() ? null : inline;
  }

  /** Closes the in-place editor, committing its text as one command when {@code commit}. */
  public void closeInline(boolean commit) {
    Text t = inline;
    if (t == null || t.isDisposed()) {
      inline = null;
      return;
    }
    inline = null;
    EObject owner = (EObject) t.getData("owner");
    EAttribute feature = (EAttribute) t.getData("feature");
    String text = t.getText().trim();
    t.dispose();
    status.accept("");
    if (commit && owner.eResource() != null) {
      Object value = text.isEmpty() && feature != Literals.NAMED__NAME ? null : text;
      if (!(text.isEmpty() && feature == Literals.NAMED__NAME) && !java.util.Objects.equals(value,
          owner.eGet(feature))) {
        session.execute(SetCommand.create(session.getEditingDomain(), owner, feature, value));
      }
    }
    if (!isDisposed()) {
      setFocus();
    }
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
    int w = (int) Math.ceil(geometry.width() * scale);
    int h = (int) Math.ceil(geometry.height() * scale);
    org.eclipse.swt.graphics.Image img = new org.eclipse.swt.graphics.Image(getDisplay(), Math.max(1, w),
        Math.max(1, h));
    GC gc = new GC(img);
    try {
      gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
      gc.fillRectangle(0, 0, w, h);
      Transform t = new Transform(getDisplay());
      t.scale((float) scale, (float) scale);
      gc.setTransform(t);
      MapStyle.text = text;
      try {
        painter.paint(gc, geometry, o -> Level.NONE, null, null);
      } finally {
        MapStyle.text = java.util.function.UnaryOperator.identity();
      }
      gc.setTransform(null);
      t.dispose();
    } finally {
      gc.dispose();
    }
    return img;
  }
}
