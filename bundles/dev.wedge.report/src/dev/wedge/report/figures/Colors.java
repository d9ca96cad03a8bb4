package dev.wedge.report.figures;

/**
 * The brief's palette (RGB), legible under WCAG 2.2 AA: every text colour has at least 4.5:1 against the white page,
 * the pilot's band and the panels; every line or mark that carries meaning at least 3:1 against white. GRID and BAND
 * are decoration (the values are written beside what they show).
 */
public final class Colors {
  public static final int[] INK = {33, 37, 41};
  public static final int[] MUTED = {96, 103, 110};
  public static final int[] GRID = {225, 228, 232};
  public static final int[] ALL = {140, 140, 140};
  public static final int[] PILOT = {31, 119, 180};
  public static final int[] COMPARISON = {217, 95, 2};
  public static final int[] BASELINE = {96, 103, 110};
  public static final int[] TARGET = {30, 123, 30};
  public static final int[] SURVEY = {140, 140, 140};
  public static final int[] WHITE = {255, 255, 255};
  public static final int[] BAND = {232, 240, 250};
  /** The background of table headers and notes. */
  public static final int[] PANEL = {241, 243, 245};

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
