package dev.wedge.analysis.ui;

import org.eclipse.osgi.util.NLS;

/** User-facing strings of the Findings view and the Analyses preferences (translations go in messages_xx.properties). */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "dev.wedge.analysis.ui.messages";

  public static String Analyses_Description;
  public static String Analyses_Filter;
  public static String Analyses_ColumnAnalysis;
  public static String Analyses_ColumnCategory;
  public static String Analyses_ColumnSeverity;
  public static String Analyses_ColumnPlugin;
  public static String Analyses_Hint;
  public static String Run_Job;
  public static String Run_Finishing;
  public static String Failure_HowToRetry;
  public static String Failure_Text;
  public static String Column_Finding;
  public static String Column_Object;
  public static String Column_Analysis;
  public static String Column_Model;
  public static String Column_FailedAnalyses;
  public static String Column_QuickFix;
  public static String Column_AnalysisTooltip;
  public static String Filter_AllAnalyses;
  public static String Filter_AllPlugins;
  public static String Filter_Text;
  public static String Filter_OneAnalysis;
  public static String Filter_OnePlugin;
  public static String Filter_ThisModelOnly;
  public static String Filter_ThisModelOnlyTooltip;
  public static String Severity_Errors;
  public static String Severity_Warnings;
  public static String Severity_Advice;
  public static String Status_Tooltip;
  public static String Status_WidestText;
  public static String View_NoModel;
  public static String View_ModelSummary;
  public static String View_ModelSummaryFiltered;
  public static String View_OpenModel;
  public static String View_OpenModels;
  public static String View_Finding;
  public static String View_Findings;
  public static String Summary_Analysing;
  public static String Summary_NoFindings;
  public static String Summary_Error;
  public static String Summary_Errors;
  public static String Summary_Warning;
  public static String Summary_Warnings;
  public static String Summary_AdviceOne;
  public static String Summary_AdviceOther;
  public static String Summary_AnalysesOff;
  public static String Summary_Analysis;
  public static String Summary_Analyses;
  public static String Summary_Separator;
  public static String MissingPlugin_Dismiss;
  public static String MissingPlugin_DismissTooltip;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {
  }
}
