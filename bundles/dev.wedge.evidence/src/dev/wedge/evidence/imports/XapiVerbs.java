package dev.wedge.evidence.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import dev.wedge.evidence.imports.XapiImport.VerbCount;

/**
 * The verbs of an xAPI file, counted as the statements are read, and the table that shows how each contributes: its
 * statements, how many have a usable score and their mean, and the mean of the import with and without it, so that
 * the choice of verbs is seen to move the result or not.
 */
final class XapiVerbs {

  private final Map<String, String> ids = new LinkedHashMap<>();
  private final Map<String, int[]> statements = new LinkedHashMap<>();

  void count(String verb, String verbId, boolean scored) {
    ids.putIfAbsent(verb, verbId);
    int[] c = statements.computeIfAbsent(verb, k -> new int[2]);
    c[0]++;
    if (scored) {
      c[1]++;
    }
  }

  /** The verbs seen, in their first order. */
  Set<String> verbs() {
    return statements.keySet();
  }

  /** The verbs some of whose statements have no score. */
  List<String> withUnscored() {
    return statements.entrySet().stream().filter(e -> e.getValue()[1] < e.getValue()[0]).map(Map.Entry::getKey)
        .toList();
  }

  /**
   * The table; {@code chosen} the verbs imported (lower case; null: all with a score), {@code meanOfVerb} a verb's
   * {mean, count} of usable scores, included or not.
   */
  List<VerbCount> table(List<PreviewRow> rows, Set<String> chosen, Function<String, double[]> meanOfVerb) {
    List<VerbCount> verbs = new ArrayList<>();
    double[] all = mean(rows, null, false);
    for (Map.Entry<String, int[]> e : statements.entrySet()) {
      String verb = e.getKey();
      boolean included = chosen == null || chosen.contains(verb.toLowerCase(Locale.ROOT));
      double[] own = meanOfVerb.apply(verb);
      double otherwise;
      if (included) {
        otherwise = mean(rows, verb, true)[0];
      } else {
        double[] with = meanOfVerb.apply(verb);
        otherwise = all[1] + with[1] == 0 ? Double.NaN : (all[0] * all[1] + with[0] * with[1]) / (all[1] + with[1]);
      }
      verbs.add(new VerbCount(verb, ids.get(verb), e.getValue()[0], (int) own[1], own[0], included, all[0],
          otherwise));
    }
    return verbs;
  }

  /** {mean, count} of the importable rows, without {@code verb} when {@code without}. */
  static double[] mean(List<PreviewRow> rows, String verb, boolean without) {
    double sum = 0;
    int n = 0;
    for (PreviewRow r : rows) {
      if (r.refusal() == null && r.value() != null && (!without || !verb.equals(r.verb()))) {
        sum += r.value();
        n++;
      }
    }
    return new double[] {n == 0 ? Double.NaN : sum / n, n};
  }
}
