package dev.wedge.strategy.map;

import dev.wedge.core.text.Localized;
import dev.wedge.model.Initiative;
import dev.wedge.model.MetricLink;

/**
 * The sentence that turns an AI initiative into a business case: "We're using &lt;initiative&gt; to close &lt;gap&gt;
 * that is slowing &lt;metric&gt;", from the initiative's first link to a metric (its stated gap) or its business
 * problem.
 */
public final class Reframing {

  private Reframing() {
  }

  public static String propose(Initiative i) {
    Localized t = MapLinks.text();
    String name = i.getName() == null || i.getName().isBlank() ? t.get("reframe.this") : lower(i.getName(), t);
    MetricLink link = i.getLinks().stream().filter(l -> l.getMetric() != null).findFirst().orElse(null);
    String gap = link != null && link.getGap() != null && !link.getGap().isBlank() ? link.getGap().trim()
        : i.getBusinessProblem() != null && !i.getBusinessProblem().isBlank() ? t.get("reframe.gapBehind",
            i.getBusinessProblem().trim()) : t.get("reframe.gap");
    String metric = link == null ? t.get("reframe.metric") : lower(link.getMetric().getName(), t);
    return t.get("reframe.sentence", name, lower(gap, t), metric);
  }

  /** Lower-cases the first letter unless the first word looks like an acronym or a name ("AI", "CRM"). */
  /** {@link #lower(String)} in English; German keeps its capitals (its nouns are written so). */
  static String lower(String s, Localized t) {
    return t.german() ? s : lower(s);
  }

  static String lower(String s) {
    if (s.length() < 2 || Character.isUpperCase(s.charAt(1))) {
      return s;
    }
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
