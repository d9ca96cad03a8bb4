package dev.wedge.analysis.builtin;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.wedge.analysis.Analysis;
import dev.wedge.analysis.AnalysisContext;
import dev.wedge.analysis.Dependencies;
import dev.wedge.analysis.Fix;
import dev.wedge.analysis.ObjectAnalysis;
import dev.wedge.analysis.Severity;
import dev.wedge.model.Consultation;
import dev.wedge.model.ConsultationOutcome;
import dev.wedge.model.Decision;
import dev.wedge.model.Governance;
import dev.wedge.model.Initiative;
import dev.wedge.model.InitiativeStatus;
import dev.wedge.model.LearnerDataItem;
import dev.wedge.model.Pilot;
import dev.wedge.model.ReviewStep;
import dev.wedge.model.RiskClass;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.WedgePackage;

/**
 * The minimum three: a human review step in every AI content workflow, a clear answer about learner data, legal
 * and compliance consulted before scaling; and the EU AI Act's high-risk areas (Annex III points 3 and 4).
 */
public final class GovernanceAnalyses {

  private GovernanceAnalyses() {
  }

  /** The initiatives a governance object's review steps cover. */
  static Set<Initiative> reviewed(StrategyModel m) {
    Set<Initiative> out = new HashSet<>();
    Governance g = m.getGovernance();
    if (g != null) {
      for (ReviewStep r : g.getReviewSteps()) {
        if (r.getWorkflow() != null && r.isBeforeLearners()) {
          out.add(r.getWorkflow());
        }
      }
    }
    return out;
  }

  /** An initiative using AI content with no human review step before learners see it. */
  public static final class NoReviewStep extends ObjectAnalysis<Initiative> {
    public NoReviewStep() {
      super(WedgePackage.Literals.INITIATIVE);
    }

    @Override
    public boolean isLocal() {
      return false;
    }

    @Override
    public Dependencies dependencies() {
      return Dependencies.on(WedgePackage.Literals.INITIATIVE, WedgePackage.Literals.REVIEW_STEP,
          WedgePackage.Literals.GOVERNANCE, WedgePackage.Literals.PILOT);
    }

    @Override
    public List<Initiative> objects(StrategyModel model) {
      return model.getInitiatives();
    }

    private Set<Initiative> reviewed = Set.of();

    @Override
    public void prepare(AnalysisContext context) {
      reviewed = reviewed(context.model()); // once per batch, not once per initiative
    }

    @Override
    public void check(Initiative i, AnalysisContext ctx) {
      if (!i.isSetUsesAiContent()) {
        boolean live = i.getStatus() == InitiativeStatus.ACTIVE || i.getStatus() == InitiativeStatus.SCALED;
        boolean piloted = ctx.model().getPilots().stream().anyMatch(p -> p.getInitiative() == i);
        if (live || piloted) {
          ctx.report(ctx.severity(), Names.t("gov.aiUnknown", Names.of(i)), i);
        }
        return;
      }
      if (!i.isUsesAiContent()) {
        return;
      }
      if (!reviewed.contains(i)) {
        boolean live = i.getStatus() == InitiativeStatus.ACTIVE || i.getStatus() == InitiativeStatus.SCALED;
        ctx.report(live ? Severity.ERROR : ctx.severity(), Names.t(live ? "gov.noReviewLive" : "gov.noReview",
            Names.of(i)), i);
      }
    }
  }

  /** Learner data with no named purpose or access. */
  public static final class LearnerData extends ObjectAnalysis<LearnerDataItem> {
    public LearnerData() {
      super(WedgePackage.Literals.LEARNER_DATA_ITEM);
    }

    @Override
    public void check(LearnerDataItem d, AnalysisContext ctx) {
      boolean noAccess = Names.blank(d.getAccess());
      boolean noPurpose = Names.blank(d.getPurpose());
      if (noAccess || noPurpose) {
        ctx.report(Names.t(noAccess && noPurpose ? "gov.dataNeither" : noAccess ? "gov.dataNoAccess"
            : "gov.dataNoPurpose", Names.of(d), Names.t(d.isPersonal() ? "gov.dataPersonal" : "gov.dataEnd")), d);
      }
    }
  }

