package dev.wedge.evidence.imports;

import org.eclipse.osgi.util.NLS;

/** The sentences of the imports written since the imports moved to message files (translations beside them). */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "dev.wedge.evidence.imports.messages";

  public static String Roster_Initiatives;
  public static String Roster_Stakeholders;
  public static String Roster_Initiative;
  public static String Roster_Stakeholder;
  public static String Roster_Empty;
  public static String Roster_TwoColumns;
  public static String Roster_NoNameColumn;
  public static String Roster_ColumnNotRead;
  public static String Roster_NoName;
  public static String Roster_Twice;
  public static String Roster_ExistingQuestion;
  public static String Roster_ExistingUpdate;
  public static String Roster_ExistingSkip;
  public static String Roster_NoRows;
  public static String Roster_ReadAs;
  public static String Roster_NotOneOf;
  public static String Roster_NotYesNo;
  public static String Roster_Score;
  public static String Roster_CommandLabel;
  public static String Roster_Summary;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {
  }
}
