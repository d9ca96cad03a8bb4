package dev.wedge.editor.resistance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

import dev.wedge.core.method.PowerInterest;
import dev.wedge.core.session.ModelSession;
import dev.wedge.model.Stakeholder;
import dev.wedge.model.Stance;
import dev.wedge.model.WedgePackage.Literals;

/**
 * The power/interest grid: interest across, influence up, the four quadrants (manage closely, keep satisfied, keep
 * informed, monitor), each stakeholder a marker coloured by stance. Dragging a marker (or the arrow keys on the
 * selected one) changes influence and interest with one undoable command; a click selects the stakeholder for the
 * Properties view.
 */
public class PowerInterestGrid extends Canvas implements ISelectionProvider {

  private static final int LEFT = 70;
  private static final int RIGHT = 24;
  private static final int TOP = 34;
  private static final int BOTTOM = 44;
  private static final int R = 7;

  private final ModelSession session;
  private final List<ISelectionChangedListener> listeners = new CopyOnWriteArrayList<>();
  private final Map<Stakeholder, Point> placed = new LinkedHashMap<>();
  private final Color line = new Color(new RGB(170, 170, 170));
  private final Color quadrantHot = new Color(new RGB(253, 237, 222));
  private final Color quadrantWarm = new Color(new RGB(245, 245, 250));
  private final Color selectedRing = new Color(new RGB(31, 119, 180));
  private Stakeholder selected;
  private Stakeholder dragging;
  private Point dragAt;

