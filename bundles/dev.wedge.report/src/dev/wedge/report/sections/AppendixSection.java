package dev.wedge.report.sections;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.wedge.analysis.Finding;
import dev.wedge.analysis.Severity;
import dev.wedge.evidence.PilotEvidence;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Initiative;
import dev.wedge.model.MetricLink;
import dev.wedge.model.Pilot;
import dev.wedge.report.BriefContext;
import dev.wedge.report.BriefText;
import dev.wedge.evidence.Sentences;
import dev.wedge.report.BriefOptions;
import dev.wedge.report.Html;
import dev.wedge.report.ReportSection;

/**
 * What the body of the brief leaves out so that it stays a brief: the pilots, metrics, initiatives and open points
 * beyond it, condensed into summary tables (the default) or listed one by one ({@code --appendix full}). Written
 * only when the body leaves something out, or when the full appendix is asked for.
 */
public final class AppendixSection implements ReportSection {

  /** The appendix's heading: it opens on a page of its own, which is how the body's pages are counted. */
  public static final String TITLE = "Appendix: what the body of the brief leaves out";

  @Override
  public void write(Html out, BriefContext c) {
    boolean full = c.options().appendix() == BriefOptions.Appendix.FULL;
    if (!full && !c.bodyLeavesOut()) {
      return;
    }
    Set<Pilot> inBody = new HashSet<>(c.pilots());
    List<Pilot> pilots = c.allPilots().stream().filter(p -> full || !inBody.contains(p)).toList();
    Set<BusinessMetric> trends = new HashSet<>(c.bodyMetrics());
    List<BusinessMetric> metrics = c.allMetrics().stream().filter(m -> full || !trends.contains(m)).toList();
    List<Finding> open = c.findings().stream().filter(f -> f.severity() != Severity.ADVICE)
        .sorted(java.util.Comparator.comparing(Finding::severity)).toList();
    List<Finding> findings = full ? open : open.subList(Math.min(FindingsSection.MAX, open.size()), open.size());

    out.section("appendix", dev.wedge.report.BriefText.of(c.options()).get("appendix.title"));
    BriefText t = BriefText.of(c.options());
    out.element("p", null, t.get("appendix.intro", t.count(c.pilots().size()), t.count(c.allPilots().size()),
        t.count(c.bodyMetrics().size()), t.count(c.allMetrics().size())) + " " + t.get(full ? "appendix.full"
            : "appendix.condensed"));
    if (!pilots.isEmpty()) {
      pilots(out, c, pilots, full);
    }
    if (!metrics.isEmpty()) {
      metrics(out, c, metrics, full);
    }
    if (!c.model().getInitiatives().isEmpty() && c.options().pilotId() == null) {
      initiatives(out, c, full);
    }
    if (!findings.isEmpty()) {
      findings(out, c, findings, full);
    }
    out.endSection();
  }

  private static void pilots(Html out, BriefContext c, List<Pilot> pilots, boolean full) {
    List<List<String>> rows = new ArrayList<>();
    BriefText t = BriefText.of(c.options());
    Sentences words = Sentences.of(t.locale());
    if (full) {
      for (Pilot p : pilots) {
        PilotEvidence e = c.evidence().get(p);
        rows.add(List.of(c.privacy().text(name(p.getName(), t)), t.word(p.getStatus(), Words.word(p.getStatus())),
            words.label(e.rating()), e.criteria().isEmpty() ? t.get("next.noneAgreed")
                : Words.capital(words.verdict(e.verdict()))));
      }
      out.table("appendix", t.get("appendix.pilots"), List.of(t.get("appendix.h.pilot"), t.get("appendix.h.status"),
          t.get("appendix.h.evidence"), t.get("appendix.h.criteria")), rows);
      return;
    }
    Map<String, Map<String, Integer>> byStatus = new LinkedHashMap<>();
    for (Pilot p : pilots) {
      byStatus.computeIfAbsent(t.word(p.getStatus(), Words.word(p.getStatus())), k -> new TreeMap<>())
          .merge(words.label(c.evidence().get(p).rating()), 1, Integer::sum);
    }
    byStatus.forEach((status, ratings) -> rows.add(List.of(status,
        String.valueOf(ratings.values().stream().mapToInt(Integer::intValue).sum()), counts(ratings))));
    out.table("appendix", t.get("appendix.pilotsByStatus", t.count(pilots.size())), List.of(
        t.get("appendix.h.status"), t.get("appendix.h.pilots"), t.get("appendix.h.evidence")), rows);
  }

