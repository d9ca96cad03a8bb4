package dev.wedge.editor.pilot;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
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
    Composite c = page.section(body, Messages.Schedule_Title, Messages.Schedule_Description, 2);
    GridLayoutFactory.fillDefaults().numColumns(6).margins(2, 4).applyTo(c);
    Text startDate = textIn(c, Messages.Dates_Start, Literals.PILOT__START_DATE, 90);
    startDate.setToolTipText(NLS.bind(Messages.Schedule_StartTip, dev.wedge.ui.emf.LocalDates.format(
        java.time.LocalDate.of(2026, 5, 4))));
    textIn(c, Messages.Dates_Weeks, Literals.PILOT__DURATION_WEEKS, 40);
    textIn(c, Messages.Schedule_Reason, Literals.PILOT__DURATION_REASON, 260);
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
