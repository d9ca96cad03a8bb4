package dev.wedge.ui;

import org.eclipse.osgi.util.NLS;

/** User-facing strings of the workbench (translations go in messages_xx.properties). */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "dev.wedge.ui.messages";

  public static String App_Title;
  public static String Open_Title;
  public static String Open_Failed;
  public static String Open_Notes;
  public static String Save_Failed;
  public static String Recovery_Title;
  public static String Recovery_Question;
  public static String Recovery_Restore;
  public static String Recovery_Discard;
  public static String Recovery_Later;
  public static String Recovery_Failed;
  public static String Recovery_NotRemoved;
  public static String SaveAs_Title;
  public static String Close_Title;
  public static String Close_Question;
  public static String Exit_Title;
  public static String Exit_Question;
  public static String Exit_SaveAll;
  public static String Exit_Discard;
  public static String NewModel_Title;
  public static String NewModel_Description;
  public static String NewModel_Template;
  public static String NewModel_Name;
  public static String NewModel_Organization;
  public static String NewModel_File;
  public static String NewModel_Browse;
  public static String NewModel_NoName;
  public static String NewModel_NoFile;
  public static String NewModel_Exists;
  public static String NewModel_Failed;
  public static String Models_Dirty;
  public static String Models_Empty;
  public static String Tree_NewChild;
  public static String Tree_NewSibling;
  public static String Property_InvalidValue;
  public static String RecentModels_None;
  public static String ObjectContributions_NotMade;
  public static String ObjectContributions_SectionFailed;
  public static String ObjectContributions_PropertiesFailed;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {
  }
}
