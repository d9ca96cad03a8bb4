package dev.wedge.core.method;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import dev.wedge.core.session.Changes;
import dev.wedge.core.session.EditGuard;
import dev.wedge.core.text.Localized;
import dev.wedge.model.BenefitLine;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.CostLine;
import dev.wedge.model.Direction;
import dev.wedge.model.Measurement;
import dev.wedge.model.Pilot;
import dev.wedge.model.WedgePackage;

/**
 * The inputs of the calculations, checked at the edge: a value that cannot be right is refused by an
 * {@link EditGuard} with a sentence naming the problem and the fix, before it can reach an ROI, an effect or a
 * verdict. (A value that is plausible but suspicious is reported by the analyses instead.)
 *
 * <ul>
 * <li>shares (confidence, share attributed to the program, share planning to apply) run from 0 to 1: 80 is refused
 * with "80% is 0.8";</li>
 * <li>costs, program costs, values per unit, participants and group sizes are not negative; a standard deviation is
 * positive; a pilot lasts at least a week;</li>
 * <li>a metric's target lies in its direction from its baseline, and its target date after its baseline date;</li>
 * <li>a measurement is dated, and not after today ({@link MeasurementRules}).</li>
 * </ul>
 */
public final class InputRules {

  private static final WedgePackage W = WedgePackage.eINSTANCE;

  private InputRules() {
  }

  /** The value {@code owner.feature} will have once {@code changes} ran. */
  static Object after(List<Changes.Change> changes, EObject owner, EStructuralFeature feature) {
    Object v = owner.eGet(feature);
    for (Changes.Change c : changes) {
      if (c.owner() == owner && c.feature() == feature && !c.deletes() && !(c.value() instanceof Collection<?>)) {
        v = c.value();
      }
    }
    return v;
  }

  static String number(double d) {
    return text().number(d == Math.rint(d) && Math.abs(d) < 1e15 ? String.format(java.util.Locale.ROOT, "%,d",
        (long) d) : String.valueOf(d));
  }

  /** The rules' sentences in the workbench's language. */
  private static Localized text() {
    return Localized.of(InputRules.class, Localized.workbench());
  }

  /** Why {@code value} is not a share (0..1), or null. */
  static String share(String what, Object value) {
    if (value instanceof Number n) {
      double d = n.doubleValue();
      if (Double.isFinite(d) && (d < 0 || d > 1)) {
        return text().get("input.notShare", text().get("what." + what), number(d), d > 1 && d <= 100
            ? text().get("input.percentIs", number(d), text().number(String.valueOf(d / 100))) : "");
      }
    }
    return null;
  }

  static String notNegative(String what, Object value) {
    if (value instanceof Number n && n.doubleValue() < 0) {
      return text().get("input.negative", text().get("what." + what), number(n.doubleValue()),
          text().get("fix." + what));
    }
    return null;
  }

  public static final EditGuard INPUTS = (session, command) -> {
    List<Changes.Change> changes = Changes.of(command);
    Set<BusinessMetric> directions = new HashSet<>();
    for (Changes.Change c : changes) {
      if (c.deletes()) {
        continue;
      }
      EObject o = c.owner();
      EStructuralFeature f = c.feature();
      Object v = c.value();
      String why = null;
      if (o instanceof BenefitLine) {
        if (f == W.getBenefitLine_Confidence()) {
          why = share("confidence", v);
        } else if (f == W.getBenefitLine_Isolation()) {
          why = share("attributed", v);
        }
      } else if (o instanceof CostLine && f == W.getCostLine_Amount()) {
        why = notNegative("cost", v);
      } else if (o instanceof Pilot) {
        if (f == W.getPilot_PlannedToApply()) {
          why = share("apply", v);
        } else if (f == W.getPilot_ProgramCost()) {
          why = notNegative("program_cost", v);
        } else if (f == W.getPilot_Participants()) {
          why = notNegative("number_of_participants", v);
        } else if (f == W.getPilot_ComparisonSize()) {
          why = notNegative("comparison_group_size", v);
        } else if (f == W.getPilot_DurationWeeks() && v instanceof Number n && n.intValue() < 1) {
          why = text().get("input.weeks", n.intValue());
        }
      } else if (o instanceof BusinessMetric m) {
        if (f == W.getBusinessMetric_ValuePerUnit()) {
          why = notNegative("value_per_unit", v);
        } else if (f == W.getBusinessMetric_StandardDeviation() && v instanceof Number n && !(n.doubleValue() > 0)
            && !Double.isNaN(n.doubleValue())) {
          why = text().get("input.sd", number(n.doubleValue()));
        } else if (f == W.getBusinessMetric_Direction() || f == W.getBusinessMetric_Baseline()
            || f == W.getBusinessMetric_Target() || f == W.getBusinessMetric_BaselineDate()
            || f == W.getBusinessMetric_TargetDate()) {
          directions.add(m);
        }
      } else if (o instanceof Measurement && f == W.getMeasurement_Date() && v instanceof java.time.LocalDate d) {
        why = MeasurementRules.refusal(d, session.today()).orElse(null);
      }
      if (f == W.getBusinessMetric_Measurements() && v instanceof Collection<?> added) {
        for (Object x : added) {
          if (x instanceof Measurement meas && meas.getDate() != null) {
            why = MeasurementRules.refusal(meas.getDate(), session.today()).orElse(null);
            if (why != null) {
              break;
            }
          }
        }
      }
      if (why != null) {
        return why;
      }
    }
    for (BusinessMetric m : directions) {
      String why = direction(changes, m);
      if (why != null) {
        return why;
      }
    }
    return null;
  };

  /** A metric's target against its direction and baseline, and its dates, once {@code changes} ran. */
  static String direction(List<Changes.Change> changes, BusinessMetric m) {
    Object dir = after(changes, m, W.getBusinessMetric_Direction());
    Object base = after(changes, m, W.getBusinessMetric_Baseline());
    Object target = after(changes, m, W.getBusinessMetric_Target());
    String name = m.getName() == null ? text().get("input.theMetric") : text().get("input.name", m.getName());
    if (dir instanceof Direction d && base instanceof Number b && target instanceof Number t
        && Double.isFinite(b.doubleValue()) && Double.isFinite(t.doubleValue())) {
      boolean wrong = d == Direction.DECREASE ? t.doubleValue() > b.doubleValue()
          : t.doubleValue() < b.doubleValue();
      if (wrong) {
        return text().get(d == Direction.DECREASE ? "input.targetAbove" : "input.targetBelow", name,
            number(t.doubleValue()), number(b.doubleValue()));
      }
    }
    Object bd = after(changes, m, W.getBusinessMetric_BaselineDate());
    Object td = after(changes, m, W.getBusinessMetric_TargetDate());
    if (bd instanceof java.time.LocalDate b && td instanceof java.time.LocalDate t && !t.isAfter(b)) {
      return text().get("input.dates", name, t, b);
    }
    return null;
  }
}