  public PowerInterestGrid(Composite parent, ModelSession session) {
    super(parent, SWT.DOUBLE_BUFFERED);
    this.session = session;
    addPaintListener(e -> paint(e.gc));
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

  private Rectangle plot() {
    Rectangle a = getClientArea();
    return new Rectangle(LEFT, TOP, Math.max(40, a.width - LEFT - RIGHT), Math.max(40, a.height - TOP - BOTTOM));
  }

  /** Pixel x of an interest score (0.5 .. 5.5 span the plot). */
  private double x(double interest) {
    Rectangle p = plot();
    return p.x + (interest - 0.5) / 5.0 * p.width;
  }

  private double y(double influence) {
    Rectangle p = plot();
    return p.y + p.height - (influence - 0.5) / 5.0 * p.height;
  }

  private double interestAt(int px) {
    Rectangle p = plot();
    return 0.5 + (px - p.x) * 5.0 / p.width;
  }

  private double influenceAt(int py) {
    Rectangle p = plot();
    return 0.5 + (p.y + p.height - py) * 5.0 / p.height;
  }

  /**
   * Where each marker is drawn: the stakeholders with the same scores share the cell around that point, stacked in
   * one column (two when they do not fit), the marker on the left and the name after it.
   */
  private void place() {
    placed.clear();
    labelWidth.clear();
    overflow.clear();
    Map<Long, List<Stakeholder>> cells = new LinkedHashMap<>();
    for (Stakeholder s : stakeholders()) {
      int inf = PowerInterest.snap(s.getInfluence());
      int in = PowerInterest.snap(s.getInterest());
      cells.computeIfAbsent(inf * 10L + in, k -> new ArrayList<>()).add(s);
    }
    Rectangle p = plot();
    int cellWidth = p.width / 5;
    int cellHeight = p.height / 5;
    for (List<Stakeholder> cell : cells.values()) {
      Stakeholder first = cell.get(0);
      int cx = (int) Math.round(x(PowerInterest.snap(first.getInterest())));
      int cy = (int) Math.round(y(PowerInterest.snap(first.getInfluence())));
      int step = 2 * R + 3;
      int capacity = 3 * Math.max(1, (cellHeight - 4) / step);
      if (cell.size() > capacity) { // thousands: the first ones, then "+N more"
        overflow.put(cell.get(capacity - 1), cell.size() - capacity + 1);
        cell = cell.subList(0, capacity);
      }
      int n = cell.size();
      int columns = Math.max(1, Math.min(3, (int) Math.ceil(n * step / (double) Math.max(step, cellHeight - 4))));
      int perColumn = (n + columns - 1) / columns;
      step = Math.min(step, Math.max(4, (cellHeight - 4) / perColumn));
      int columnWidth = cellWidth / columns;
      for (int i = 0; i < n; i++) {
        int col = i / perColumn;
        int row = i % perColumn;
        // one column: the dot on the score's tick, the name after it; more: the cell shared out
        int x = columns == 1 ? cx : cx - cellWidth / 2 + col * columnWidth + R + 4;
        int y = cy - (perColumn - 1) * step / 2 + row * step;
        placed.put(cell.get(i), new Point(x, y));
        labelWidth.put(cell.get(i), columns == 1 ? cellWidth / 2 + cellWidth / 3 : columnWidth - 2 * R - 10);
      }
    }
  }

  private final Map<Stakeholder, Integer> labelWidth = new LinkedHashMap<>();
  /** The marker that stands for the rest of a full cell, and how many it stands for. */
  private final Map<Stakeholder, Integer> overflow = new LinkedHashMap<>();

  /** The pixel of the point (influence, interest), e.g. where a drag ends. */
  public Point pointFor(int influence, int interest) {
    return new Point((int) Math.round(x(interest)), (int) Math.round(y(influence)));
  }

  /** The centre of a stakeholder's marker, in pixels (where a mouse would press it). */
  public Point markerCenter(Stakeholder s) {
    place();
    return placed.get(s);
  }

  private Stakeholder at(int px, int py) {
    place();
    Stakeholder best = null;
    int bestDistance = (R + 3) * (R + 3);
    for (Map.Entry<Stakeholder, Point> e : placed.entrySet()) {
      int dx = e.getValue().x - px;
      int dy = e.getValue().y - py;
      if (dx * dx + dy * dy <= bestDistance) {
        best = e.getKey();
        bestDistance = dx * dx + dy * dy;
      }
    }
    if (best == null) { // the name beside a marker is part of it
      for (Map.Entry<Stakeholder, Point> e : placed.entrySet()) {
        Point c = e.getValue();
        if (py >= c.y - R && py <= c.y + R && px > c.x && px < c.x + R + 6 + labelWidth.getOrDefault(e.getKey(), 90)) {
          return e.getKey();
        }
      }
    }
    return best;
  }

  private static String tip(Stakeholder s) {
    return s.getName() + (s.getRole() == null ? "" : ", " + s.getRole()) + "\n" + Stances.label(s.getStance())
        + " \u00b7 influence " + s.getInfluence() + ", interest " + s.getInterest() + " \u2192 "
        + PowerInterest.quadrant(s).label() + (s.getSuccessAnswer() == null ? ""
            : "\nSuccess: \u201c" + s.getSuccessAnswer() + "\u201d");
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
    move(s, PowerInterest.snap(influenceAt(to.y)), PowerInterest.snap(interestAt(to.x)));
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
    CompoundCommand c = new CompoundCommand("Move '" + s.getName() + "' on the grid");
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

  private void paint(GC gc) {
    Rectangle area = getClientArea();
    gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
    gc.fillRectangle(area);
    gc.setAntialias(SWT.ON);
    gc.setTextAntialias(SWT.ON);
    Rectangle p = plot();
    int mx = (int) Math.round(x(PowerInterest.MIDDLE));
    int my = (int) Math.round(y(PowerInterest.MIDDLE));
    // quadrants
    gc.setBackground(quadrantHot);
    gc.fillRectangle(mx, p.y, p.x + p.width - mx, my - p.y);
    gc.setBackground(quadrantWarm);
    gc.fillRectangle(p.x, p.y, mx - p.x, my - p.y);
    gc.fillRectangle(mx, my, p.x + p.width - mx, p.y + p.height - my);
    gc.setForeground(line);
    gc.drawRectangle(p);
    gc.setLineStyle(SWT.LINE_DASH);
    gc.drawLine(mx, p.y, mx, p.y + p.height);
    gc.drawLine(p.x, my, p.x + p.width, my);
    gc.setLineStyle(SWT.LINE_SOLID);
    gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
    org.eclipse.swt.graphics.Font normal = gc.getFont();
    gc.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
    corner(gc, PowerInterest.Quadrant.KEEP_SATISFIED.label(), p.x + 6, p.y + 4, false);
    corner(gc, PowerInterest.Quadrant.MANAGE_CLOSELY.label(), p.x + p.width - 6, p.y + 4, true);
    corner(gc, PowerInterest.Quadrant.MONITOR.label(), p.x + 6, p.y + p.height - 22, false);
    corner(gc, PowerInterest.Quadrant.KEEP_INFORMED.label(), p.x + p.width - 6, p.y + p.height - 22, true);
    gc.setFont(normal);
    // axes
    for (int v = 1; v <= 5; v++) {
      String t = String.valueOf(v);
      gc.drawText(t, (int) x(v) - gc.textExtent(t).x / 2, p.y + p.height + 4, true);
      gc.drawText(t, p.x - 14, (int) y(v) - gc.getFontMetrics().getHeight() / 2, true);
    }
    String xTitle = "Interest \u2192";
    gc.drawText(xTitle, p.x + p.width / 2 - gc.textExtent(xTitle).x / 2, p.y + p.height + 22, true);
    gc.drawText("Influence", 4, p.y + p.height / 2 - 18, true);
    gc.drawText("\u2191", 28, p.y + p.height / 2, true);
    legend(gc, p);

    place();
    for (Map.Entry<Stakeholder, Point> e : placed.entrySet()) {
      Stakeholder s = e.getKey();
      Point c = s == dragging && dragAt != null ? dragAt : e.getValue();
      marker(gc, s, c);
    }
    if (dragging != null && dragAt != null) {
      String to = PowerInterest.quadrant(PowerInterest.snap(influenceAt(dragAt.y)),
          PowerInterest.snap(interestAt(dragAt.x))).label();
      gc.setForeground(selectedRing);
      gc.drawText("\u2192 " + to + " (influence " + PowerInterest.snap(influenceAt(dragAt.y)) + ", interest "
          + PowerInterest.snap(interestAt(dragAt.x)) + ")", dragAt.x + 12, dragAt.y + 10, true);
    }
  }

  private static void corner(GC gc, String text, int x, int y, boolean alignRight) {
    int w = gc.textExtent(text).x;
    gc.drawText(text, alignRight ? x - w : x, y, true);
  }

  private void legend(GC gc, Rectangle p) {
    int x = p.x;
    int y = 8;
    for (Stance s : Stance.VALUES) {
      gc.setBackground(Stances.color(s));
      gc.fillOval(x, y + 3, 10, 10);
      gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
      String label = Stances.label(s);
      gc.drawText(label, x + 14, y, true);
      x += 14 + gc.textExtent(label).x + 16;
    }
  }

  private void marker(GC gc, Stakeholder s, Point c) {
    Integer more = overflow.get(s);
    if (more != null && s != dragging) {
      gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
      gc.drawText("+" + more + " more", c.x - R, c.y - gc.getFontMetrics().getHeight() / 2, true);
      return;
    }
    gc.setBackground(Stances.color(s.getStance()));
    gc.fillOval(c.x - R, c.y - R, 2 * R, 2 * R);
    if (s == selected) {
      gc.setForeground(selectedRing);
      gc.setLineWidth(2);
      gc.drawOval(c.x - R - 3, c.y - R - 3, 2 * R + 6, 2 * R + 6);
      gc.setLineWidth(1);
    }
    gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
    String name = s.getName() == null ? "?" : s.getName();
    int room = labelWidth.getOrDefault(s, 120);
    if (s != dragging && gc.textExtent(name).x > room) {
      while (name.length() > 1 && gc.textExtent(name + "\u2026").x > room) {
        name = name.substring(0, name.length() - 1);
      }
      name = name + "\u2026";
    }
    gc.drawText(name, c.x + R + 4, c.y - gc.getFontMetrics().getHeight() / 2, true);
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
