package dev.wedge.analysis.builtin;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import dev.wedge.analysis.Analysis;
import dev.wedge.analysis.AnalysisContext;
import dev.wedge.analysis.Dependencies;
import dev.wedge.analysis.Fix;
import dev.wedge.analysis.ObjectAnalysis;
import dev.wedge.analysis.Severity;
import dev.wedge.core.method.Adkar;
import dev.wedge.core.method.ResponseCatalogue;
import dev.wedge.model.ActionStatus;
import dev.wedge.model.Concern;
import dev.wedge.model.ResponseAction;
import dev.wedge.model.ResponseKind;
import dev.wedge.model.RootCause;
import dev.wedge.model.Stakeholder;
import dev.wedge.model.StakeholderGroup;
import dev.wedge.model.Stance;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.WedgePackage;

/** Resistance diagnosed by its real cause, and answered by what that cause needs. */
public final class ResistanceAnalyses {

  private ResistanceAnalyses() {
  }

  abstract static class PerStakeholder extends ObjectAnalysis<Stakeholder> {
    PerStakeholder() {
      super(WedgePackage.Literals.STAKEHOLDER);
    }

    @Override
    public List<Stakeholder> objects(StrategyModel model) {
      return model.getStakeholders();
    }
  }

  static String group(StakeholderGroup g) {
    return Names.t("group." + g.name());
  }

  /** A stakeholder group that is present but nobody in it has said what success looks like to them. */
  public static final class NoSuccessAnswer implements Analysis {
    @Override
    public Dependencies dependencies() {
      return Dependencies.on(WedgePackage.Literals.STAKEHOLDER);
    }

    @Override
    public void analyze(AnalysisContext ctx) {
      Map<StakeholderGroup, List<Stakeholder>> byGroup = new EnumMap<>(StakeholderGroup.class);
      for (Stakeholder s : ctx.model().getStakeholders()) {
        if (s.getGroup() != null) {
          byGroup.computeIfAbsent(s.getGroup(), g -> new ArrayList<>()).add(s);
        }
      }
      for (Map.Entry<StakeholderGroup, List<Stakeholder>> e : byGroup.entrySet()) {
        if (e.getValue().stream().allMatch(s -> Names.blank(s.getSuccessAnswer()))) {
          ctx.report(Names.t("resistance.noAnswer", group(e.getKey()), e.getValue().size()), e.getValue().toArray(new EObject[0]));
        }
      }
    }
  }

  /** A skeptical, influential stakeholder with no response planned. */
  public static final class SkepticWithoutAction extends PerStakeholder {
    @Override
    public boolean isLocal() {
      return false; // the advice depends on whether a pilot's criterion came from their answer
    }

    @Override
    public Dependencies dependencies() {
      return Dependencies.within(WedgePackage.Literals.STAKEHOLDER).andOn(WedgePackage.Literals.SUCCESS_CRITERION,
          WedgePackage.Literals.PILOT);
    }

    @Override
    public void check(Stakeholder s, AnalysisContext ctx) {
      boolean skeptical = s.getStance() == Stance.SKEPTIC || s.getStance() == Stance.OPPONENT;
      boolean influential = s.getInfluence() >= 4 || s.getStance() == Stance.OPPONENT && s.getInfluence() >= 3;
      boolean answered = s.getActions().stream().anyMatch(a -> a.getStatus() != ActionStatus.DROPPED);
      if (skeptical && influential && !answered) {
        ctx.report(Names.t(s.getStance() == Stance.OPPONENT ? "resistance.opposed" : "resistance.skeptical",
            Names.of(s), s.getInfluence(), nextMove(s, ctx)), s);
      }
    }

    /** What to do next with a skeptic: ask the question, use the answer, or answer the concern behind it. */
    private static String nextMove(Stakeholder s, AnalysisContext ctx) {
      dev.wedge.model.Pilot judged = ctx.model().getPilots().stream()
          .filter(p -> p.getCriteria().stream().anyMatch(c -> c.getSource() == s)).findFirst().orElse(null);
      if (judged != null) {
        return Names.t("resistance.answerIsCriterion", Names.of(judged));
      }
      if (s.getSuccessAnswer() != null && !s.getSuccessAnswer().isBlank()) {
        return Names.t("resistance.useAnswer");
      }
      return Names.t("resistance.ask");
    }
  }

  /** Which root cause dominates, and what answers it. */
  public static final class Distribution implements Analysis {
    @Override
    public Dependencies dependencies() {
      return Dependencies.on(WedgePackage.Literals.CONCERN, WedgePackage.Literals.STAKEHOLDER);
    }

    @Override
    public void analyze(AnalysisContext ctx) {
      Map<RootCause, Integer> counts = new EnumMap<>(RootCause.class);
      int total = 0;
      for (Stakeholder s : ctx.model().getStakeholders()) {
        for (Concern c : s.getConcerns()) {
          if (c.getRootCause() != null) {
            counts.merge(c.getRootCause(), 1, Integer::sum);
            total++;
          }
        }
      }
      if (total == 0) {
        return;
      }
      RootCause top = counts.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
      StringBuilder sb = new StringBuilder();
      boolean first = true;
      for (RootCause c : RootCause.values()) {
        if (counts.containsKey(c)) {
          sb.append(first ? "" : ", ").append(cause(c)).append(' ').append(counts.get(c));
          first = false;
        }
      }
      ctx.report(Severity.ADVICE, Names.t("resistance.distribution", cause(top), counts.get(top), total,
          ResponseCatalogue.get().recommended(top).stream().findFirst().map(r -> r.title())
              .orElse(Names.t("resistance.matchingResponse")), sb));
    }
  }

  static String cause(RootCause c) {
    return Names.word(c, c.getName().toLowerCase());
  }

  static String kind(ResponseKind k) {
    return Names.word(k, k.getName().toLowerCase().replace('_', ' '));
  }

  /** A response that does not answer the root cause of the concern it is for (e.g. training for governance). */
  public static final class ResponseMismatch extends PerStakeholder {
    @Override
    public void check(Stakeholder s, AnalysisContext ctx) {
      ResponseCatalogue catalogue = ResponseCatalogue.get();
      for (ResponseAction a : s.getActions()) {
        Concern c = a.getConcern();
        if (c == null || c.getRootCause() == null || catalogue.matches(c.getRootCause(), a.getKind())) {
          continue;
        }
        ResponseKind better = catalogue.primaryKind(c.getRootCause());
        String title = catalogue.recommended(c.getRootCause()).stream().findFirst().map(r -> r.title())
            .orElse(better == null ? "?" : kind(better));
        Fix fix = better == null ? null
            : Fix.set(Names.t("resistance.fixKind", kind(better)), a, WedgePackage.Literals.RESPONSE_ACTION__KIND, better);
        ctx.report(Names.t("resistance.mismatch", Names.of(s), kind(a.getKind()), cause(c.getRootCause()), title), fix,
            a, s);
      }
    }
  }

  /** The first ADKAR element scored 3 or less: fix that barrier first. */
  public static final class AdkarBarrier extends PerStakeholder {
    @Override
    public void check(Stakeholder s, AnalysisContext ctx) {
      Adkar.Barrier b = Adkar.firstBarrier(s);
      if (b != null) {
        ctx.report(Severity.ADVICE, Names.t("resistance.adkar", Names.of(s), b.element(), b.score()), s);
      }
    }
  }
}
