package dev.wedge.core.cli;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean ...?" for a mistyped command or option: the closest known word by optimal string alignment distance
 * (Damerau-Levenshtein with adjacent swaps: {@code analyse} is one edit from {@code analyze}, {@code fromat} one from
 * {@code format}), if it is close enough to be the word meant, or the only known word starting with what was typed.
 */
public final class Suggestions {

  private Suggestions() {
  }

  /** The known word {@code typed} most likely stands for, if one is close enough (ties: none is offered). */
  public static Optional<String> closest(String typed, Collection<String> known) {
    if (known.contains(typed)) {
      return Optional.empty();
    }
    String t = typed.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean tie = false;
    for (String k : known) {
      int d = distance(t, k.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
        tie = false;
      } else if (d == bestDistance) {
        tie = true;
      }
    }
    // one edit in a short word, two in a longer one: further than that it is another word, not a typo
    int allowed = t.length() <= 4 ? 1 : 2;
    if (best != null && bestDistance <= allowed && !tie) {
      return Optional.of(best);
    }
    if (t.length() >= 2) {
      var starting = known.stream().filter(k -> k.toLowerCase(Locale.ROOT).startsWith(t)).toList();
      if (starting.size() == 1) {
        return Optional.of(starting.get(0));
      }
    }
    return Optional.empty();
  }

  /** The words' optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
