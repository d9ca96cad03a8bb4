package dev.wedge.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.wedge.analysis.Finding;
import dev.wedge.evidence.PilotEvidence;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Pilot;
import dev.wedge.model.StrategyModel;

/**
 * What a section needs: the model, the options, the pilots the body of the brief is about and their evidence, the
 * open findings of the analyses, how people are named, and the checks that could not run (each a sentence naming
 * the analysis and its plug-in: a brief never passes over them in silence).
 *
 * <p>The body stays short however large the model: {@link #pilots()} are the pilots the body shows (those with
 * results first, at most {@link Body#pilots()}), {@link #allPilots()} every pilot the brief covers; what the body
 * leaves out is in the appendix.
 *
 * @param allPilots every pilot the brief covers (the body shows {@code pilots}, the appendix the rest)
 * @param body      how much of each kind the body shows
 */
public record BriefContext(StrategyModel model, BriefOptions options, List<Pilot> pilots,
    Map<Pilot, PilotEvidence> evidence, List<Finding> findings, Privacy privacy, List<String> failedChecks,
    List<Pilot> allPilots, Body body) {

  /**
   * How many pilots, metrics and rows of the strategy map's table the body shows: chosen so the body of the PDF
   * keeps within {@link Briefs#BODY_PAGE_CAP} pages (smaller when a first layout ran over).
   */
  public record Body(int pilots, int metrics, int mapRows) {
    /** What the body shows at most when nothing needs to be left out. */
    public static final Body DEFAULT = new Body(6, 10, 24);

    /** Half as much of each (at least one), for a body that ran over its page cap. */
    public Body halved() {
      return new Body(Math.max(1, pilots / 2), Math.max(1, metrics / 2), Math.max(1, mapRows / 2));
    }
  }

  /** A context whose body shows every pilot (the workbench's overview, sections' tests). */
  public BriefContext(StrategyModel model, BriefOptions options, List<Pilot> pilots,
      Map<Pilot, PilotEvidence> evidence, List<Finding> findings, Privacy privacy, List<String> failedChecks) {
    this(model, options, pilots, evidence, findings, privacy, failedChecks, pilots,
        new Body(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE));
  }

  /** The same brief with {@code smaller} in its body (pilots with results first), for a body that ran over. */
  public BriefContext withBody(Body smaller) {
    List<Pilot> ranked = Briefs.byResults(allPilots);
    return new BriefContext(model, options, List.copyOf(ranked.subList(0, Math.min(smaller.pilots(), ranked.size()))),
        evidence, findings, privacy, failedChecks, allPilots, smaller);
  }

  /** The organization's name as the brief shows it. */
  public String organization() {
    String o = options.organization() != null && !options.organization().isBlank() ? options.organization()
        : model.getOrganization() != null && !model.getOrganization().isBlank() ? model.getOrganization()
        : model.getName();
    return o == null ? "" : o;
  }

  /** The metrics the brief covers, in its order: the pilots' own first, then (for a brief of all pilots) the rest. */
  public List<BusinessMetric> allMetrics() {
    Set<BusinessMetric> metrics = new LinkedHashSet<>();
    for (Pilot p : pilots) {
      if (p.getPrimaryMetric() != null) {
        metrics.add(p.getPrimaryMetric());
      }
    }
    for (Pilot p : allPilots) {
      if (p.getPrimaryMetric() != null) {
        metrics.add(p.getPrimaryMetric());
      }
    }
    if (options.pilotId() == null) {
      metrics.addAll(model.getMetrics());
    }
    return new ArrayList<>(metrics);
  }

  /** The metrics whose trends the body shows. */
  public List<BusinessMetric> bodyMetrics() {
    List<BusinessMetric> all = allMetrics();
    return all.subList(0, Math.min(body.metrics(), all.size()));
  }

  /** Whether the body leaves anything out (then the appendix says what, condensed or in full). */
  public boolean bodyLeavesOut() {
    return pilots.size() < allPilots.size() || bodyMetrics().size() < allMetrics().size()
        || model.getMetrics().size() > body.mapRows();
  }
}
