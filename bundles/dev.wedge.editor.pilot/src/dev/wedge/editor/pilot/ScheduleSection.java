package dev.wedge.editor.pilot;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import dev.wedge.model.WedgePackage.Literals;

/** 3 · Six weeks: the start, the weeks (and why not six), and the timeline of measurement points. */
final class ScheduleSection {

  private final PageContext page;
  private final TimelineCanvas timeline;

  ScheduleSection(PageContext page, Composite body) {
    this.page = page;
    Composite c = page.section(body, "3 \u00b7 Six weeks", "Measure from day one: a point each week for the pilot"
        + " (and the comparison group), then the decision.", 2);
    GridLayoutFactory.fillDefaults().numColumns(6).margins(2, 4).applyTo(c);
    Text startDate = textIn(c, "Start:", Literals.PILOT__START_DATE, 90);
    startDate.setToolTipText("A date, as you write dates (" + dev.wedge.ui.emf.LocalDates.format(
        java.time.LocalDate.of(2026, 5, 4)) + ") or as 2026-05-04");
    textIn(c, "Weeks:", Literals.PILOT__DURATION_WEEKS, 40);
    textIn(c, "Why not six?", Literals.PILOT__DURATION_REASON, 260);
    timeline = new TimelineCanvas(c);
    page.toolkit().adapt(timeline);
    GridDataFactory.fillDefaults().grab(true, false).span(6, 1).hint(SWT.DEFAULT, 128).applyTo(timeline);
  }

  private Text textIn(Composite c, String label, EAttribute f, int width) {
    page.toolkit().createLabel(c, label);
    Text t = page.toolkit().createText(c, "", SWT.SINGLE);
    GridDataFactory.fillDefaults().hint(width, SWT.DEFAULT).grab(width > 200, false).applyTo(t);
    page.fields().bindText(t, label.replace(":", ""), page.pilot(), f);
    return t;
  }

  void refresh() {
    timeline.setToday(page.session().today());
    timeline.show(page.pilot());
  }

  TimelineCanvas timeline() {
    return timeline;
  }
}
