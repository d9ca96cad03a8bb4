package dev.wedge.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

import dev.wedge.evidence.PilotSchedule;
import dev.wedge.core.method.GovernanceGate;
import dev.wedge.core.text.Plurals;
import dev.wedge.evidence.PilotEvidence;
import dev.wedge.model.Initiative;
import dev.wedge.model.Pilot;
import dev.wedge.model.PilotStatus;
import dev.wedge.model.Stakeholder;
import dev.wedge.model.Stance;
import dev.wedge.model.StrategyModel;

/**
 * A model in the method's own terms, for the first screen: the brief's next step, then one line for each of "one
 * metric, one question, one pilot, one wedge, one review step", each saying where the model stands and naming the
 * object (and the part of the model) where the user fixes what is missing. Headless: the workbench's overview shows
 * it, the tests read it without a display.
 */
public record MethodOverview(List<String> nextSteps, Pilot leadPilot, List<Line> lines) {

  /** The five parts of the method, in order. */
  public enum Step {
    METRIC("One metric", "every AI initiative tied to the business metric it should move"),
    QUESTION("One question", "\u201cWhat does success look like to you?\u201d, asked of the skeptics"),
    PILOT("One pilot", "six weeks, success agreed before the start, measured from day one"),
    WEDGE("One wedge", "a sponsor who owns a business problem"),
    REVIEW("One review step", "a person checks AI content before learners see it; learner data and legal in order");

    private final String title;
    private final String meaning;

    Step(String title, String meaning) {
      this.title = title;
      this.meaning = meaning;
    }

    public String title() {
      return title;
    }

    /** What the step asks for, in a phrase. */
    public String meaning() {
      return meaning;
    }
  }

  /**
   * One line: whether the step is in place, the sentence, and where to fix it ({@code part}: the model part whose
   * editor does, {@code target}: the object to select there, or null).
   */
  public record Line(Step step, boolean ok, String text, EObject target, String part) {
  }

  /** The overview of {@code model} on {@code today}; dates in the sentences are written by {@code dates}. */
  public static MethodOverview of(StrategyModel model, LocalDate today, Function<LocalDate, String> dates) {
    List<String> next = Briefs.nextSteps(model, BriefOptions.defaults().withNames(true, false).withToday(today));
    Pilot lead = lead(model);
    List<Line> lines = new ArrayList<>();
    lines.add(metric(model));
    lines.add(question(model));
    lines.add(pilot(model, lead, today, dates));
    lines.add(wedge(lead));
    lines.add(review(model, lead));
    return new MethodOverview(next, lead, List.copyOf(lines));
  }

  /** The pilot the overview is about: the one running, else the one nearest to starting, else the last decided. */
  static Pilot lead(StrategyModel model) {
    return model.getPilots().stream().min(Comparator.comparingInt(MethodOverview::rank)).orElse(null);
  }

  private static int rank(Pilot p) {
    PilotStatus s = p.getStatus() == null ? PilotStatus.DRAFT : p.getStatus();
    return switch (s) {
      case RUNNING -> 0;
      case EVALUATING -> 1;
      case AGREED -> 2;
      case DRAFT -> 3;
      case DECIDED -> 4;
    };
  }

  private static String quoted(String name) {
    return "\u201c" + (name == null || name.isBlank() ? "unnamed" : name) + "\u201d";
  }

