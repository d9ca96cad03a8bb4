package dev.wedge.core.method;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import dev.wedge.core.session.Changes;
import dev.wedge.core.session.EditGuard;
import dev.wedge.core.text.Localized;
import dev.wedge.model.Decision;
import dev.wedge.model.Pilot;
import dev.wedge.model.PilotStatus;
import dev.wedge.model.Rebaseline;
import dev.wedge.model.SuccessCriterion;
import dev.wedge.model.WedgeFactory;
import dev.wedge.model.WedgePackage;

/**
 * Pilots are run like a pre-registration: the success criteria are agreed before the start and frozen when the pilot
 * runs (a change is then a recorded re-baseline with its reason), and "scale" waits for the governance gate.
 * The rules are {@link EditGuard}s, so no editor, view or plug-in can get around them.
 */
public final class PilotRules {

  private PilotRules() {
  }

  public static boolean frozen(Pilot p) {
    return p.getStatus() != null && p.getStatus().getValue() >= PilotStatus.RUNNING_VALUE;
  }

  /** The pilot a criterion (or anything inside one) belongs to. */
  static Pilot pilotOf(EObject o) {
    for (EObject x = o; x != null; x = x.eContainer()) {
      if (x instanceof Pilot p) {
        return p;
      }
    }
    return null;
  }

  /** The rules' sentences in the workbench's language. */
  private static Localized text() {
    return Localized.of(PilotRules.class, Localized.workbench());
  }

  /** A status as the rules name it: "draft", "Entwurf". */
  private static String status(PilotStatus s) {
    return text().get("status." + s.name());
  }

  /** A decision as the rules name it: "scale", "Skalieren". */
  private static String decision(Decision d) {
    return text().get("decision." + d.name());
  }

  static String frozenMessage(Pilot p) {
    return p.getFrozenOn() == null ? text().get("pilot.frozen", p.getName())
        : text().get("pilot.frozenOn", p.getName(), p.getFrozenOn());
  }

  /** Frozen criteria are not edited, added or removed; a running pilot does not go back to draft. */
  public static final EditGuard FROZEN_CRITERIA = (session, command) -> {
    for (Changes.Change c : Changes.of(command)) {
      EObject owner = c.owner();
      if (owner instanceof SuccessCriterion || c.deletes() && c.value() instanceof Collection<?> col
          && col.stream().anyMatch(x -> x instanceof SuccessCriterion)) {
        Pilot p = pilotOf(owner);
        if (p != null && frozen(p)) {
          return frozenMessage(p);
        }
      }
      if (owner instanceof Pilot p && frozen(p)) {
        if (c.feature() == WedgePackage.Literals.PILOT__CRITERIA) {
          return frozenMessage(p);
        }
        if (c.feature() == WedgePackage.Literals.PILOT__STATUS && c.value() instanceof PilotStatus s
            && s.getValue() < PilotStatus.RUNNING_VALUE) {
          return text().get("pilot.noGoingBack", p.getName(), status(s));
        }
      }
    }
    return null;
  };

  /** "Scale" only through the governance gate. */
  public static final EditGuard SCALE_GATE = (session, command) -> {
    for (Changes.Change c : Changes.of(command)) {
      if (c.owner() instanceof Pilot p && c.feature() == WedgePackage.Literals.PILOT__DECISION
          && c.value() == Decision.SCALE) {
        List<GovernanceGate.Gap> gaps = GovernanceGate.gaps(p);
        if (!gaps.isEmpty()) {
          return text().get("pilot.scaleGate", p.getName(), GovernanceGate.describe(gaps));
        }
      }
    }
    return null;
  };