  private static void metrics(Html out, BriefContext c, List<BusinessMetric> metrics, boolean full) {
    Map<BusinessMetric, Integer> tied = tied(c);
    List<List<String>> rows = new ArrayList<>();
    BriefText t = BriefText.of(c.options());
    if (full) {
      for (BusinessMetric m : metrics) {
        rows.add(List.of(c.privacy().text(name(m.getName(), t)), m.getUnit() == null ? "" : m.getUnit(),
            (m.getBaseline() == null ? "\u2013" : t.number(m.getBaseline())) + " \u2192 "
                + (m.getTarget() == null ? t.get("appendix.noTarget") : t.number(m.getTarget())),
            t.number(m.getMeasurements().size()), t.number(tied.getOrDefault(m, 0))));
      }
      out.table("appendix", t.get("appendix.metrics"), List.of(t.get("map.metric"), t.get("appendix.h.unit"),
          t.get("map.baseline"), t.get("appendix.h.measurements"), t.get("map.initiatives")), rows);
      return;
    }
    Map<String, int[]> byKind = new LinkedHashMap<>(); // metrics, with a target, measurements, initiatives
    for (BusinessMetric m : metrics) {
      int[] n = byKind.computeIfAbsent(Words.word(m.getKind()), k -> new int[4]);
      n[0]++;
      n[1] += m.getTarget() == null ? 0 : 1;
      n[2] += m.getMeasurements().size();
      n[3] += tied.getOrDefault(m, 0);
    }
    byKind.forEach((kind, n) -> rows.add(List.of(kind.isEmpty() ? t.get("appendix.notSaid") : kind, t.number(n[0]),
        t.number(n[1]), t.number(n[2]), t.number(n[3]))));
    out.table("appendix", t.get("appendix.metricsByKind", t.count(metrics.size())), List.of(t.get("appendix.h.kind"),
        t.get("appendix.h.metrics"), t.get("appendix.h.withTarget"), t.get("appendix.h.measurements"),
        t.get("appendix.h.tied")), rows);
  }

  private static void initiatives(Html out, BriefContext c, boolean full) {
    List<List<String>> rows = new ArrayList<>();
    BriefText t = BriefText.of(c.options());
    if (full) {
      for (Initiative i : c.model().getInitiatives()) {
        List<String> metrics = i.getLinks().stream().map(MetricLink::getMetric).filter(java.util.Objects::nonNull)
            .map(m -> c.privacy().text(name(m.getName(), t))).toList();
        rows.add(List.of(c.privacy().text(name(i.getName(), t)), Words.word(i.getUse()), Words.word(i.getIntent()),
            metrics.isEmpty() ? t.get("appendix.none") : String.join(", ", metrics)));
      }
      out.table("appendix", t.get("appendix.initiatives"), List.of(t.get("appendix.h.initiative"),
          t.get("appendix.h.use"), t.get("appendix.h.intent"), t.get("appendix.h.metrics")), rows);
      return;
    }
    Map<String, int[]> byUse = new LinkedHashMap<>(); // initiatives, strategic, not tied to a metric
    for (Initiative i : c.model().getInitiatives()) {
      int[] n = byUse.computeIfAbsent(Words.word(i.getUse()), k -> new int[3]);
      n[0]++;
      n[1] += i.getIntent() == dev.wedge.model.Intent.STRATEGIC ? 1 : 0;
      n[2] += i.getLinks().stream().noneMatch(l -> l.getMetric() != null) ? 1 : 0;
    }
    byUse.forEach((use, n) -> rows.add(List.of(use.isEmpty() ? t.get("appendix.notSaid") : use, t.number(n[0]),
        t.number(n[1]), t.number(n[2]))));
    out.table("appendix", t.get("appendix.initiativesByUse", t.count(c.model().getInitiatives().size())), List.of(
        t.get("appendix.h.use"), t.get("map.initiatives"), t.get("appendix.h.strategic"), t.get("appendix.h.untied")),
        rows);
  }

  private static void findings(Html out, BriefContext c, List<Finding> findings, boolean full) {
    List<List<String>> rows = new ArrayList<>();
    BriefText t = BriefText.of(c.options());
    if (full) {
      for (Finding f : findings) {
        rows.add(List.of(Words.word(f.severity()), f.category() == null ? "" : f.category(),
            c.privacy().text(f.message())));
      }
      out.table("appendix", t.get("appendix.findings"), List.of(t.get("appendix.h.severity"),
          t.get("appendix.h.category"), t.get("appendix.h.finding")), rows);
      return;
    }
    Map<String, int[]> byCategory = new LinkedHashMap<>(); // errors, warnings
    for (Finding f : findings) {
      int[] n = byCategory.computeIfAbsent(f.category() == null ? t.get("appendix.other") : f.category(),
          k -> new int[2]);
      n[f.severity() == Severity.ERROR ? 0 : 1]++;
    }
    byCategory.forEach((category, n) -> rows.add(List.of(category, t.number(n[0]), t.number(n[1]))));
    out.table("appendix", t.get("appendix.findingsByCategory", t.count(findings.size()), t.count(FindingsSection.MAX)),
        List.of(t.get("appendix.h.category"), t.get("appendix.h.errors"), t.get("appendix.h.warnings")), rows);
  }

  /** The initiatives tied to each metric. */
  private static Map<BusinessMetric, Integer> tied(BriefContext c) {
    Map<BusinessMetric, Integer> n = new java.util.HashMap<>();
    for (Initiative i : c.model().getInitiatives()) {
      i.getLinks().stream().map(MetricLink::getMetric).filter(java.util.Objects::nonNull).distinct()
          .forEach(m -> n.merge(m, 1, Integer::sum));
    }
    return n;
  }

  /** "3 strong, 1 weak". */
  private static String counts(Map<String, Integer> byLabel) {
    List<String> parts = new ArrayList<>();
    byLabel.forEach((label, n) -> parts.add(n + " " + label));
    return String.join(", ", parts);
  }

  private static String name(String s, BriefText t) {
    return s == null || s.isBlank() ? t.get("appendix.unnamed") : s;
  }
}