  private static Line metric(StrategyModel model) {
    List<Initiative> all = model.getInitiatives();
    List<Initiative> unlinked = all.stream()
        .filter(i -> i.getLinks().stream().noneMatch(l -> l.getMetric() != null)).toList();
    if (all.isEmpty()) {
      return new Line(Step.METRIC, false, "No AI initiatives yet: put the first on the strategy map and tie it to the"
          + " business metric it should move.", null, "strategy");
    }
    if (unlinked.isEmpty()) {
      return new Line(Step.METRIC, true, (all.size() == 1 ? "The AI initiative is" : "All "
          + Plurals.count(all.size(), "AI initiative", "AI initiatives") + " are") + " tied to a business metric.",
          null, "strategy");
    }
    int linked = all.size() - unlinked.size();
    if (linked == 0) {
      return new Line(Step.METRIC, false, (all.size() == 1 ? quoted(unlinked.get(0).getName()) + " is not tied"
          : "None of the " + all.size() + " AI initiatives is tied") + " to a business metric yet"
          + (all.size() == 1 ? "." : "; start with " + quoted(unlinked.get(0).getName()) + "."), unlinked.get(0),
          "strategy");
    }
    return new Line(Step.METRIC, false, linked + " of " + Plurals.count(all.size(), "AI initiative", "AI initiatives")
        + (linked == 1 ? " is" : " are") + " tied to a business metric; " + unlinked.size()
        + (unlinked.size() == 1 ? " has" : " have") + " none: " + quoted(unlinked.get(0).getName())
        + (unlinked.size() > 1 ? " and " + Plurals.count(unlinked.size() - 1, "other", "others") : "") + ".",
        unlinked.get(0), "strategy");
  }

  private static boolean skeptical(Stakeholder s) {
    return s.getStance() == Stance.SKEPTIC || s.getStance() == Stance.OPPONENT;
  }

  private static boolean answered(Stakeholder s) {
    return s.getSuccessAnswer() != null && !s.getSuccessAnswer().isBlank();
  }

  private static boolean inACriterion(StrategyModel model, Stakeholder s) {
    return model.getPilots().stream().flatMap(p -> p.getCriteria().stream()).anyMatch(c -> c.getSource() == s);
  }

  private static Line question(StrategyModel model) {
    List<Stakeholder> skeptics = model.getStakeholders().stream().filter(MethodOverview::skeptical)
        .sorted(Comparator.comparingInt(Stakeholder::getInfluence).reversed()).toList();
    if (model.getStakeholders().isEmpty()) {
      return new Line(Step.QUESTION, false, "No stakeholders yet: list who the pilots need, the skeptics first, and"
          + " ask each what success looks like to them.", null, "resistance");
    }
    if (skeptics.isEmpty()) {
      return new Line(Step.QUESTION, false, "No skeptic among the " + Plurals.count(model.getStakeholders().size(),
          "stakeholder", "stakeholders") + ": who is most likely to doubt the pilot? Their answer makes the"
          + " strongest criterion.", null, "resistance");
    }
    List<Stakeholder> asked = skeptics.stream().filter(MethodOverview::answered).toList();
    long used = asked.stream().filter(s -> inACriterion(model, s)).count();
    Stakeholder notAsked = skeptics.stream().filter(s -> !answered(s)).findFirst().orElse(null);
    Stakeholder notUsed = asked.stream().filter(s -> !inACriterion(model, s)).findFirst().orElse(null);
    String text = asked.size() + " of " + Plurals.count(skeptics.size(), "skeptic", "skeptics") + " said what success"
        + " looks like to them; " + (asked.isEmpty() ? "ask the most influential first."
            : used == 0 ? "none of the answers is a success criterion yet."
            : used == 1 ? "1 of the answers is a success criterion."
            : used + " of the answers are success criteria.");
    if (notAsked != null) {
      text += " Ask " + notAsked.getName() + (notAsked.getRole() == null ? "" : " (" + notAsked.getRole() + ")")
          + " next.";
    } else if (notUsed != null) {
      text += " Make " + notUsed.getName() + "\u2019s answer a criterion.";
    }
    Stakeholder target = notAsked != null ? notAsked : notUsed;
    return new Line(Step.QUESTION, target == null, text, target, "resistance");
  }