  /**
   * A pilot does not start before its start date: starting early goes through {@link #startEarly}, which moves the
   * date and records why. The start date and length of a running pilot are part of its frozen plan (they decide which
   * measurements count as before and after): they change only through a recorded re-baseline.
   */
  public static final EditGuard START_DATE = (session, command) -> {
    List<Changes.Change> changes = Changes.of(command);
    LocalDate today = session.today();
    for (Changes.Change c : changes) {
      if (!(c.owner() instanceof Pilot p) || c.deletes()) {
        continue;
      }
      if (c.feature() == WedgePackage.Literals.PILOT__STATUS && c.value() instanceof PilotStatus s
          && s == PilotStatus.RUNNING && !frozen(p)) {
        Object start = InputRules.after(changes, p, WedgePackage.Literals.PILOT__START_DATE);
        if (start instanceof LocalDate d && d.isAfter(today)) {
          long days = java.time.temporal.ChronoUnit.DAYS.between(today, d);
          return text().get(days == 1 ? "pilot.plannedStartDay" : "pilot.plannedStart", p.getName(), d, days);
        }
      }
      if (frozen(p) && (c.feature() == WedgePackage.Literals.PILOT__START_DATE
          || c.feature() == WedgePackage.Literals.PILOT__DURATION_WEEKS)) {
        return text().get("pilot.planFrozen", p.getName());
      }
    }
    return null;
  };

  /** A decision before the pilot's planned end needs the reason it stops early. */
  public static final EditGuard EARLY_DECISION = (session, command) -> {
    List<Changes.Change> changes = Changes.of(command);
    for (Changes.Change c : changes) {
      if (c.owner() instanceof Pilot p && c.feature() == WedgePackage.Literals.PILOT__DECISION
          && c.value() instanceof Decision d && d != Decision.UNDECIDED) {
        Object start = InputRules.after(changes, p, WedgePackage.Literals.PILOT__START_DATE);
        Object weeks = InputRules.after(changes, p, WedgePackage.Literals.PILOT__DURATION_WEEKS);
        if (!(start instanceof LocalDate s) || !(weeks instanceof Integer w)) {
          continue;
        }
        LocalDate end = s.plusWeeks(Math.max(1, w));
        Object reason = InputRules.after(changes, p, WedgePackage.Literals.PILOT__EARLY_STOP_REASON);
        if (session.today().isBefore(end) && (!(reason instanceof String r) || r.isBlank())) {
          return "Pilot '" + p.getName() + "' runs until " + end + ": a decision before its end ('"
              + d.getName().toLowerCase() + "') needs the reason it stops early; give it with the decision.";
        }
      }
    }
    return null;
  };

  public static final List<EditGuard> GUARDS = List.of(FROZEN_CRITERIA, SCALE_GATE, START_DATE, EARLY_DECISION,
      InputRules.INPUTS);

