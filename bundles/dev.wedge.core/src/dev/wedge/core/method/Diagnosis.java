package dev.wedge.core.method;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.wedge.model.ActionStatus;
import dev.wedge.model.Concern;
import dev.wedge.model.Level;
import dev.wedge.model.ResponseAction;
import dev.wedge.model.ResponseKind;
import dev.wedge.model.RootCause;
import dev.wedge.model.Stakeholder;
import dev.wedge.model.StakeholderGroup;
import dev.wedge.model.Stance;

/**
 * Where resistance comes from across the organization: the concerns by root cause (weighted by severity: low 1,
 * medium 2, high 3), who holds them, what the response catalogue recommends for each, and whether the actions taken
 * answer the cause (an action of a kind the catalogue recommends), miss it (only other kinds, typically "more
 * communication" for a credibility problem) or are missing. Skeptics and opponents with no recorded concern are
 * listed apart: their resistance is not diagnosed yet.
 */
public record Diagnosis(List<CauseShare> causes, List<Stakeholder> undiagnosed, int concerns, double totalWeight,
    String catalogue) {

  /**
   * One root cause.
   *
   * @param weight    sum of severity weights of its concerns
   * @param share     weight / total weight (0 when there are no concerns)
   * @param answered  concerns with a live action of a recommended kind (or OTHER, which is not judged)
   * @param mismatched concerns whose live actions are all of kinds not recommended for the cause
   * @param unanswered concerns with no live action
   */
  public record CauseShare(RootCause cause, int concerns, int high, double weight, double share,
      List<Stakeholder> stakeholders, Set<StakeholderGroup> groups, List<ResponseCatalogue.Response> responses,
      int answered, int mismatched, int unanswered) {
  }

  public static int weight(Level severity) {
    return severity == null ? 1 : switch (severity) {
      case LOW -> 1;
      case MEDIUM -> 2;
      case HIGH -> 3;
    };
  }

  public static Diagnosis of(Collection<Stakeholder> stakeholders, ResponseCatalogue catalogue) {
    Map<RootCause, List<Concern>> byCause = new EnumMap<>(RootCause.class);
    List<Stakeholder> undiagnosed = new ArrayList<>();
    int total = 0;
    for (Stakeholder s : stakeholders) {
      boolean any = false;
      for (Concern c : s.getConcerns()) {
        if (c.getRootCause() != null) {
          byCause.computeIfAbsent(c.getRootCause(), k -> new ArrayList<>()).add(c);
          any = true;
          total++;
        }
      }
      if (!any && (s.getStance() == Stance.SKEPTIC || s.getStance() == Stance.OPPONENT)) {
        undiagnosed.add(s);
      }
    }
    double totalWeight = 0;
    for (List<Concern> l : byCause.values()) {
      for (Concern c : l) {
        totalWeight += weight(c.getSeverity());
      }
    }
    List<CauseShare> shares = new ArrayList<>();
    for (RootCause cause : RootCause.values()) {
      List<Concern> list = byCause.getOrDefault(cause, List.of());
      double w = 0;
      int high = 0;
      Set<Stakeholder> who = new LinkedHashSet<>();
      Set<StakeholderGroup> groups = EnumSet.noneOf(StakeholderGroup.class);
      int answered = 0;
      int mismatched = 0;
      int unanswered = 0;
      for (Concern c : list) {
        w += weight(c.getSeverity());
        if (c.getSeverity() == Level.HIGH) {
          high++;
        }
        Stakeholder s = (Stakeholder) c.eContainer();
        if (s != null) {
          who.add(s);
          if (s.getGroup() != null) {
            groups.add(s.getGroup());
          }
        }
        switch (answer(c, catalogue)) {
          case ANSWERED -> answered++;
          case MISMATCHED -> mismatched++;
          default -> unanswered++;
        }
      }
      shares.add(new CauseShare(cause, list.size(), high, w, totalWeight == 0 ? 0 : w / totalWeight,
          List.copyOf(who), groups, catalogue.recommended(cause), answered, mismatched, unanswered));
    }
    return new Diagnosis(List.copyOf(shares), List.copyOf(undiagnosed), total, totalWeight, catalogue.name());
  }

  /** How a concern is being answered. */
  public enum Answer {
    ANSWERED, MISMATCHED, UNANSWERED
  }

  /** The live actions (not dropped) on {@code concern}: one of a recommended kind answers it. */
  public static Answer answer(Concern concern, ResponseCatalogue catalogue) {
    Stakeholder s = concern.eContainer() instanceof Stakeholder x ? x : null;
    if (s == null) {
      return Answer.UNANSWERED;
    }
    boolean any = false;
    for (ResponseAction a : s.getActions()) {
      if (a.getConcern() != concern || a.getStatus() == ActionStatus.DROPPED) {
        continue;
      }
      any = true;
      if (a.getKind() == null || a.getKind() == ResponseKind.OTHER
          || catalogue.matches(concern.getRootCause(), a.getKind())) {
        return Answer.ANSWERED;
      }
    }
    return any ? Answer.MISMATCHED : Answer.UNANSWERED;
  }

  /** The cause with the most weight, or null without concerns. */
  public CauseShare dominant() {
    CauseShare best = null;
    for (CauseShare c : causes) {
      if (c.weight() > 0 && (best == null || c.weight() > best.weight())) {
        best = c;
      }
    }
    return best;
  }

  public CauseShare of(RootCause cause) {
    return causes.stream().filter(c -> c.cause() == cause).findFirst().orElseThrow();
  }
}
