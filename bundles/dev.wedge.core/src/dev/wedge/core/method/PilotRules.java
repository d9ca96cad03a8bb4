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

  static String frozenMessage(Pilot p) {
    return "The success criteria of pilot '" + p.getName() + "' were frozen when it started"
        + (p.getFrozenOn() == null ? "" : " (" + p.getFrozenOn() + ")")
        + ": record a re-baseline with its reason instead of editing them.";
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
          return "Pilot '" + p.getName() + "' is under way and cannot go back to " + s.getName().toLowerCase()
              + ": its criteria stay frozen.";
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
          return "Pilot '" + p.getName() + "' cannot be decided 'scale' yet: " + GovernanceGate.describe(gaps) + ".";
        }
      }
    }
    return null;
  };

  public static final List<EditGuard> GUARDS = List.of(FROZEN_CRITERIA, SCALE_GATE);

  /** Starts a pilot: it runs from {@code today} and its criteria are frozen. */
  public static Command start(EditingDomain domain, Pilot p, LocalDate today) {
    CompoundCommand c = new CompoundCommand("Start pilot '" + p.getName() + "'");
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
    CompoundCommand cc = new CompoundCommand("Criterion from " + who.getName() + "'s answer");
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
    CompoundCommand c = new CompoundCommand("Decide '" + decision.getName().toLowerCase() + "'");
    c.append(SetCommand.create(domain, p, WedgePackage.Literals.PILOT__DECISION, decision));
    c.append(SetCommand.create(domain, p, WedgePackage.Literals.PILOT__DECISION_RATIONALE, rationale));
    c.append(SetCommand.create(domain, p, WedgePackage.Literals.PILOT__DECISION_DATE, today));
    c.append(SetCommand.create(domain, p, WedgePackage.Literals.PILOT__STATUS, PilotStatus.DECIDED));
    return c;
  }
}