  /**
   * Starts a pilot before its planned start date: the start date moves to {@code today} and the move is recorded
   * (a re-baseline of the plan, with its reason).
   *
   * @throws IllegalArgumentException when the reason is blank
   */
  public static Command startEarly(EditingDomain domain, Pilot p, LocalDate today, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("starting before the start date needs its reason");
    }
    CompoundCommand c = new CompoundCommand(text().get("pilot.startEarly", p.getName()));
    if (p.getStartDate() != null && !p.getStartDate().equals(today)) {
      Rebaseline r = WedgeFactory.eINSTANCE.createRebaseline();
      r.setDate(today);
      r.setReason(reason.trim());
      r.setChange("startDate: " + p.getStartDate() + " \u2192 " + today);
      c.append(AddCommand.create(domain, p, WedgePackage.Literals.PILOT__REBASELINES, r));
    }
    c.append(SetCommand.create(domain, p, WedgePackage.Literals.PILOT__START_DATE, today));
    c.append(SetCommand.create(domain, p, WedgePackage.Literals.PILOT__FROZEN_ON, today));
    c.append(SetCommand.create(domain, p, WedgePackage.Literals.PILOT__STATUS, PilotStatus.RUNNING));
    return c;
  }

  /**
   * A stage-gate decision taken although the criteria do not support it (scale on criteria that are not met under
   * their rule): the decision, and a record of what the evidence read, why, and who decided. Also needs an early-stop
   * reason when the pilot is not over.
   *
   * @throws IllegalArgumentException when the reason or the person is missing
   */
  public static Command override(EditingDomain domain, Pilot p, Decision decision, String evidence, String reason,
      dev.wedge.model.Stakeholder by, String rationale, String earlyStopReason, LocalDate today) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("an override needs its reason");
    }
    if (by == null) {
      throw new IllegalArgumentException("an override needs the person who decides");
    }
    dev.wedge.model.DecisionOverride o = WedgeFactory.eINSTANCE.createDecisionOverride();
    o.setDate(today);
    o.setDecision(decision);
    o.setEvidence(evidence);
    o.setReason(reason.trim());
    o.setBy(by);
    CompoundCommand c = new CompoundCommand(text().get("pilot.override", decision(decision)));
    c.append(AddCommand.create(domain, p, WedgePackage.Literals.PILOT__OVERRIDES, o));
    c.append(decide(domain, p, decision, rationale == null || rationale.isBlank() ? reason.trim() : rationale,
        earlyStopReason, today));
    return c;
  }

  /** The override recorded in {@code command} for a decision {@code decision} of {@code p}, or null. */
  public static dev.wedge.model.DecisionOverride overrideIn(Command command, Pilot p, Decision decision) {
    for (Changes.Change c : Changes.of(command)) {
      if (c.owner() == p && c.feature() == WedgePackage.Literals.PILOT__OVERRIDES && c.value() instanceof Collection<?> col) {
        for (Object x : col) {
          if (x instanceof dev.wedge.model.DecisionOverride o && o.getDecision() == decision && o.getReason() != null
              && !o.getReason().isBlank() && o.getBy() != null) {
            return o;
          }
        }
      }
    }
    return null;
  }

  /** The latest override of {@code p}'s current decision, or null. */
  public static dev.wedge.model.DecisionOverride currentOverride(Pilot p) {
    dev.wedge.model.DecisionOverride last = null;
    for (dev.wedge.model.DecisionOverride o : p.getOverrides()) {
      if (o.getDecision() == p.getDecision()) {
        last = o;
      }
    }
    return last;
  }

  /**
   * Why {@code p} cannot start, or null when it can: a pilot starts with its primary metric and at least one agreed
   * success criterion. The one rule for the workbench's Start pilot and {@code wedge start-pilot}.
   */
  public static String cannotStart(Pilot p) {
    return p.getCriteria().isEmpty() || p.getPrimaryMetric() == null ? text().get("pilot.cannotStart") : null;
  }

  /** Starts a pilot: it runs from {@code today} and its criteria are frozen (see {@link #cannotStart} first). */
  public static Command start(EditingDomain domain, Pilot p, LocalDate today) {
    CompoundCommand c = new CompoundCommand(text().get("pilot.start", p.getName()));
    if (p.getStartDate() == null) {
      c.append(SetCommand.create(domain, p, WedgePackage.Literals.PILOT__START_DATE, today));
    }
    c.append(SetCommand.create(domain, p, WedgePackage.Literals.PILOT__FROZEN_ON, today));
    c.append(SetCommand.create(domain, p, WedgePackage.Literals.PILOT__STATUS, PilotStatus.RUNNING));
    return c;
  }

  /** A deliberate, recorded change of a frozen criterion: the change, its date and its reason. */
  static final class RebaselineCommand extends CompoundCommand implements EditGuard.Deliberate {
    RebaselineCommand(String label) {
      super(label);
    }
  }

  /**
   * Changes {@code feature} of a frozen criterion to {@code value}, and records when, what and why.
   *
   * @throws IllegalArgumentException when the reason is blank
   */
  public static Command rebaseline(EditingDomain domain, SuccessCriterion criterion, EStructuralFeature feature,
      Object value, String reason, LocalDate today) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a re-baseline needs its reason");
    }
    Pilot p = pilotOf(criterion);
    Object old = criterion.eGet(feature);
    Rebaseline r = WedgeFactory.eINSTANCE.createRebaseline();
    r.setDate(today);
    r.setReason(reason.trim());
    r.setCriterion(criterion);
    r.setChange(feature.getName() + ": " + text(old) + " \u2192 " + text(value));
    RebaselineCommand c = new RebaselineCommand("Re-baseline '" + feature.getName() + "'");
    c.append(SetCommand.create(domain, criterion, feature, value));
    c.append(SetCommand.create(domain, criterion, WedgePackage.Literals.SUCCESS_CRITERION__LAST_EDITED_ON, today));
    c.append(AddCommand.create(domain, p, WedgePackage.Literals.PILOT__REBASELINES, r));
    return c;
  }

  /**
   * A stakeholder's answer to "what does success look like to you?" recorded and turned into a candidate success
   * criterion of {@code pilot} that they agreed (and the sponsor, if any), on the pilot's primary metric: one command.
   * Refused (by {@link #FROZEN_CRITERIA}) when the pilot is under way.
   */
  public static Command criterionFromAnswer(EditingDomain domain, Pilot pilot, dev.wedge.model.Stakeholder who,
      String answer, LocalDate today) {
    if (answer == null || answer.isBlank()) {
      throw new IllegalArgumentException("an answer is needed to make a criterion");
    }
    SuccessCriterion c = WedgeFactory.eINSTANCE.createSuccessCriterion();
    c.setDescription(answer.trim());
    c.setSource(who);
    c.getAgreedBy().add(who);
    if (pilot.getSponsor() != null && pilot.getSponsor() != who) {
      c.getAgreedBy().add(pilot.getSponsor());
    }
    c.setMetric(pilot.getPrimaryMetric());
    boolean compare = pilot.getDesign() != null && pilot.getDesign() != dev.wedge.model.PilotDesign.PRE_POST;
    c.setComparator(compare ? dev.wedge.model.Comparator.BEATS_COMPARISON_BY : dev.wedge.model.Comparator.IMPROVES_BY);
    c.setThreshold(pilot.getTargetEffect() == null ? 0 : Math.abs(pilot.getTargetEffect()));
    c.setAgreedOn(today);
    c.setLastEditedOn(today);
    CompoundCommand cc = new CompoundCommand(text().get("pilot.criterionFromAnswer", who.getName()));
    if (!answer.trim().equals(who.getSuccessAnswer())) {
      cc.append(SetCommand.create(domain, who, WedgePackage.Literals.STAKEHOLDER__SUCCESS_ANSWER, answer.trim()));
    }
    cc.append(AddCommand.create(domain, pilot, WedgePackage.Literals.PILOT__CRITERIA, c));
    return cc;
  }

  private static String text(Object v) {
    if (v instanceof dev.wedge.model.Named n) {
      return n.getName();
    }
    if (v instanceof Double d && d == Math.rint(d)) {
      return String.valueOf(d.longValue());
    }
    return String.valueOf(v);
  }

  /** The stage-gate decision (guarded: "scale" waits for the governance gate). */
  public static Command decide(EditingDomain domain, Pilot p, Decision decision, String rationale, LocalDate today) {
    return decide(domain, p, decision, rationale, null, today);
  }

  /**
   * The stage-gate decision with the reason it is taken before the pilot's end ({@code earlyStopReason}, null when
   * the pilot is over). Guarded: "scale" waits for the governance gate and for criteria met under their rule.
   */
  public static Command decide(EditingDomain domain, Pilot p, Decision decision, String rationale,
      String earlyStopReason, LocalDate today) {
    CompoundCommand c = new CompoundCommand("Decide '" + decision.getName().toLowerCase() + "'");
    if (earlyStopReason != null && !earlyStopReason.isBlank()) {
      c.append(SetCommand.create(domain, p, WedgePackage.Literals.PILOT__EARLY_STOP_REASON, earlyStopReason.trim()));
    }
    c.append(SetCommand.create(domain, p, WedgePackage.Literals.PILOT__DECISION, decision));
    c.append(SetCommand.create(domain, p, WedgePackage.Literals.PILOT__DECISION_RATIONALE, rationale));
    c.append(SetCommand.create(domain, p, WedgePackage.Literals.PILOT__DECISION_DATE, today));
    c.append(SetCommand.create(domain, p, WedgePackage.Literals.PILOT__STATUS, PilotStatus.DECIDED));
    return c;
  }
}
