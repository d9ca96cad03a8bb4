package dev.wedge.editor.metrics;

import java.time.LocalDate;
import java.util.Locale;

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
    StringBuilder sb = new StringBuilder();
    sb.append("Baseline ").append(m.getBaseline() == null ? "not set" : MeasurementTable.trim(m.getBaseline()) + unit);
    if (m.getBaselineDate() != null) {
      sb.append(" (").append(LocalDates.format(m.getBaselineDate())).append(')');
    }
    sb.append(" \u2192 target ").append(m.getTarget() == null ? "not set" : MeasurementTable.trim(m.getTarget()) + unit);
    if (m.getTargetDate() != null) {
      sb.append(" (").append(LocalDates.format(m.getTargetDate())).append(')');
    }
    Progress p = Progress.of(m, today);
    if (p != null) {
      sb.append(String.format(Locale.ROOT, "; latest %s (%s): %.0f%% of the way", MeasurementTable.trim(
          Math.round(p.current() * 100) / 100.0), LocalDates.format(p.asOf()), p.progress() * 100));
      if (!Double.isNaN(p.expected())) {
        sb.append(String.format(Locale.ROOT, ", %.0f%% expected by today", p.expected() * 100));
      }
      if (!Double.isNaN(p.pace())) {
        sb.append(String.format(Locale.ROOT, "; pace %.2f", p.pace())).append(p.atRisk() ? " \u2014 at risk"
            : " \u2014 on track");
      }
    }
    return sb.toString();
  }

}
