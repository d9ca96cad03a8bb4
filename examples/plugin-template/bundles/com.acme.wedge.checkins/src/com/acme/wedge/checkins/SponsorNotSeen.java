package com.acme.wedge.checkins;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import dev.wedge.analysis.Analysis;
import dev.wedge.analysis.AnalysisContext;
import dev.wedge.analysis.Dependencies;
import dev.wedge.analysis.Fix;
import dev.wedge.model.Pilot;
import dev.wedge.model.PilotStatus;
import dev.wedge.model.Stakeholder;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.WedgePackage;

/**
 * An agreed, running or evaluating pilot whose sponsor has had no check-in in the last 30 days (by the session's
 * date, {@code ctx.today()}); its quick fix records a check-in dated today. A check-in whose date is not
 * yyyy-MM-dd is reported too, never read as some other day.
 */
public class SponsorNotSeen implements Analysis {

  static final int DAYS = 30;
  private static final Set<PilotStatus> ACTIVE = EnumSet.of(PilotStatus.AGREED, PilotStatus.RUNNING,
      PilotStatus.EVALUATING);

  @Override
  public Dependencies dependencies() {
    // Acme's own objects change too: name their class with andOn, or the findings go stale when they are edited
    Dependencies d = Dependencies.on(WedgePackage.Literals.PILOT).and(WedgePackage.Literals.STRATEGY_MODEL__EXTENSIONS);
    return CheckIns.checkInClass() == null ? d : d.andOn(CheckIns.checkInClass());
  }

  @Override
  public void analyze(AnalysisContext ctx) {
    StrategyModel model = ctx.model();
    LocalDate today = ctx.today();
    for (EObject c : CheckIns.of(model)) {
      String text = CheckIns.dateText(c);
      if (text != null && !text.isBlank() && CheckIns.date(c) == null) {
        ctx.report("A check-in" + (CheckIns.stakeholder(c) == null ? "" : " with '" + CheckIns.stakeholder(c).getName()
            + "'") + " has the date '" + text + "', which is not written yyyy-MM-dd: write it as 2026-11-29.", c);
      }
    }
    for (Pilot p : model.getPilots()) {
      Stakeholder sponsor = p.getSponsor();
      if (sponsor == null || !ACTIVE.contains(p.getStatus())) {
        continue;
      }
      EObject last = CheckIns.latest(model, sponsor, today);
      long days = last == null ? -1 : ChronoUnit.DAYS.between(CheckIns.date(last), today);
      if (last == null || days > DAYS) {
        ctx.report("'" + sponsor.getName() + "', sponsor of the pilot '" + p.getName() + "', "
            + (last == null ? "has had no check-in yet" : "was last seen " + days + " days ago (" + CheckIns.date(last)
                + ")") + ": a sponsor not seen for a month stops owning the pilot.", recordToday(model, sponsor, today),
            p, sponsor);
      }
    }
  }

  private static Fix recordToday(StrategyModel model, Stakeholder sponsor, LocalDate today) {
    return new Fix() {
      @Override
      public String label() {
        return "Record a check-in with '" + sponsor.getName() + "' today";
      }

      @Override
      public Command command(EditingDomain domain) {
        return AddCommand.create(domain, model, WedgePackage.Literals.STRATEGY_MODEL__EXTENSIONS,
            CheckIns.create(sponsor, today));
      }
    };
  }
}
