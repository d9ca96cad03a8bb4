package dev.wedge.core.method;

import dev.wedge.model.Stakeholder;

/**
 * ADKAR (Awareness, Desire, Knowledge, Ability, Reinforcement): each scored 1 to 5, 0 when not assessed; a score of
 * 3 or less is a barrier, and the first barrier in that order is the one to fix first.
 */
public final class Adkar {

  public static final String[] ELEMENTS = {"Awareness", "Desire", "Knowledge", "Ability", "Reinforcement"};
  public static final int BARRIER_MAX = 3;

  /** The first barrier: the element, its index (0-4) and its score. */
  public record Barrier(String element, int index, int score) {
  }

  private Adkar() {
  }

  public static int[] scores(Stakeholder s) {
    return new int[] {s.getAwareness(), s.getDesire(), s.getKnowledge(), s.getAbility(), s.getReinforcement()};
  }

  /** Whether any element is assessed. */
  public static boolean assessed(Stakeholder s) {
    for (int v : scores(s)) {
      if (v > 0) {
        return true;
      }
    }
    return false;
  }

  /** The first element scored 1 to 3, or null when there is none (or nothing is assessed). */
  public static Barrier firstBarrier(Stakeholder s) {
    int[] v = scores(s);
    for (int i = 0; i < v.length; i++) {
      if (v[i] >= 1 && v[i] <= BARRIER_MAX) {
        return new Barrier(ELEMENTS[i], i, v[i]);
      }
    }
    return null;
  }
}
