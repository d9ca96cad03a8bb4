package dev.wedge.evidence.cli;

import org.eclipse.osgi.util.NLS;

/** Sentences of {@code wedge import} for spreadsheets of initiatives and stakeholders. */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "dev.wedge.evidence.cli.messages";

  public static String Roster_OptionNotHere;
  public static String Roster_ExistingOption;
  public static String Roster_Refused;
  public static String Roster_NothingAsked;
  public static String Roster_DryRun;
  public static String Roster_NothingToDo;
  public static String Roster_Saved;
  public static String Roster_OneFile;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {
  }
}
