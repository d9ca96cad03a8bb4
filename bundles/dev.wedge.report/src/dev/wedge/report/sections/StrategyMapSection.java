package dev.wedge.report.sections;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.wedge.model.AiUse;
import dev.wedge.model.BusinessGoal;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Initiative;
import dev.wedge.model.Intent;
import dev.wedge.model.MetricLink;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.WedgeFactory;
import dev.wedge.report.BriefContext;
import dev.wedge.report.BriefText;
import dev.wedge.report.Html;
import dev.wedge.report.ReportSection;
import dev.wedge.report.figures.MapFigure;
import dev.wedge.strategy.map.MapLayout;
import dev.wedge.strategy.map.MapText;

/**
 * The strategy map: every AI initiative, the business metric it should move, the goal behind it. A portfolio too
 * large to read on one page ({@value #MAX_DRAWN} initiatives and more, or taller than a page) is drawn condensed: one box per metric
 * saying how many initiatives aim at it, and one box for those tied to no metric.
 */
public final class StrategyMapSection implements ReportSection {

  /** Beyond this many initiatives the map would run over pages; it is condensed. */
  public static final int MAX_DRAWN = 30;

  /** More metrics than one page holds as boxes of the condensed picture: the map is a table. */
  static final int MAX_CONDENSED = 40;

  /** The width of the picture and the height one page holds (A4 or Letter, under its heading). */
  private static final double WIDTH = 680;
  private static final double MAX_HEIGHT = 900;

  private static final int NAMES_LISTED = 10;

  @Override
  public void write(Html out, BriefContext c) {
    if (c.model().getInitiatives().isEmpty()) {
      return;
    }
    BriefText t = BriefText.of(c.options());
    out.section("map", t.get("section.map"));
    List<Initiative> unlinked = c.model().getInitiatives().stream().filter(MapText::unlinked).toList();
    String missing = unlinked.isEmpty() ? t.get("map.allTied") : t.get("map.unlinked", t.count(unlinked.size()),
        unlinked.size(), names(unlinked, c, t));
    MapFigure full = c.model().getInitiatives().size() < MAX_DRAWN
        ? new MapFigure(MapLayout.layout(c.model(), MapLayout.FIXED), WIDTH, o -> c.privacy().text(MapText.title(o)))
        : null;
    if (full != null && full.height() <= MAX_HEIGHT) {
      out.figure(full, t.get("map.caption") + " " + missing);
    } else {
      Condensed condensed = condense(c.model());
      // one box per metric: more than a page holds are not laid out only to find they do not fit
      MapFigure small = c.model().getMetrics().size() > MAX_CONDENSED ? null
          : new MapFigure(MapLayout.layout(condensed.model(), MapLayout.FIXED), WIDTH,
          o -> c.privacy().text(MapText.title(o)), o -> {
            List<Initiative> group = condensed.groups().get(o);
            return group == null ? MapText.subtitle(o) : mix(group);
          });
      if (small != null && small.height() <= MAX_HEIGHT) {
        out.figure(small, t.get("map.condensed", t.count(c.model().getInitiatives().size())) + " " + missing);
      } else { // too many goals and metrics for one page: a table breaks across pages where a picture cannot
        out.element("p", null, t.get("map.byMetric", t.count(c.model().getInitiatives().size())));
        List<List<String>> rows = new ArrayList<>();
        // the metrics most initiatives aim at; the others are in the appendix
        List<BusinessMetric> shown = c.model().getMetrics().stream()
            .sorted(java.util.Comparator.comparingInt((BusinessMetric x) -> -condensed.byMetric()
                .getOrDefault(x, List.of()).size()))
            .limit(c.body().mapRows()).toList();
        for (BusinessMetric x : shown) {
          List<Initiative> group = condensed.byMetric().getOrDefault(x, List.of());
          rows.add(List.of(x.getGoal() == null ? "\u2013" : c.privacy().text(MapText.title(x.getGoal())),
              c.privacy().text(MapText.title(x)), MapText.subtitle(x), String.valueOf(group.size()),
              group.isEmpty() ? "" : mix(group)));
        }
        out.table("map-table", t.get("map.table"), List.of(t.get("map.goal"), t.get("map.metric"),
            t.get("map.baseline"), t.get("map.initiatives"), t.get("map.mix")), rows);
        if (shown.size() < c.model().getMetrics().size()) {
          out.element("p", null, t.get("map.rest", t.count(shown.size()), t.count(c.model().getMetrics().size()
              - shown.size())));
        }
        out.element("p", unlinked.isEmpty() ? null : "warning", missing);
      }
    }
    out.endSection();
  }

