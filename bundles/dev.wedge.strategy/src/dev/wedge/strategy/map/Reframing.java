package dev.wedge.strategy.map;

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
    String name = i.getName() == null || i.getName().isBlank() ? "this initiative" : lower(i.getName());
    MetricLink link = i.getLinks().stream().filter(l -> l.getMetric() != null).findFirst().orElse(null);
    String gap = link != null && link.getGap() != null && !link.getGap().isBlank() ? link.getGap().trim()
        : i.getBusinessProblem() != null && !i.getBusinessProblem().isBlank() ? "the gap behind \u201c"
            + i.getBusinessProblem().trim() + "\u201d" : "<the gap>";
    String metric = link == null ? "<the business metric>" : lower(link.getMetric().getName());
    return "We're using " + name + " to close " + lower(gap) + " that is slowing " + metric + ".";
  }

  /** Lower-cases the first letter unless the first word looks like an acronym or a name ("AI", "CRM"). */
  static String lower(String s) {
    if (s.length() < 2 || Character.isUpperCase(s.charAt(1))) {
      return s;
    }
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
