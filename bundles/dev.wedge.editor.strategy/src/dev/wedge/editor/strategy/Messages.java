package dev.wedge.editor.strategy;

import org.eclipse.osgi.util.NLS;

/** User-facing strings of this bundle (translations go in messages_xx.properties beside messages.properties). */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "dev.wedge.editor.strategy.messages";

  public static String Editor_MapLabel;
  public static String Editor_PortfolioLabel;
  public static String Editor_MapTab;
  public static String Editor_PortfolioTab;
  public static String Editor_Goal;
  public static String Editor_Metric;
  public static String Editor_Initiative;
  public static String Editor_Fit;
  public static String Editor_ZoomIn;
  public static String Editor_ZoomOut;
  public static String Editor_ExportPng;
  public static String Editor_ExportSvg;
  public static String Editor_Reframe;
  public static String Editor_Propose;
  public static String Editor_Keep;
  public static String Editor_Hint;
  public static String Editor_ClickABox;
  public static String Editor_Problem;
  public static String Editor_NoMetricYet;
  public static String Editor_Link;
  public static String Editor_NoHypothesis;
  public static String Editor_LinkAlone;
  public static String Editor_NoHypothesisClick;
  public static String Editor_ServesNoGoal;
  public static String Editor_Serves;
  public static String Editor_OneInitiative;
  public static String Editor_Initiatives;
  public static String Editor_ExportTitle;
  public static String Editor_Export;
  public static String Editor_ExportPeople;
  public static String Editor_ByRole;
  public static String Editor_ByName;
  public static String Editor_Cancel;
  public static String Editor_ExportFailed;
  public static String Canvas_WhyShould;
  public static String Inline_Hypothesis;
  public static String Legend_Goal;
  public static String Legend_Metric;
  public static String Legend_Efficiency;
  public static String Legend_Strategic;
  public static String Legend_NoMetric;
  public static String Legend_Dashed;
  public static String Map_NoMetricBadge;
  public static String Portfolio_Team;
  public static String Portfolio_Effort;
  public static String Portfolio_Survey;
  public static String Portfolio_NeverStarted;
  public static String Portfolio_RecentlyStarted;
  public static String Portfolio_ForYears;
  public static String Portfolio_UsesChart;
  public static String Portfolio_IntentChart;
  public static String Portfolio_MaturityChart;
  public static String Portfolio_Efficiency;
  public static String Portfolio_Strategic;
  public static String Portfolio_Here;
  public static String Portfolio_Stands;
  public static String Portfolio_EffortByUse;
  public static String Portfolio_AddUse;
  public static String Portfolio_Remove;
  public static String Portfolio_Use;
  public static String Portfolio_Share;
  public static String Portfolio_UsingAi;
  public static String Portfolio_AssessedOn;
  public static String Portfolio_RecordStage;
  public static String Portfolio_RecordStageTip;
  public static String Portfolio_AddEffort;
  public static String Portfolio_RecordMaturity;
  public static String Portfolio_NotRecorded;
  public static String Portfolio_Adds100;
  public static String Portfolio_AddsUpTo;
  public static String Portfolio_NoInitiatives;
  public static String Portfolio_Initiative;
  public static String Portfolio_InitiativePlural;
  public static String Portfolio_Sentence;
  public static String Portfolio_Category;
  public static String Portfolio_StageNever;
  public static String Portfolio_StageRecently;
  public static String Portfolio_StageYears;
  public static String MapExport_SvgTitle;
  public static String MapExport_PngTitle;
  public static String MapExport_SvgText;
  public static String MapExport_PngText;
  public static String MapExport_Names;
  public static String MapExport_ByName;
  public static String MapExport_ByRole;
  public static String MapExport_Wrote;
  public static String MapExport_WrotePng;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {
  }
}
