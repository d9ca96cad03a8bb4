package dev.wedge.core.method;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;

import dev.wedge.core.text.Localized;
import dev.wedge.model.Consultation;
import dev.wedge.model.ConsultationOutcome;
import dev.wedge.model.Governance;
import dev.wedge.model.Initiative;
import dev.wedge.model.LearnerDataItem;
import dev.wedge.model.Pilot;
import dev.wedge.model.ReviewStep;
import dev.wedge.model.StrategyModel;

/**
 * The minimum three before anything scales: a human review step for the initiative's AI content, the learner data
 * it uses listed with purpose and access, and legal/compliance consulted (who, when, and a go).
 */
public final class GovernanceGate {

  /** Which of the three is missing. */
  public enum Kind {
    INITIATIVE,
    /** Whether the initiative puts AI content in front of learners is not recorded, so the review step is unknown. */
    AI_CONTENT,
    REVIEW_STEP, LEARNER_DATA, LEGAL
  }

  /** What is missing, in a sentence, and the object to go to in order to fix it. */
  public record Gap(Kind kind, String message, EObject target) {
  }

  private GovernanceGate() {
  }

  /** What stands between {@code pilot} and a decision to scale (empty: the gate is open), in the workbench's language. */
  public static List<Gap> gaps(Pilot pilot) {
    return gaps(pilot, Localized.workbench());
  }

  /** What stands between {@code pilot} and a decision to scale, the messages in {@code locale}'s language. */
  public static List<Gap> gaps(Pilot pilot, Locale locale) {
    Localized t = Localized.of(GovernanceGate.class, locale);
    List<Gap> gaps = new ArrayList<>();
    Initiative i = pilot.getInitiative();
    StrategyModel model = pilot.eContainer() instanceof StrategyModel m ? m : null;
    Governance g = model == null ? null : model.getGovernance();
    if (i == null) {
      gaps.add(new Gap(Kind.INITIATIVE, t.get("gate.noInitiative"), pilot));
      return gaps;
    }
    String name = t.get("gate.name", i.getName());
    if (!i.isSetUsesAiContent()) {
      gaps.add(new Gap(Kind.AI_CONTENT, t.get("gate.aiContent", name), i));
    } else if (i.isUsesAiContent()) {
      boolean reviewed = g != null && g.getReviewSteps().stream()
          .anyMatch(r -> r.getWorkflow() == i && r.isBeforeLearners());
      if (!reviewed) {
        gaps.add(new Gap(Kind.REVIEW_STEP, t.get("gate.reviewStep", name), i));
      }
    }
    List<LearnerDataItem> data = g == null ? List.of()
        : g.getLearnerData().stream().filter(d -> d.getUsedBy().contains(i)).toList();
    if (data.isEmpty()) {
      gaps.add(new Gap(Kind.LEARNER_DATA, t.get("gate.dataNotListed", name), g != null ? g : i));
    }
    for (LearnerDataItem d : data) {
      if (blank(d.getPurpose()) || blank(d.getAccess())) {
        gaps.add(new Gap(Kind.LEARNER_DATA, t.get(blank(d.getPurpose()) ? "gate.dataNoPurpose"
            : "gate.dataNoAccess", d.getName()), d));
      }
    }
    List<Consultation> consulted = g == null ? List.of()
        : g.getConsultations().stream().filter(c -> c.getInitiatives().contains(i)).toList();
    boolean go = consulted.stream().anyMatch(c -> !blank(c.getWho()) && c.getDate() != null
        && (c.getOutcome() == ConsultationOutcome.APPROVED || c.getOutcome() == ConsultationOutcome.APPROVED_WITH_CONDITIONS));
    if (!go) {
      String state = consulted.isEmpty() ? "gate.legalNotConsulted" : consulted.stream()
          .anyMatch(c -> c.getOutcome() == ConsultationOutcome.REJECTED) ? "gate.legalNo" : "gate.legalPending";
      EObject target = consulted.isEmpty() ? (g != null ? g : i) : consulted.get(0);
      gaps.add(new Gap(Kind.LEGAL, t.get(state, name), target));
    }
    return gaps;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** For messages: "no human review step ...; the learner data ... is not listed". */
  public static String describe(List<Gap> gaps) {
    return String.join("; ", gaps.stream().map(Gap::message).toList());
  }

  /** Whether {@code o} is one of the review steps (used by gap links). */
  static boolean isReview(EObject o) {
    return o instanceof ReviewStep;
  }
}
