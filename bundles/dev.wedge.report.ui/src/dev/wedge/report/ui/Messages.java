package dev.wedge.report.ui;

import org.eclipse.osgi.util.NLS;

/** User-facing strings of the brief's wizard and handlers (translations go in messages_xx.properties). */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "dev.wedge.report.ui.messages";

  public static String BriefPage_Language;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {
  }
}
