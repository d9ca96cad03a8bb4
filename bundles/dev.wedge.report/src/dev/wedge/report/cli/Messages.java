package dev.wedge.report.cli;

import org.eclipse.osgi.util.NLS;

/** Sentences of {@code wedge export}. */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "dev.wedge.report.cli.messages";

  public static String Export_FindingsHelp;
  public static String Export_MeasurementsHelp;
  public static String Export_MapHelp;
  public static String Export_NamesHelp;
  public static String Export_Nothing;
  public static String Export_MapSvgOnly;
  public static String Export_SameFile;
  public static String Export_IsFolder;
  public static String Export_WroteMeasurements;
  public static String Export_WroteFindings;
  public static String Export_WroteMap;
  public static String Export_ByName;
  public static String Export_ByRole;
  public static String Export_CannotWrite;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {
  }
}
