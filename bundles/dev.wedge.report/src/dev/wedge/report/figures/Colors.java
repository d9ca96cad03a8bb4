package dev.wedge.report.figures;

/** The brief's palette (RGB). */
public final class Colors {
  public static final int[] INK = {33, 37, 41};
  public static final int[] MUTED = {110, 117, 125};
  public static final int[] GRID = {225, 228, 232};
  public static final int[] ALL = {150, 150, 150};
  public static final int[] PILOT = {31, 119, 180};
  public static final int[] COMPARISON = {255, 127, 14};
  public static final int[] BASELINE = {110, 117, 125};
  public static final int[] TARGET = {44, 160, 44};
  public static final int[] SURVEY = {175, 175, 175};
  public static final int[] WHITE = {255, 255, 255};
  public static final int[] BAND = {232, 240, 250};

  private Colors() {
  }

  /** "#1f77b4" to RGB (the accent colour of the brief); null when it is not such a colour. */
  public static int[] parse(String hex) {
    if (hex == null || !hex.matches("#?[0-9a-fA-F]{6}")) {
      return null;
    }
    String h = hex.startsWith("#") ? hex.substring(1) : hex;
    return new int[] {Integer.parseInt(h.substring(0, 2), 16), Integer.parseInt(h.substring(2, 4), 16),
        Integer.parseInt(h.substring(4, 6), 16)};
  }
}
