package dev.wedge.editor.metrics;

import org.eclipse.osgi.util.NLS;

/** Sentences of the File › Import wizards for measurements. */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "dev.wedge.editor.metrics.messages";

  public static String Import_CsvTitle;
  public static String Import_XapiTitle;
  public static String Import_CsvText;
  public static String Import_XapiText;
  public static String Import_Metric;
  public static String Import_Refused;
  public static String Import_Done;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {
  }
}
