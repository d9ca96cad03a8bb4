package dev.wedge.editor.pilot;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import dev.wedge.evidence.PilotSchedule;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Cohort;
import dev.wedge.model.Measurement;
import dev.wedge.model.Pilot;
import dev.wedge.model.PilotDesign;

/**
 * The pilot's weeks on one line: start, a measurement point each week (filled when measurements of the primary metric
 * exist for that week, hollow when they are still missing; one row for the pilot cohort and one for the comparison
 * group when the design has one), the end, the decision date and today.
 */
public class TimelineCanvas extends Canvas {

  /** One week of the pilot and how many measurements of each cohort fall in it. */
  public record Week(int number, LocalDate from, LocalDate to, int pilot, int comparison) {
  }

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern(Messages.Timeline_DayPattern,
      Locale.forLanguageTag(Messages.Timeline_DayLanguage));

  private Pilot pilot;
  private LocalDate today;
  private final Color accent = new Color(new RGB(31, 119, 180));
  private final Color muted = new Color(new RGB(150, 150, 150));
  private final Color done = new Color(new RGB(56, 118, 29));
  private final Color missing = new Color(new RGB(192, 0, 0));
  private final Color running = new Color(new RGB(222, 235, 247));

  public TimelineCanvas(Composite parent) {
    super(parent, SWT.DOUBLE_BUFFERED);
    addPaintListener(e -> paint(e.gc));
    addListener(SWT.Resize, e -> redraw());
  }

  public void show(Pilot p) {
    this.pilot = p;
    redraw();
  }

  void setToday(LocalDate today) {
    this.today = today;
    redraw();
  }

  @Override
  public Point computeSize(int wHint, int hHint, boolean changed) {
    return new Point(wHint == SWT.DEFAULT ? 520 : wHint, hHint == SWT.DEFAULT ? 128 : hHint);
  }

  private boolean twoRows() {
    return pilot.getDesign() != null && pilot.getDesign() != PilotDesign.PRE_POST;
  }

  /**
   * The measurement points with the measurements found for each (empty without a start date): point 0 is the
   * baseline (the two weeks up to the start day), point k the end of week k (the seven days up to start + 7k).
   */
  public List<Week> weeks() {
    List<Week> weeks = new ArrayList<>();
    if (pilot == null || pilot.getStartDate() == null) {
      return weeks;
    }
    BusinessMetric m = pilot.getPrimaryMetric();
    for (PilotSchedule.Point point : PilotSchedule.points(pilot)) {
      int w = point.number();
      LocalDate from = point.from();
      LocalDate to = point.to();
      int p = 0;
      int c = 0;
      if (m != null) {
        for (Measurement x : m.getMeasurements()) {
          if (!point.contains(x.getDate()) || x.getPilot() != null && x.getPilot() != pilot) {
            continue;
          }
          if (x.getCohort() == Cohort.COMPARISON) {
            c++;
          } else if (x.getCohort() == Cohort.PILOT || !twoRows()) {
            p++;
          }
        }
      }
      weeks.add(new Week(w, from, to, p, c));
    }
    return weeks;
  }

  /**
   * Whether a week's measurement is due: the pilot has started (a pilot planned for a date that has passed but not
   * started has nothing due) and the week ended before today. A point not due is hollow, never a red cross.
   */
  public boolean due(Week w) {
    return pilot != null && PilotSchedule.due(pilot, new PilotSchedule.Point(w.number(), w.from(), w.to()), today);
  }

  /** The decision date: the recorded one, else a week after the end. */
  public LocalDate decisionDate() {
    return pilot == null ? null : PilotSchedule.decisionDate(pilot);
  }

