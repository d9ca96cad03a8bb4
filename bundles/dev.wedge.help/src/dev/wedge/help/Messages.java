package dev.wedge.help;

import org.eclipse.osgi.util.NLS;

/** User-facing strings of Wedge's help window and tutorial (the pages stay as written; translations of these go in
 * messages_xx.properties). */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "dev.wedge.help.messages";

  public static String Help_Title;
  public static String Help_PageTitle;
  public static String Help_Back;
  public static String Help_Contents;
  public static String Help_NoPage;
  public static String Help_PageUnreadable;
  public static String Help_NoContents;
  public static String Help_NoContexts;
  public static String Tutorial_Title;
  public static String Tutorial_NoTutorialPage;
  public static String Tutorial_Done;
  public static String Tutorial_Step;
  public static String Tutorial_StepNoModel;
  public static String Tutorial_OpenPilot;
  public static String Tutorial_DoIt;
  public static String Tutorial_OpenEditor;
  public static String Tutorial_OpenModelFirst;
  public static String Tutorial_StepFailed;
  public static String Tutorial_NotShown;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {
  }
}
