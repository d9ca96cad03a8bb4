package dev.wedge.editor.metrics;

import java.time.LocalDate;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import dev.wedge.evidence.Progress;
import dev.wedge.model.BusinessMetric;
import dev.wedge.ui.emf.LocalDates;

/** The line above a metric's chart: baseline, target, the latest value and how far along it is, and its pace. */
final class ProgressLine {

  private ProgressLine() {
  }

  /** "Baseline 94 days (2025-12-01) → target 70 (2026-12-31); now 86.6 (2026-11-01): 31% of the way, 92% expected by today; pace 0.34 — at risk". */
  static String describe(BusinessMetric m, LocalDate today) {
    String unit = m.getUnit() == null ? "" : " " + m.getUnit();
    String baseline = m.getBaseline() == null ? Messages.Progress_NotSet : MeasurementTable.trim(m.getBaseline()) + unit;
    String target = m.getTarget() == null ? Messages.Progress_NotSet : MeasurementTable.trim(m.getTarget()) + unit;
    StringBuilder sb = new StringBuilder();
    sb.append(m.getBaselineDate() == null ? NLS.bind(Messages.Progress_Baseline, baseline)
        : NLS.bind(Messages.Progress_BaselineDated, baseline, LocalDates.format(m.getBaselineDate())));
    sb.append(m.getTargetDate() == null ? NLS.bind(Messages.Progress_Target, target)
        : NLS.bind(Messages.Progress_TargetDated, target, LocalDates.format(m.getTargetDate())));
    Progress p = Progress.of(m, today);
    if (p != null) {
      sb.append(NLS.bind(Messages.Progress_Latest, new Object[] {MeasurementTable.trim(Math.round(p.current() * 100)
          / 100.0), LocalDates.format(p.asOf()), String.format(Locale.ROOT, "%.0f", p.progress() * 100)}));
      if (!Double.isNaN(p.expected())) {
        sb.append(NLS.bind(Messages.Progress_Expected, String.format(Locale.ROOT, "%.0f", p.expected() * 100)));
      }
      if (!Double.isNaN(p.pace())) {
        sb.append(NLS.bind(p.atRisk() ? Messages.Progress_AtRisk : Messages.Progress_OnTrack, String.format(
            Locale.ROOT, "%.2f", p.pace())));
      }
    }
    return sb.toString();
  }

}
