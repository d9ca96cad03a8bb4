package dev.wedge.team.ui;

import org.eclipse.osgi.util.NLS;

/** User-facing strings of team sharing in the workbench (translations go in messages_xx.properties). */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "dev.wedge.team.ui.messages";

  public static String Commit_Title;
  public static String Commit_Heading;
  public static String Commit_NothingChanged;
  public static String Commit_Changes;
  public static String Commit_Change;
  public static String Commit_ChangesNoun;
  public static String Commit_Message;
  public static String Commit_WhoUnknown;
  public static String Commit_Name;
  public static String Commit_Email;
  public static String Commit_WhatChanged;
  public static String Commit_NoChange;
  public static String Commit_Button;
  public static String Commit_SayWhat;
  public static String Commit_GiveName;
  public static String Commit_GiveEmail;
  public static String Commit_FirstTime;
  public static String Commit_Done;
  public static String History_Restore;
  public static String History_OpenModel;
  public static String History_Reading;
  public static String History_Job;
  public static String History_Heading;
  public static String History_HeadingModel;
  public static String History_HeadingLatest;
  public static String History_HeadingModelLatest;
  public static String History_Commit;
  public static String History_Commits;
  public static String History_NotInCommit;
  public static String History_AlreadyAsIn;
  public static String History_Question;
  public static String History_AndMore;
  public static String History_RestStays;
  public static String History_RestoreButton;
  public static String History_Cancel;
  public static String History_RestoreCommand;
  public static String History_NotRestored;
  public static String History_CouldNotChange;
  public static String History_RestoredExcept;
  public static String History_Restored;
  public static String Status_Job;
  public static String Status_Unreadable;
  public static String Pull_Title;
  public static String Pull_UpToDate;
  public static String Pull_FastForward;
  public static String Pull_Merged;
  public static String Pull_Conflicts;
  public static String Pull_Conflict;
  public static String Pull_ConflictsNoun;
  public static String Pull_HowToResolve;
  public static String Pull_ResolveNow;
  public static String Pull_Later;
  public static String Push_Title;
  public static String Push_NothingNew;
  public static String Push_Done;
  public static String Resolve_Title;
  public static String Resolve_Heading;
  public static String Resolve_ColumnObject;
  public static String Resolve_ColumnBefore;
  public static String Resolve_ColumnYours;
  public static String Resolve_ColumnTheirs;
  public static String Resolve_KeepYours;
  public static String Resolve_TakeTheirs;
  public static String Resolve_EditValue;
  public static String Resolve_KeepFrozen;
  public static String Resolve_Rebaseline;
  public static String Resolve_AllResolved;
  public static String Resolve_OneOpen;
  public static String Resolve_Open;
  public static String Resolve_Detail;
  public static String Resolve_EditTitle;
  public static String Resolve_TypeValue;
  public static String Resolve_RebaselineTitle;
  public static String Resolve_RebaselineWhy;
  public static String Resolve_RebaselineNeedsReason;
  public static String Resolve_Command;
  public static String Resolve_NotResolved;
  public static String Resolve_CouldNotChange;
  public static String Resolve_Resolved;
  public static String Resolve_NotApplied;
  public static String Resolve_BringsConflict;
  public static String Resolve_SomeNotApplied;
  public static String Resolve_OpenModelFirst;
  public static String Resolve_Reading;
  public static String Resolve_Unreadable;
  public static String Share_Title;
  public static String Share_Question;
  public static String Share_Done;
  public static String History_CannotOpen;
  public static String Team_OpenModelFirst;
  public static String Team_Task;
  public static String Team_Failed;
  public static String Resolve_ValueAgreed;
  public static String Resolve_Changes;
  public static String Resolve_Change;
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
