package dev.wedge.report.ui;

import org.eclipse.osgi.util.NLS;

/** Sentences of the File › Import and File › Export wizards of this bundle. */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "dev.wedge.report.ui.messages";

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

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {
  }
}
