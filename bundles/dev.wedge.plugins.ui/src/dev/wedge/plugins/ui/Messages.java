package dev.wedge.plugins.ui;

import org.eclipse.osgi.util.NLS;

/** User-facing strings of plug-in installation in the workbench (translations go in messages_xx.properties). */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "dev.wedge.plugins.ui.messages";

  public static String About_Title;
  public static String About_Heading;
  public static String About_Message;
  public static String About_Details;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {
  }
}