  /** No answer to "What learner data do we use, and who has access?". */
  public static final class NoDataAnswer implements Analysis {
    @Override
    public Dependencies dependencies() {
      return Dependencies.on(WedgePackage.Literals.GOVERNANCE, WedgePackage.Literals.STRATEGY_MODEL)
          .and(WedgePackage.Literals.INITIATIVE__USES_AI_CONTENT);
    }

    @Override
    public void analyze(AnalysisContext ctx) {
      StrategyModel m = ctx.model();
      boolean usesAi = m.getInitiatives().stream().anyMatch(Initiative::isUsesAiContent);
      Governance g = m.getGovernance();
      if (usesAi && (g == null || Names.blank(g.getDataStatement()))) {
        ctx.report(Names.t("gov.noStatement"), g == null ? new org.eclipse.emf.ecore.EObject[0]
                : new org.eclipse.emf.ecore.EObject[] {g});
      }
    }
  }

  /** A pilot decided "scale" with no legal or compliance consultation on its initiative. */
  public static final class ScaleWithoutLegal extends ObjectAnalysis<Pilot> {
    public ScaleWithoutLegal() {
      super(WedgePackage.Literals.PILOT);
    }

    @Override
    public boolean isLocal() {
      return false;
    }

    @Override
    public Dependencies dependencies() {
      return Dependencies.on(WedgePackage.Literals.PILOT, WedgePackage.Literals.CONSULTATION);
    }

    @Override
    public List<Pilot> objects(StrategyModel model) {
      return model.getPilots();
    }

    @Override
    public void check(Pilot p, AnalysisContext ctx) {
      if (p.getDecision() != Decision.SCALE) {
        return;
      }
      Governance g = ctx.model().getGovernance();
      boolean consulted = g != null && p.getInitiative() != null && g.getConsultations().stream()
          .anyMatch(c -> c.getInitiatives().contains(p.getInitiative()) && done(c));
      if (!consulted) {
        ctx.report(Names.t("gov.scaleNoLegal", Names.of(p), Names.of(p.getInitiative())), p);
      }
    }

    static boolean done(Consultation c) {
      return c.getOutcome() == ConsultationOutcome.APPROVED || c.getOutcome() == ConsultationOutcome.APPROVED_WITH_CONDITIONS;
    }
  }

  /** AI used to evaluate learning outcomes or inform employment decisions is high-risk under the EU AI Act. */
  public static final class AiActRisk extends ObjectAnalysis<Initiative> {
    public AiActRisk() {
      super(WedgePackage.Literals.INITIATIVE);
    }

    @Override
    public List<Initiative> objects(StrategyModel model) {
      return model.getInitiatives();
    }

    @Override
    public void check(Initiative i, AnalysisContext ctx) {
      // the rule is the method's (dev.wedge.core.method.AiActRisk): the editor and the brief ask it too
      if (!dev.wedge.core.method.AiActRisk.listed(i)) {
        return;
      }
      String area = Names.t("gov.area", dev.wedge.core.method.AiActRisk.use(i), dev.wedge.core.method.AiActRisk
          .point(i));
      if (dev.wedge.core.method.AiActRisk.misclassified(i)) {
        ctx.report(Names.t("gov.misclassified", Names.of(i), area, i.getRiskClass() == null ? Names.t("gov.unassessed")
            : Names.word(i.getRiskClass(), i.getRiskClass().getName().toLowerCase())),
            Fix.set(Names.t("gov.fixHigh"), i, WedgePackage.Literals.INITIATIVE__RISK_CLASS, RiskClass.HIGH), i);
      } else if (Names.blank(i.getRiskNote())) {
        ctx.report(Names.t("gov.noRiskNote", Names.of(i), area), i);
      }
    }
  }
}