  private static String names(List<Initiative> initiatives, BriefContext c, BriefText t) {
    List<String> names = initiatives.stream().limit(NAMES_LISTED).map(i -> c.privacy().text(i.getName())).toList();
    return String.join(", ", names) + (initiatives.size() > NAMES_LISTED ? t.get("map.more",
        t.count(initiatives.size() - NAMES_LISTED)) : "");
  }

  /** "12 efficiency · 5 strategic · mostly content creation". */
  static String mix(Collection<Initiative> group) {
    long strategic = group.stream().filter(i -> i.getIntent() == Intent.STRATEGIC).count();
    Map<AiUse, Long> uses = group.stream().filter(i -> i.getUse() != null)
        .collect(Collectors.groupingBy(Initiative::getUse, LinkedHashMap::new, Collectors.counting()));
    String use = uses.entrySet().stream().max(Map.Entry.<AiUse, Long>comparingByValue()
        .thenComparing(e -> -e.getKey().getValue()))
        .map(e -> " \u00b7 most " + MapText.use(e.getKey()).toLowerCase(java.util.Locale.ROOT)).orElse("");
    return (group.size() - strategic) + " efficiency \u00b7 " + strategic + " strategic" + use;
  }

  /** A stand-in model for the picture, and the initiatives each of its boxes stands for. */
  record Condensed(StrategyModel model, Map<EObject, List<Initiative>> groups,
      Map<BusinessMetric, List<Initiative>> byMetric) {
  }

  static Condensed condense(StrategyModel model) {
    StrategyModel m = WedgeFactory.eINSTANCE.createStrategyModel();
    EcoreUtil.Copier copier = new EcoreUtil.Copier();
    List<EObject> originals = new ArrayList<>(model.getGoals());
    originals.addAll(model.getMetrics());
    copier.copyAll(originals);
    copier.copyReferences();
    for (BusinessGoal g : model.getGoals()) {
      m.getGoals().add((BusinessGoal) copier.get(g));
    }
    for (BusinessMetric x : model.getMetrics()) {
      m.getMetrics().add((BusinessMetric) copier.get(x));
    }
    Map<BusinessMetric, List<Initiative>> byMetric = new LinkedHashMap<>();
    List<Initiative> none = new ArrayList<>();
    for (Initiative i : model.getInitiatives()) {
      List<BusinessMetric> targets = i.getLinks().stream().map(MetricLink::getMetric)
          .filter(x -> x != null && copier.containsKey(x)).distinct().toList();
      if (targets.isEmpty()) {
        none.add(i);
      }
      for (BusinessMetric x : targets) {
        byMetric.computeIfAbsent(x, k -> new ArrayList<>()).add(i);
      }
    }
    Map<EObject, List<Initiative>> groups = new IdentityHashMap<>();
    byMetric.entrySet().stream()
        .sorted(Comparator.comparingInt(e -> model.getMetrics().indexOf(e.getKey())))
        .forEach(e -> {
          Initiative box = box(m, e.getValue(), e.getValue().size() + " initiative"
              + (e.getValue().size() == 1 ? "" : "s"));
          MetricLink link = WedgeFactory.eINSTANCE.createMetricLink();
          link.setMetric((BusinessMetric) copier.get(e.getKey()));
          boolean allHypotheses = e.getValue().stream().allMatch(i -> i.getLinks().stream()
              .anyMatch(l -> l.getMetric() == e.getKey() && l.getHypothesis() != null && !l.getHypothesis().isBlank()));
          link.setHypothesis(allHypotheses ? "each with its hypothesis" : null);
          box.getLinks().add(link);
          groups.put(box, e.getValue());
        });
    if (!none.isEmpty()) {
      groups.put(box(m, none, none.size() + " initiative" + (none.size() == 1 ? "" : "s") + " with no metric"), none);
    }
    return new Condensed(m, groups, byMetric);
  }

  private static Initiative box(StrategyModel m, List<Initiative> group, String name) {
    Initiative box = WedgeFactory.eINSTANCE.createInitiative();
    box.setName(name);
    long strategic = group.stream().filter(i -> i.getIntent() == Intent.STRATEGIC).count();
    box.setIntent(strategic * 2 > group.size() ? Intent.STRATEGIC : Intent.EFFICIENCY);
    m.getInitiatives().add(box);
    return box;
  }
}
