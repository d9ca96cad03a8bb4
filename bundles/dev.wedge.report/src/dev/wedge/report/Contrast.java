package dev.wedge.report;

import java.util.Locale;

import dev.wedge.report.figures.Colors;

/**
 * Colour contrast as WCAG 2.2 defines it (relative luminance of sRGB, ratio (L1 + 0.05) / (L2 + 0.05)), and the
 * brief's colours made legible: text needs 4.5:1 against its background (AA), graphics that carry meaning 3:1.
 */
public final class Contrast {

  /** WCAG AA for text below 18 pt (14 pt bold). */
  public static final double TEXT = 4.5;

  /** WCAG AA for graphical objects that carry meaning (1.4.11). */
  public static final double GRAPHICS = 3.0;

  private Contrast() {
  }

  /** The relative luminance of an sRGB colour (0 black to 1 white). */
  public static double luminance(int[] rgb) {
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = rgb[i] / 255.0;
      c[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }

  /** The contrast ratio of two colours, 1 to 21. */
  public static double ratio(int[] a, int[] b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  /**
   * {@code rgb}, or the nearest darker shade of it (the same hue, each channel scaled down in steps of 1%) that has
   * at least {@code min} contrast against {@code background}; black when none has.
   */
  public static int[] darkened(int[] rgb, int[] background, double min) {
    for (int pct = 100; pct >= 0; pct--) {
      int[] c = {rgb[0] * pct / 100, rgb[1] * pct / 100, rgb[2] * pct / 100};
      if (ratio(c, background) >= min) {
        return c;
      }
    }
    return new int[] {0, 0, 0};
  }

  /** "#1f3864". */
  public static String hex(int[] rgb) {
    return String.format(Locale.ROOT, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
  }

  /**
   * The brief's accent colour (the branding colour, or Wedge's): {@code given} as asked, {@code shown} as written
   * (darkened when the given one has less than 4.5:1 against the page or the panels of the brief).
   */
  public record Accent(String given, String shown, double givenRatio) {

    public boolean darkened() {
      return !given.equals(shown);
    }

    /** The sentence the brief says when the branding colour was darkened, or null. */
    public String note() {
      return darkened() ? "The branding colour " + given + " is shown as " + shown + ": at "
          + String.format(Locale.ROOT, "%.1f", givenRatio) + ":1 against white it falls short of the 4.5:1 contrast"
          + " that text needs to be legible (WCAG 2.2 AA), so it was darkened, keeping its hue." : null;
    }
  }

  /** The accent colour of a brief with {@code options}. */
  public static Accent accent(BriefOptions options) {
    int[] a = Colors.parse(options.accent());
    if (a == null) {
      a = Colors.parse(BriefOptions.DEFAULT_ACCENT);
    }
    // against the panels' grey, the darkest background text sits on: then on white too
    int[] shown = darkened(a, Colors.PANEL, TEXT);
    return new Accent(hex(a), hex(shown), ratio(a, Colors.WHITE));
  }
}
