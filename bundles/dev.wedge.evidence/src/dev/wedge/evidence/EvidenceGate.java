package dev.wedge.evidence;

import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;

import dev.wedge.core.method.PilotRules;
import dev.wedge.core.session.Changes;
import dev.wedge.core.session.EditGuard;
import dev.wedge.core.session.ModelSession;
import dev.wedge.model.Decision;
import dev.wedge.model.Pilot;
import dev.wedge.model.WedgePackage;

/**
 * The stage gate follows the evidence: "scale" needs the pilot's criteria met under their decision rule (the
 * governance minimum is {@link PilotRules#SCALE_GATE}'s). Otherwise it takes an explicit override
 * ({@link PilotRules#override}) that records what the criteria read, the reason and the person who decides; the brief
 * then says "scaled although the criteria were inconclusive: reason". Contributed to {@code dev.wedge.core.editGuards}.
 */
public final class EvidenceGate implements EditGuard {

  @Override
  public String refusal(ModelSession session, Command command) {
    for (Changes.Change c : Changes.of(command)) {
      if (c.owner() instanceof Pilot p && c.feature() == WedgePackage.Literals.PILOT__DECISION
          && c.value() == Decision.SCALE && p.getDecision() != Decision.SCALE) {
        PilotEvidence e = PilotEvidence.of(p, session.today());
        if (e.verdict() != PilotEvidence.Verdict.MET && PilotRules.overrideIn(command, p, Decision.SCALE) == null) {
          return "Pilot '" + p.getName() + "' cannot be decided 'scale' on its evidence: its criteria are "
              + e.verdict().word() + " (" + criteria(e) + "). Scale it only through an override that records the"
              + " reason and who decides.";
        }
      }
    }
    return null;
  }

  /** "'10 days sooner' inconclusive, 'at most 82 days' met". */
  static String criteria(PilotEvidence e) {
    if (e.criteria().isEmpty()) {
      return "it has none";
    }
    return e.criteria().stream().map(r -> "'" + (r.criterion().getDescription() == null ? "criterion"
        : r.criterion().getDescription()) + "' " + r.verdict().word()).collect(Collectors.joining(", "));
  }

  /** What the evidence reads, for an override's record: "inconclusive" or "not met". */
  public static String reading(PilotEvidence e) {
    return e.verdict().word();
  }
}
