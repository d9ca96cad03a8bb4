package dev.wedge.report.sections;

import java.util.List;
import java.util.Locale;

import dev.wedge.evidence.Progress;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Pilot;
import dev.wedge.report.BriefContext;
import dev.wedge.report.BriefText;
import dev.wedge.report.Html;
import dev.wedge.report.ReportSection;
import dev.wedge.report.figures.TrendFigure;

/** Each metric's trend against its baseline and target; the pilots' metrics first. */
public final class MetricsSection implements ReportSection {

  @Override
  public void write(Html out, BriefContext c) {
    List<BusinessMetric> metrics = c.bodyMetrics(); // the rest are in the appendix
    if (metrics.isEmpty()) {
      return;
    }
    out.section("metrics", BriefText.of(c.options()).get("section.metrics"));
    out.open("div", "grid");
    for (BusinessMetric m : metrics) {
      Pilot pilot = c.allPilots().stream().filter(p -> p.getPrimaryMetric() == m).findFirst().orElse(null);
      out.open("div", "cell");
      out.element("h3", null, m.getName() + (m.getUnit() == null ? "" : " (" + m.getUnit() + ")"));
      out.figure(new TrendFigure(m, pilot, c.options().includePersonalData(), 330, 180,
          BriefText.of(c.options())), caption(m, pilot, c));
      out.close("div");
    }
    out.close("div");
    out.endSection();
  }

  /**
   * What the trend rests on and what it is worth: baseline and target (or that there is none), the latest value and
   * the pace, the measurements shown per cohort, and the value of one unit in the model's currency.
   */
  static String caption(BusinessMetric m, Pilot pilot, BriefContext c) {
    StringBuilder sb = new StringBuilder();
    BriefText t = BriefText.of(c.options());
    if (m.getTarget() == null) {
      sb.append(t.get("metrics.noTarget")).append(m.getBaseline() == null ? "" : t.get("metrics.baselineAfter",
          t.number(m.getBaseline())));
    }
    if (m.getBaseline() != null && m.getTarget() != null) {
      sb.append(t.get("metrics.baseline", t.number(m.getBaseline()), t.number(m.getTarget())));
      if (m.getTargetDate() != null) {
        sb.append(t.get("metrics.by", t.german() ? t.date(m.getTargetDate()) : String.valueOf(m.getTargetDate())));
      }
    }
    Progress p = Progress.of(m, c.options().today());
    if (p != null) {
      sb.append(sb.length() == 0 ? "" : "; ").append(t.get("metrics.latest", t.number(Math.round(p.current() * 10)
          / 10.0), t.percent(p.progress() * 100)));
      if (!Double.isNaN(p.pace())) {
        sb.append(t.get(p.atRisk() ? "metrics.atRisk" : "metrics.onPace"));
      }
    }
    java.util.Map<dev.wedge.model.Cohort, Integer> n = new java.util.EnumMap<>(dev.wedge.model.Cohort.class);
    for (dev.wedge.model.Measurement x : m.getMeasurements()) {
      if (x.getDate() != null && x.getCohort() != null
          && (pilot == null || x.getPilot() == null || x.getPilot() == pilot)) {
        n.merge(x.getCohort(), 1, Integer::sum);
      }
    }
    int total = n.values().stream().mapToInt(Integer::intValue).sum();
    sb.append(sb.length() == 0 ? "" : ". ").append(t.get("metrics.n", t.number(total), total));
    if (n.size() > 1) {
      java.util.List<String> parts = new java.util.ArrayList<>();
      n.forEach((k, v) -> parts.add(t.get(k == dev.wedge.model.Cohort.ALL ? "metrics.everyone"
          : k == dev.wedge.model.Cohort.PILOT ? "metrics.pilot" : "metrics.comparison") + " " + t.number(v)));
      sb.append(" (").append(String.join(", ", parts)).append(')');
    }
    dev.wedge.evidence.Money money = dev.wedge.evidence.Money.of(c.model());
    // what one unit is worth, in the model's currency (not said of a metric counted in money itself)
    if (m.getValuePerUnit() != null && (m.getUnit() == null || !money.known()
        || !m.getUnit().toUpperCase(Locale.ROOT).contains(money.currency().toUpperCase(Locale.ROOT)))) {
      sb.append(t.get("metrics.worth", m.getUnit() == null || m.getUnit().isBlank() ? t.get("metrics.unit")
          : m.getUnit().startsWith("%") ? t.get("metrics.point") : t.german() ? m.getUnit() : singular(m.getUnit()),
          dev.wedge.evidence.Sentences.of(t.locale()).money(money, m.getValuePerUnit())));
    }
    return sb.append('.').toString();
  }

  /** "days" to "day", "%" stays: the unit one value counts in. */
  private static String singular(String unit) {
    if (unit.startsWith("%")) {
      return "percentage point";
    }
    String[] w = unit.split(" ", 2); // "minutes per claim": "minute per claim"
    String first = w[0].endsWith("s") && !w[0].endsWith("ss") && w[0].length() > 2
        ? w[0].substring(0, w[0].length() - 1) : w[0];
    return w.length == 1 ? first : first + " " + w[1];
  }
}
