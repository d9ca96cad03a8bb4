package dev.wedge.report.sections;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import dev.wedge.evidence.Progress;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Pilot;
import dev.wedge.report.BriefContext;
import dev.wedge.report.Html;
import dev.wedge.report.ReportSection;
import dev.wedge.report.figures.TrendFigure;

/** Each metric's trend against its baseline and target; the pilots' metrics first. */
public final class MetricsSection implements ReportSection {

  @Override
  public void write(Html out, BriefContext c) {
    Set<BusinessMetric> metrics = new LinkedHashSet<>();
    for (Pilot p : c.pilots()) {
      if (p.getPrimaryMetric() != null) {
        metrics.add(p.getPrimaryMetric());
      }
    }
    if (c.options().pilotId() == null) {
      metrics.addAll(c.model().getMetrics());
    }
    if (metrics.isEmpty()) {
      return;
    }
    out.section("metrics", "The business metrics, measured from day one");
    out.open("div", "grid");
    for (BusinessMetric m : metrics) {
      Pilot pilot = c.pilots().stream().filter(p -> p.getPrimaryMetric() == m).findFirst().orElse(null);
      out.open("div", "cell");
      out.element("h3", null, m.getName() + (m.getUnit() == null ? "" : " (" + m.getUnit() + ")"));
      out.figure(new TrendFigure(m, pilot, c.options().includePersonalData(), 330, 170), caption(m, c));
      out.close("div");
    }
    out.close("div");
    out.endSection();
  }

  static String caption(BusinessMetric m, BriefContext c) {
    StringBuilder sb = new StringBuilder();
    if (m.getBaseline() != null && m.getTarget() != null) {
      sb.append("Baseline ").append(Words.number(m.getBaseline())).append(" \u2192 target ")
          .append(Words.number(m.getTarget()));
      if (m.getTargetDate() != null) {
        sb.append(" by ").append(m.getTargetDate());
      }
    }
    Progress p = Progress.of(m, c.options().today());
    if (p != null) {
      sb.append(sb.length() == 0 ? "" : "; ").append("latest ").append(Words.number(Math.round(p.current() * 10) / 10.0))
          .append(", ").append(Words.percent(p.progress() * 100)).append(" of the way");
      if (!Double.isNaN(p.pace())) {
        sb.append(p.atRisk() ? " \u2014 at risk" : " \u2014 on pace");
      }
    }
    return sb.append('.').toString();
  }
}