  private static Line pilot(StrategyModel model, Pilot p, LocalDate today, Function<LocalDate, String> dates) {
    if (p == null) {
      return new Line(Step.PILOT, false, "No pilot yet: File \u203a New Pilot\u2026 (Ctrl+Alt+P) walks the six"
          + " questions, from the business problem to the dates.", null, "pilots");
    }
    PilotStatus s = p.getStatus() == null ? PilotStatus.DRAFT : p.getStatus();
    LocalDate end = PilotSchedule.end(p);
    StringBuilder sb = new StringBuilder(quoted(p.getName())).append(": ");
    switch (s) {
      case DRAFT, AGREED -> {
        sb.append(s == PilotStatus.DRAFT ? "draft" : "criteria agreed").append(", ");
        sb.append(p.getCriteria().isEmpty() ? "no success criterion yet"
            : Plurals.count(p.getCriteria().size(), "success criterion", "success criteria"));
        sb.append(p.getStartDate() == null ? "; no start date yet" : "; starts " + dates.apply(p.getStartDate()));
      }
      case RUNNING -> {
        long week = p.getStartDate() == null ? 0 : ChronoUnit.WEEKS.between(p.getStartDate(), today) + 1;
        int weeks = Math.max(1, p.getDurationWeeks());
        sb.append("running");
        if (week >= 1 && week <= weeks) {
          sb.append(", week ").append(week).append(" of ").append(weeks);
        }
        if (end != null) {
          sb.append(today.isAfter(end) ? "; ended " : "; ends ").append(dates.apply(end));
        }
      }
      case EVALUATING -> sb.append("the weeks are over, the decision is due").append(end == null ? ""
          : " (ended " + dates.apply(end) + ")");
      case DECIDED -> sb.append("decided: ").append(p.getDecision() == null ? "" : p.getDecision().getName()
          .toLowerCase(Locale.ROOT)).append(p.getDecisionDate() == null ? "" : " on " + dates.apply(p.getDecisionDate()));
    }
    if (s.getValue() >= PilotStatus.RUNNING_VALUE) {
      PilotEvidence e = PilotEvidence.of(p, today);
      sb.append("; ").append(e.provisional() && s != PilotStatus.DECIDED ? "so far " : "").append(e.criteriaReading());
    }
    sb.append('.');
    int others = model.getPilots().size() - 1;
    if (others > 0) {
      sb.append(" (").append(Plurals.count(others, "other pilot", "other pilots")).append(" in the Pilots editor.)");
    }
    boolean ok = !p.getCriteria().isEmpty() && p.getPrimaryMetric() != null;
    return new Line(Step.PILOT, ok, sb.toString(), p, "pilots");
  }

  private static Line wedge(Pilot p) {
    if (p == null) {
      return new Line(Step.WEDGE, false, "No sponsor and no business problem yet: a pilot starts with a problem a"
          + " business leader loses sleep over, and that leader as its sponsor.", null, "pilots");
    }
    Stakeholder sponsor = p.getSponsor();
    boolean problem = p.getBusinessProblem() != null && !p.getBusinessProblem().isBlank();
    if (sponsor == null || !problem) {
      return new Line(Step.WEDGE, false, quoted(p.getName()) + " has " + (sponsor == null && !problem
          ? "no sponsor and no business problem" : sponsor == null ? "no sponsor" : "no business problem")
          + " yet: the wedge is a problem a business leader owns, with that leader as sponsor.", p, "pilots");
    }
    return new Line(Step.WEDGE, true, "Sponsor " + sponsor.getName() + (sponsor.getRole() == null ? ""
        : ", " + sponsor.getRole()) + ", on " + quoted(p.getBusinessProblem().trim()) + ".", p, "pilots");
  }

  private static Line review(StrategyModel model, Pilot p) {
    if (p == null || p.getInitiative() == null) {
      long ai = model.getInitiatives().stream().filter(i -> i.isSetUsesAiContent() && i.isUsesAiContent()).count();
      return new Line(Step.REVIEW, false, (p == null ? "No pilot to check yet" : quoted(p.getName())
          + " tests no initiative yet") + "; " + Plurals.count(ai, "initiative puts", "initiatives put")
          + " AI content in front of learners.", p == null ? null : p, p == null ? "governance" : "pilots");
    }
    List<GovernanceGate.Gap> gaps = GovernanceGate.gaps(p);
    if (gaps.isEmpty()) {
      return new Line(Step.REVIEW, true, "The governance minimum is in place for " + quoted(p.getName())
          + ": review before learners, the learner data listed, legal consulted.", null, "governance");
    }
    return new Line(Step.REVIEW, false, "Before " + quoted(p.getName()) + " can scale: " + GovernanceGate.describe(gaps)
        + ".", gaps.get(0).target(), "governance");
  }
}
