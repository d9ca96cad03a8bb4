package dev.wedge.team.ui;

import org.eclipse.osgi.util.NLS;

/** User-facing strings of team sharing in the workbench (translations go in messages_xx.properties). */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "dev.wedge.team.ui.messages";

  public static String PilotTeam_Title;
  public static String PilotTeam_Description;
  public static String PilotTeam_Checking;
  public static String PilotTeam_NotStarted;
  public static String PilotTeam_CheckFailed;
  public static String PilotTeam_Reading;
  public static String PilotTeam_NoCommits;
  public static String PilotTeam_Commits;
  public static String PilotTeam_ColumnCommit;
  public static String PilotTeam_ColumnWhen;
  public static String PilotTeam_ColumnWho;
  public static String PilotTeam_ColumnChange;
  public static String HistoryRead_Job;
  public static String HistoryRead_Unreadable;
  public static String HistoryProperties_Category;
  public static String HistoryProperties_Reading;
  public static String HistoryProperties_NotShared;
  public static String HistoryProperties_None;
  public static String HistoryProperties_Commit;
  public static String HistoryProperties_Changes;
  public static String HistoryProperties_Description;

  public static String StartTagPreferences_Description;
  public static String StartTagPreferences_Sign;
  public static String StartTagPreferences_Key;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {
  }
}
