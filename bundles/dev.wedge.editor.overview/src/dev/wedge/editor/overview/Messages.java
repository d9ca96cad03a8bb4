package dev.wedge.editor.overview;

import org.eclipse.osgi.util.NLS;

/** User-facing strings of a model's overview (translations go in messages_xx.properties). */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "dev.wedge.editor.overview.messages";

  public static String Overview_Label;
  public static String Overview_ErrorTitle;
  public static String Overview_NextStep;
  public static String Overview_NothingStandsOut;
  public static String Overview_Then;
  public static String Overview_StepsTitle;
  public static String Overview_StepsDescription;
  public static String Overview_Open;
  public static String Overview_ModelTree;
  public static String Overview_Brief;
  public static String Overview_Opens;
  public static String Overview_OpensAt;
  public static String Overview_TheModel;
  public static String Overview_NotAvailable;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {
  }
}
