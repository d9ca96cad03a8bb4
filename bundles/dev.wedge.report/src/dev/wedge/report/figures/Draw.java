package dev.wedge.report.figures;

/**
 * The few drawing operations the brief's figures need, in points; drawn as SVG in the HTML brief and as vector
 * graphics (Java2D onto PDFBox) in the PDF, so both show the same picture.
 */
public interface Draw {

  enum Anchor {
    START, MIDDLE, END
  }

  void line(double x1, double y1, double x2, double y2, int[] rgb, double width, boolean dashed);

  void polyline(double[] xy, int[] rgb, double width, boolean dashed);

  void rect(double x, double y, double w, double h, int[] fill, int[] stroke, double radius, boolean dashed);

  void polygon(double[] xy, int[] fill);

  void circle(double cx, double cy, double r, int[] fill);

  void text(double x, double y, String text, double size, boolean bold, int[] rgb, Anchor anchor);

  /** The width of {@code text} at {@code size} (an estimate for SVG, measured for Java2D). */
  double textWidth(String text, double size, boolean bold);
}
