package dev.wedge.editor.resistance;

import org.eclipse.osgi.util.NLS;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

import dev.wedge.core.method.PowerInterest;
import dev.wedge.core.session.ModelSession;
import dev.wedge.model.Stakeholder;
import dev.wedge.model.WedgePackage.Literals;

/**
 * The power/interest grid: interest across, influence up, the four quadrants (manage closely, keep satisfied, keep
 * informed, monitor), each stakeholder a marker coloured by stance. Dragging a marker (or the arrow keys on the
 * selected one) changes influence and interest with one undoable command; a click selects the stakeholder for the
 * Properties view.
 */
public class PowerInterestGrid extends Canvas implements ISelectionProvider {

  private final ModelSession session;
  private final List<ISelectionChangedListener> listeners = new CopyOnWriteArrayList<>();
  private final GridPainter painter;
  private Stakeholder selected;
  private Stakeholder dragging;
  private Point dragAt;

  public PowerInterestGrid(Composite parent, ModelSession session) {
    super(parent, SWT.DOUBLE_BUFFERED);
    this.session = session;
    painter = new GridPainter();
    dev.wedge.ui.theme.ThemeColors.onChange(this, this::redraw); // another theme: repaint in its colours
    addPaintListener(e -> painter.paint(e.gc, getClientArea(), placement(), selected, dragging, dragAt));
    addListener(SWT.Resize, e -> redraw());
    addListener(SWT.MouseDown, this::mouseDown);
    addListener(SWT.MouseMove, this::mouseMove);
    addListener(SWT.MouseUp, this::mouseUp);
    addListener(SWT.KeyDown, this::key);
    addListener(SWT.MouseHover, e -> {
      Stakeholder s = at(e.x, e.y);
      setToolTipText(s == null ? null : tip(s));
    });
    addListener(SWT.Traverse, e -> e.doit = true);
    addListener(SWT.FocusIn, e -> redraw());
  }

  private List<Stakeholder> stakeholders() {
    return session.getModel().getStakeholders();
  }

  /** Where everything is drawn at the canvas's size now. */
  private GridPlacement placement() {
    Rectangle a = getClientArea();
    return new GridPlacement(a.width, a.height, stakeholders());
  }

  /** The pixel of the point (influence, interest), e.g. where a drag ends. */
  public Point pointFor(int influence, int interest) {
    GridPlacement g = placement();
    return new Point((int) Math.round(g.x(interest)), (int) Math.round(g.y(influence)));
  }

  /** The centre of a stakeholder's marker, in pixels (where a mouse would press it). */
  public Point markerCenter(Stakeholder s) {
    GridPlacement.Marker m = placement().markers().get(s);
    return m == null ? null : new Point(m.x(), m.y());
  }

  private Stakeholder at(int px, int py) {
    return placement().at(px, py);
  }

  private static String tip(Stakeholder s) {
    String quadrant = PowerInterest.quadrant(s).label();
    String tip = s.getRole() == null ? NLS.bind(Messages.Grid_Tip, new Object[] {s.getName(), Stances.label(s
        .getStance()), s.getInfluence(), s.getInterest(), quadrant}) : NLS.bind(Messages.Grid_TipRole, new Object[] {
            s.getName(), s.getRole(), Stances.label(s.getStance()), s.getInfluence(), s.getInterest(), quadrant});
    return s.getSuccessAnswer() == null ? tip : tip + NLS.bind(Messages.Grid_TipSuccess, s.getSuccessAnswer());
  }

  private void mouseDown(Event e) {
    if (e.button != 1) {
      return;
    }
    setFocus();
    Stakeholder s = at(e.x, e.y);
    select(s);
    if (s != null) {
      dragging = s;
      dragAt = null;
    }
  }

  private void mouseMove(Event e) {
    if (dragging != null && (e.stateMask & SWT.BUTTON1) != 0) {
      dragAt = new Point(e.x, e.y);
      redraw();
    }
  }

  private void mouseUp(Event e) {
    Stakeholder s = dragging;
    Point to = dragAt;
    dragging = null;
    dragAt = null;
    if (s == null || to == null) {
      redraw();
      return;
    }
    GridPlacement g = placement();
    move(s, PowerInterest.snap(g.influenceAt(to.y)), PowerInterest.snap(g.interestAt(to.x)));
  }

  private void key(Event e) {
    if (selected == null) {
      return;
    }
    int inf = selected.getInfluence();
    int in = selected.getInterest();
    switch (e.keyCode) {
      case SWT.ARROW_UP -> inf++;
      case SWT.ARROW_DOWN -> inf--;
      case SWT.ARROW_RIGHT -> in++;
      case SWT.ARROW_LEFT -> in--;
      default -> {
        return;
      }
    }
    e.doit = false;
    move(selected, PowerInterest.snap(inf), PowerInterest.snap(in));
  }

  /** Sets influence and interest in one command (nothing when both are unchanged). */
  boolean move(Stakeholder s, int influence, int interest) {
    if (s.getInfluence() == influence && s.getInterest() == interest) {
      redraw();
      return false;
    }
    CompoundCommand c = new CompoundCommand(NLS.bind(Messages.Grid_Move, s.getName()));
    c.append(SetCommand.create(session.getEditingDomain(), s, Literals.STAKEHOLDER__INFLUENCE, influence));
    c.append(SetCommand.create(session.getEditingDomain(), s, Literals.STAKEHOLDER__INTEREST, interest));
    boolean done = session.execute(c);
    redraw();
    return done;
  }

  private void select(Stakeholder s) {
    if (s == selected) {
      return;
    }
    selected = s;
    redraw();
    SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
    for (ISelectionChangedListener l : listeners) {
      l.selectionChanged(event);
    }
  }

  // ---- selection -------------------------------------------------------------------------------------------

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
    Object o = selection instanceof IStructuredSelection ss ? ss.getFirstElement() : null;
    select(o instanceof Stakeholder s ? s : null);
  }

  public Stakeholder selected() {
    return selected;
  }

  @Override
  public Point computeSize(int wHint, int hHint, boolean changed) {
    return new Point(wHint == SWT.DEFAULT ? 700 : wHint, hHint == SWT.DEFAULT ? 500 : hHint);
  }
}