  private void paint(GC gc) {
    Rectangle area = getClientArea();
    gc.setBackground(getBackground());
    gc.fillRectangle(area);
    gc.setAntialias(SWT.ON);
    if (pilot == null) {
      return;
    }
    if (pilot.getStartDate() == null) {
      gc.setForeground(muted);
      gc.drawText(Messages.Timeline_NoStart, 8, 8, true);
      return;
    }
    List<Week> weeks = weeks();
    LocalDate start = pilot.getStartDate();
    LocalDate decision = decisionDate();
    LocalDate last = decision.isAfter(weeks.get(weeks.size() - 1).to()) ? decision
        : weeks.get(weeks.size() - 1).to().plusDays(1);
    int left = 110;
    int right = area.width - 24;
    long span = Math.max(1, last.toEpochDay() - start.toEpochDay());
    java.util.function.IntUnaryOperator x = days -> left + (int) ((right - left) * (double) days / span);
    int axis = 30;
    int rowPilot = 62;
    int rowComparison = 88;
    int fh = gc.getFontMetrics().getHeight();

    // the pilot's span and its weeks
    gc.setForeground(muted);
    gc.setLineWidth(1);
    gc.drawLine(left, axis, right, axis);
    LocalDate end = PilotSchedule.end(pilot);
    gc.setBackground(running);
    int xs = x.applyAsInt(0);
    int xe = x.applyAsInt((int) (end.toEpochDay() - start.toEpochDay()));
    gc.fillRectangle(xs, axis - 5, xe - xs, 10);
    gc.setForeground(accent);
    gc.drawRectangle(xs, axis - 5, xe - xs, 10);
    gc.setForeground(getForeground());
    String startText = NLS.bind(Messages.Timeline_Start, DAY.format(start));
    gc.drawText(startText, xs, 2, true);
    String endText = NLS.bind(Messages.Timeline_End, DAY.format(end));
    int endWidth = gc.textExtent(endText).x;
    gc.drawText(endText, Math.max(xs + gc.textExtent(startText).x + 12, xe - endWidth / 2), 2,
        true);

    gc.drawText(Messages.Timeline_Pilot, 8, rowPilot - fh / 2, true);
    if (twoRows()) {
      gc.drawText(Messages.Timeline_Comparison, 8, rowComparison - fh / 2, true);
    }
    for (Week w : weeks) {
      int cx = x.applyAsInt((int) (w.to().toEpochDay() - start.toEpochDay()));
      gc.setForeground(muted);
      gc.drawLine(cx, axis - 5, cx, axis + 5);
      String label = w.number() == 0 ? Messages.Timeline_Baseline : NLS.bind(Messages.Timeline_Week, w.number());
      gc.setForeground(getForeground());
      gc.drawText(label, cx - gc.textExtent(label).x / 2, axis + 7, true);
      boolean due = due(w);
      dot(gc, cx, rowPilot, w.pilot(), due);
      if (twoRows()) {
        dot(gc, cx, rowComparison, w.comparison(), due);
      }
    }

    // decision
    int xd = x.applyAsInt((int) (decision.toEpochDay() - start.toEpochDay()));
    gc.setBackground(pilot.getDecisionDate() != null ? accent : getBackground());
    gc.setForeground(accent);
    int[] diamond = {xd, axis - 8, xd + 8, axis, xd, axis + 8, xd - 8, axis};
    gc.fillPolygon(diamond);
    gc.drawPolygon(diamond);
    String d = NLS.bind(Messages.Timeline_Decision, DAY.format(decision));
    gc.setForeground(getForeground());
    gc.drawText(d, Math.min(right - gc.textExtent(d).x + 16, xd - gc.textExtent(d).x / 2), axis + 7 + fh, true);

    // today
    long t = today == null ? -1 : today.toEpochDay() - start.toEpochDay();
    if (t >= 0 && t <= span) {
      int xt = x.applyAsInt((int) t);
      gc.setForeground(missing);
      gc.setLineStyle(SWT.LINE_DASH);
      gc.drawLine(xt, axis - 10, xt, rowComparison + 8 + fh);
      gc.setLineStyle(SWT.LINE_SOLID);
      gc.drawText(Messages.Timeline_Today, xt + 3, rowComparison + 8, true);
    }
    gc.setForeground(muted);
    gc.drawText(Messages.Timeline_Legend, 8, area.height - fh - 2, true);
  }

  private void dot(GC gc, int cx, int cy, int count, boolean due) {
    int r = 6;
    if (count > 0) {
      gc.setBackground(done);
      gc.fillOval(cx - r, cy - r, 2 * r, 2 * r);
      if (count > 1) {
        gc.setForeground(getForeground());
        gc.drawText(String.valueOf(count), cx + r + 2, cy - gc.getFontMetrics().getHeight() / 2, true);
      }
    } else if (due) {
      gc.setForeground(missing);
      gc.setLineWidth(2);
      gc.drawLine(cx - r + 1, cy - r + 1, cx + r - 1, cy + r - 1);
      gc.drawLine(cx - r + 1, cy + r - 1, cx + r - 1, cy - r + 1);
      gc.setLineWidth(1);
    } else {
      gc.setForeground(muted);
      gc.drawOval(cx - r, cy - r, 2 * r, 2 * r);
    }
  }

}
