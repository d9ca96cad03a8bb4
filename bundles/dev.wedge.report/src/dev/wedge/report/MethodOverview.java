package dev.wedge.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

import dev.wedge.evidence.PilotSchedule;
import dev.wedge.core.method.GovernanceGate;
import dev.wedge.core.text.Localized;
import dev.wedge.core.text.Plurals;
import dev.wedge.evidence.PilotEvidence;
import dev.wedge.evidence.Sentences;
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

    /** The step's name in {@code language}'s words ("One metric", "Eine Kennzahl"). */
    public String title(Locale language) {
      BriefText t = BriefText.of(language);
      return t.german() ? t.get("overview.step." + name() + ".title") : title;
    }

    /** What the step asks for in {@code language}'s words. */
    public String meaning(Locale language) {
      BriefText t = BriefText.of(language);
      return t.german() ? t.get("overview.step." + name() + ".meaning") : meaning;
    }
  }

  /**
   * One line: whether the step is in place, the sentence, and where to fix it ({@code part}: the model part whose
   * editor does, {@code target}: the object to select there, or null).
   */
  public record Line(Step step, boolean ok, String text, EObject target, String part) {
  }

  /**
   * The overview of {@code model} on {@code today} in the workbench's language ({@link Localized#workbench()}); dates
   * in the English sentences are written by {@code dates}.
   */
  public static MethodOverview of(StrategyModel model, LocalDate today, Function<LocalDate, String> dates) {
    return of(model, today, dates, Localized.workbench());
  }

  /**
   * The overview of {@code model} on {@code today} in {@code language}'s words (German or English): the English
   * writes its dates with {@code dates}, the German as German writes them ("7. Dez. 2026").
   */
  public static MethodOverview of(StrategyModel model, LocalDate today, Function<LocalDate, String> dates,
      Locale language) {
    BriefText t = BriefText.of(language);
    List<String> next = Briefs.nextSteps(model, BriefOptions.defaults().withNames(true, false).withToday(today)
        .withLanguage(t.locale()));
    Function<LocalDate, String> days = t.german()
        ? d -> d.format(DateTimeFormatter.ofPattern("d. MMM yyyy", Locale.GERMAN)) : dates;
    Pilot lead = lead(model);
    List<Line> lines = new ArrayList<>();
    lines.add(metric(model, t));
    lines.add(question(model, t));
    lines.add(pilot(model, lead, today, days, t));
    lines.add(wedge(lead, t));
    lines.add(review(model, lead, t));
    return new MethodOverview(next, lead, List.copyOf(lines));
  }

  /** {@code english} in English; in German the sentence {@code key} of brief_de.properties with {@code args}. */
  private static String say(BriefText t, String english, String key, Object... args) {
    return t.german() ? t.get(key, args) : english;
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

  /** A name in the language's quotation marks, "unnamed" ("unbenannt") for none. */
  private static String quoted(String name, BriefText t) {
    return t.german() ? t.quote(name == null || name.isBlank() ? t.get("overview.unnamed") : name) : quoted(name);
  }

  private static Line metric(StrategyModel model, BriefText t) {
    List<Initiative> all = model.getInitiatives();
    List<Initiative> unlinked = all.stream()
        .filter(i -> i.getLinks().stream().noneMatch(l -> l.getMetric() != null)).toList();
    if (all.isEmpty()) {
      return new Line(Step.METRIC, false, say(t, "No AI initiatives yet: put the first on the strategy map and tie it"
          + " to the business metric it should move.", "overview.metric.none"), null, "strategy");
    }
    if (unlinked.isEmpty()) {
      return new Line(Step.METRIC, true, say(t, (all.size() == 1 ? "The AI initiative is" : "All "
          + Plurals.count(all.size(), "AI initiative", "AI initiatives") + " are") + " tied to a business metric.",
          all.size() == 1 ? "overview.metric.tied.one" : "overview.metric.tied.all", t.count(all.size())),
          null, "strategy");
    }
    int linked = all.size() - unlinked.size();
    if (linked == 0) {
      String first = quoted(unlinked.get(0).getName(), t);
      return new Line(Step.METRIC, false, say(t, (all.size() == 1 ? quoted(unlinked.get(0).getName()) + " is not tied"
          : "None of the " + all.size() + " AI initiatives is tied") + " to a business metric yet"
          + (all.size() == 1 ? "." : "; start with " + quoted(unlinked.get(0).getName()) + "."),
          all.size() == 1 ? "overview.metric.untied.one" : "overview.metric.untied.all", first,
          t.count(all.size())), unlinked.get(0), "strategy");
    }
    String english = linked + " of " + Plurals.count(all.size(), "AI initiative", "AI initiatives")
        + (linked == 1 ? " is" : " are") + " tied to a business metric; " + unlinked.size()
        + (unlinked.size() == 1 ? " has" : " have") + " none: " + quoted(unlinked.get(0).getName())
        + (unlinked.size() > 1 ? " and " + Plurals.count(unlinked.size() - 1, "other", "others") : "") + ".";
    String others = unlinked.size() > 1 && t.german() ? t.get("overview.metric.others", t.count(unlinked.size() - 1))
        : "";
    return new Line(Step.METRIC, false, say(t, english, "overview.metric.some", t.count(linked), t.count(all.size()),
        t.count(unlinked.size()), quoted(unlinked.get(0).getName(), t), others, linked, unlinked.size()),
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

  private static Line question(StrategyModel model, BriefText t) {
    List<Stakeholder> skeptics = model.getStakeholders().stream().filter(MethodOverview::skeptical)
        .sorted(Comparator.comparingInt(Stakeholder::getInfluence).reversed()).toList();
    if (model.getStakeholders().isEmpty()) {
      return new Line(Step.QUESTION, false, say(t, "No stakeholders yet: list who the pilots need, the skeptics first,"
          + " and ask each what success looks like to them.", "overview.question.none"), null, "resistance");
    }
    if (skeptics.isEmpty()) {
      return new Line(Step.QUESTION, false, say(t, "No skeptic among the " + Plurals.count(model.getStakeholders()
          .size(), "stakeholder", "stakeholders") + ": who is most likely to doubt the pilot? Their answer makes the"
          + " strongest criterion.", "overview.question.noSkeptic", t.count(model.getStakeholders().size())), null, "resistance");
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
    if (t.german()) {
      text = t.get("overview.question.asked", t.count(asked.size()), t.count(skeptics.size()), asked.size(),
          skeptics.size()) + "; " + (asked.isEmpty() ? t.get("overview.question.askFirst") : used == 0 ? t.get("overview.question.usedNone")
              : used == 1 ? t.get("overview.question.usedOne") : t.get("overview.question.used", t.count((int) used)));
      if (notAsked != null) {
        text += t.get("overview.question.askNext", notAsked.getName() + (notAsked.getRole() == null ? ""
            : " (" + notAsked.getRole() + ")"));
      } else if (notUsed != null) {
        text += t.get("overview.question.makeCriterion", notUsed.getName());
      }
    }
    Stakeholder target = notAsked != null ? notAsked : notUsed;
    return new Line(Step.QUESTION, target == null, text, target, "resistance");
  }

  private static Line pilot(StrategyModel model, Pilot p, LocalDate today, Function<LocalDate, String> dates,
      BriefText t) {
    if (p == null) {
      return new Line(Step.PILOT, false, say(t, "No pilot yet: File \u203a New Pilot\u2026 (Ctrl+Alt+P) walks the six"
          + " questions, from the business problem to the dates.", "overview.pilot.none"), null, "pilots");
    }
    PilotStatus s = p.getStatus() == null ? PilotStatus.DRAFT : p.getStatus();
    LocalDate end = PilotSchedule.end(p);
    StringBuilder sb = new StringBuilder(quoted(p.getName(), t)).append(": ");
    int n = p.getCriteria().size();
    switch (s) {
      case DRAFT, AGREED -> {
        sb.append(s == PilotStatus.DRAFT ? say(t, "draft", "overview.pilot.draft")
            : say(t, "criteria agreed", "overview.pilot.agreed")).append(", ");
        sb.append(n == 0 ? say(t, "no success criterion yet", "overview.pilot.noCriterion")
            : say(t, Plurals.count(n, "success criterion", "success criteria"), n == 1 ? "overview.pilot.criterion"
                : "overview.pilot.criteria", t.count(n)));
        sb.append(p.getStartDate() == null ? say(t, "; no start date yet", "overview.pilot.noStart")
            : say(t, "; starts " + dates.apply(p.getStartDate()), "overview.pilot.starts",
                dates.apply(p.getStartDate())));
      }
      case RUNNING -> {
        long week = p.getStartDate() == null ? 0 : ChronoUnit.WEEKS.between(p.getStartDate(), today) + 1;
        int weeks = Math.max(1, p.getDurationWeeks());
        sb.append(say(t, "running", "overview.pilot.running"));
        if (week >= 1 && week <= weeks) {
          sb.append(say(t, ", week " + week + " of " + weeks, "overview.pilot.week", t.count((int) week),
              t.count(weeks)));
        }
        if (end != null) {
          sb.append(today.isAfter(end) ? say(t, "; ended " + dates.apply(end), "overview.pilot.ended", dates.apply(end))
              : say(t, "; ends " + dates.apply(end), "overview.pilot.ends", dates.apply(end)));
        }
      }
      case EVALUATING -> sb.append(say(t, "the weeks are over, the decision is due", "overview.pilot.due"))
          .append(end == null ? "" : say(t, " (ended " + dates.apply(end) + ")", "overview.pilot.dueEnded",
              dates.apply(end)));
      case DECIDED -> {
        String decision = p.getDecision() == null ? "" : t.word(p.getDecision(), p.getDecision().getName()
            .toLowerCase(Locale.ROOT));
        sb.append(say(t, "decided: ", "overview.pilot.decided")).append(decision)
            .append(p.getDecisionDate() == null ? "" : say(t, " on " + dates.apply(p.getDecisionDate()),
                "overview.pilot.decidedOn", dates.apply(p.getDecisionDate())));
      }
    }
    if (s.getValue() >= PilotStatus.RUNNING_VALUE) {
      PilotEvidence e = PilotEvidence.of(p, today, t.locale());
      boolean soFar = e.provisional() && s != PilotStatus.DECIDED;
      sb.append("; ").append(soFar ? say(t, "so far ", "overview.pilot.soFar") : "")
          .append(t.german() ? Sentences.of(t.locale()).criteriaReading(e) : e.criteriaReading());
    }
    sb.append('.');
    int others = model.getPilots().size() - 1;
    if (others > 0) {
      sb.append(say(t, " (" + Plurals.count(others, "other pilot", "other pilots") + " in the Pilots editor.)",
          others == 1 ? "overview.pilot.other" : "overview.pilot.others", t.count(others)));
    }
    boolean ok = !p.getCriteria().isEmpty() && p.getPrimaryMetric() != null;
    return new Line(Step.PILOT, ok, sb.toString(), p, "pilots");
  }

  private static Line wedge(Pilot p, BriefText t) {
    if (p == null) {
      return new Line(Step.WEDGE, false, say(t, "No sponsor and no business problem yet: a pilot starts with a problem"
          + " a business leader loses sleep over, and that leader as its sponsor.", "overview.wedge.none"), null,
          "pilots");
    }
    Stakeholder sponsor = p.getSponsor();
    boolean problem = p.getBusinessProblem() != null && !p.getBusinessProblem().isBlank();
    if (sponsor == null || !problem) {
      String missing = sponsor == null && !problem ? "neither" : sponsor == null ? "sponsor" : "problem";
      return new Line(Step.WEDGE, false, say(t, quoted(p.getName()) + " has " + (sponsor == null && !problem
          ? "no sponsor and no business problem" : sponsor == null ? "no sponsor" : "no business problem")
          + " yet: the wedge is a problem a business leader owns, with that leader as sponsor.",
          "overview.wedge.missing." + missing, quoted(p.getName(), t)), p, "pilots");
    }
    return new Line(Step.WEDGE, true, say(t, "Sponsor " + sponsor.getName() + (sponsor.getRole() == null ? ""
        : ", " + sponsor.getRole()) + ", on " + quoted(p.getBusinessProblem().trim()) + ".", "overview.wedge.sponsor",
        sponsor.getName() + (sponsor.getRole() == null ? "" : ", " + sponsor.getRole()),
        quoted(p.getBusinessProblem().trim(), t)), p, "pilots");
  }

  private static Line review(StrategyModel model, Pilot p, BriefText t) {
    if (p == null || p.getInitiative() == null) {
      long ai = model.getInitiatives().stream().filter(i -> i.isSetUsesAiContent() && i.isUsesAiContent()).count();
      String english = (p == null ? "No pilot to check yet" : quoted(p.getName()) + " tests no initiative yet") + "; "
          + Plurals.count(ai, "initiative puts", "initiatives put") + " AI content in front of learners.";
      String german = t.german() ? (p == null ? t.get("overview.review.noPilot") : t.get("overview.review.noInitiative",
          quoted(p.getName(), t))) + t.get(ai == 1 ? "overview.review.ai.one" : "overview.review.ai",
              t.count((int) ai)) : null;
      return new Line(Step.REVIEW, false, t.german() ? german : english, p == null ? null : p,
          p == null ? "governance" : "pilots");
    }
    List<GovernanceGate.Gap> gaps = GovernanceGate.gaps(p, t.locale());
    if (gaps.isEmpty()) {
      return new Line(Step.REVIEW, true, say(t, "The governance minimum is in place for " + quoted(p.getName())
          + ": review before learners, the learner data listed, legal consulted.", "overview.review.inPlace",
          quoted(p.getName(), t)), null, "governance");
    }
    return new Line(Step.REVIEW, false, say(t, "Before " + quoted(p.getName()) + " can scale: "
        + GovernanceGate.describe(gaps) + ".", "overview.review.gaps", quoted(p.getName(), t),
        GovernanceGate.describe(gaps)), gaps.get(0).target(), "governance");
  }
}
