package dev.wedge.editor.strategy;

import org.eclipse.osgi.util.NLS;

/** Sentences of the File › Export wizards of the strategy map. */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "dev.wedge.editor.strategy.messages";

  public static String MapExport_SvgTitle;
  public static String MapExport_PngTitle;
  public static String MapExport_SvgText;
  public static String MapExport_PngText;
  public static String MapExport_Names;
  public static String MapExport_ByName;
  public static String MapExport_ByRole;
  public static String MapExport_Wrote;
  public static String MapExport_WrotePng;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {
  }
}
