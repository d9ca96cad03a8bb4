package dev.wedge.report.ui;

import org.eclipse.osgi.util.NLS;

/** User-facing strings of the executive brief's wizard, preview and print (translations go in messages_xx.properties). */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "dev.wedge.report.ui.messages";

  public static String Brief_WindowTitle;
  public static String Brief_Title;
  public static String Brief_Description;
  public static String Brief_Format;
  public static String Brief_Pdf;
  public static String Brief_Html;
  public static String Brief_Paper;
  public static String Brief_A4;
  public static String Brief_Letter;
  public static String Brief_Pilots;
  public static String Brief_AllPilots;
  public static String Brief_People;
  public static String Brief_Names;
  public static String Brief_Personal;
  public static String Brief_PersonalTip;
  public static String Brief_Branding;
  public static String Brief_Organization;
  public static String Brief_Colour;
  public static String Brief_Choose;
  public static String Brief_Logo;
  public static String Brief_LogoHint;
  public static String Brief_Browse;
  public static String Brief_SaveTo;
  public static String Brief_Preview;
  public static String Brief_Replaced;
  public static String Brief_Rendering;
  public static String Brief_PreviewFailed;
  public static String Brief_PreviewCancelled;
  public static String Brief_WriteFailed;
  public static String Brief_Cancelled;
  public static String Brief_Written;
  public static String Brief_NoModel;
  public static String Preview_Empty;
  public static String Preview_Stale;
  public static String Preview_Page;
  public static String Print_Title;
  public static String Print_NoModel;
  public static String Print_Failed;
  public static String Print_Written;
  public static String CsvExport_MeasurementsTitle;
  public static String CsvExport_FindingsTitle;
  public static String CsvExport_MeasurementsText;
  public static String CsvExport_FindingsText;
  public static String CsvExport_WroteMeasurements;
  public static String CsvExport_WroteFindings;
  public static String RosterImport_InitiativesTitle;
  public static String RosterImport_StakeholdersTitle;
  public static String RosterImport_Description;
  public static String RosterImport_Existing;
  public static String RosterImport_Ask;
  public static String RosterImport_Update;
  public static String RosterImport_Skip;
  public static String RosterImport_Row;
  public static String RosterImport_Refused;
  public static String RosterImport_InModel;
  public static String RosterImport_New;
  public static String RosterImport_RefusedRows;
  public static String RosterImport_Answer;
  public static String RosterImport_NothingToImport;
  public static String RosterImport_NotDone;
  public static String RosterImport_Done;
  public static String BriefPage_Language;
  public static String BriefPreferences_Description;
  public static String BriefPreferences_BadColour;
  public static String BriefPreferences_Appendix;
  public static String BriefPreferences_Condensed;
  public static String BriefPreferences_Full;
  public static String Brief_FullAppendix;
  public static String BriefPreferences_NotKept;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {
  }
}
