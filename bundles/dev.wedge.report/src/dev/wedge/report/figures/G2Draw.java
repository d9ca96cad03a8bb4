package dev.wedge.report.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;

/** Draws a figure with Java2D (into the PDF as vector graphics, or into an image). */
public final class G2Draw implements Draw {

  private final Graphics2D g;
  private final String family;

  public G2Draw(Graphics2D g, String family) {
    this.g = g;
    this.family = family;
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
  }

  private static Color c(int[] rgb) {
    return new Color(rgb[0], rgb[1], rgb[2]);
  }

  private void stroke(double width, boolean dashed) {
    g.setStroke(dashed ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
        new float[] {5, 3}, 0) : new BasicStroke((float) width));
  }

  @Override
  public void line(double x1, double y1, double x2, double y2, int[] rgb, double width, boolean dashed) {
    g.setColor(c(rgb));
    stroke(width, dashed);
    g.draw(new Line2D.Double(x1, y1, x2, y2));
  }

  @Override
  public void polyline(double[] xy, int[] rgb, double width, boolean dashed) {
    if (xy.length < 4) {
      return;
    }
    Path2D.Double p = new Path2D.Double();
    p.moveTo(xy[0], xy[1]);
    for (int i = 2; i + 1 < xy.length; i += 2) {
      p.lineTo(xy[i], xy[i + 1]);
    }
    g.setColor(c(rgb));
    stroke(width, dashed);
    g.draw(p);
  }

  @Override
  public void rect(double x, double y, double w, double h, int[] fill, int[] stroke, double radius, boolean dashed) {
    RoundRectangle2D.Double r = new RoundRectangle2D.Double(x, y, w, h, radius * 2, radius * 2);
    if (fill != null) {
      g.setColor(c(fill));
      g.fill(r);
    }
    if (stroke != null) {
      g.setColor(c(stroke));
      stroke(1, dashed);
      g.draw(r);
    }
  }

  @Override
  public void polygon(double[] xy, int[] fill) {
    Path2D.Double p = new Path2D.Double();
    p.moveTo(xy[0], xy[1]);
    for (int i = 2; i + 1 < xy.length; i += 2) {
      p.lineTo(xy[i], xy[i + 1]);
    }
    p.closePath();
    g.setColor(c(fill));
    g.fill(p);
  }

  @Override
  public void circle(double cx, double cy, double r, int[] fill) {
    g.setColor(c(fill));
    g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
  }

  /** Liberation Sans regular and bold, from the bundle (not the system's fonts, which may not have it). */
  private static final Font[] LIBERATION = {load("LiberationSans-Regular.ttf"), load("LiberationSans-Bold.ttf")};

  private static Font load(String file) {
    try (java.io.InputStream in = G2Draw.class.getResourceAsStream("/fonts/" + file)) {
      if (in == null) {
        throw new IllegalStateException("the font " + file + " is missing from dev.wedge.report");
      }
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (java.awt.FontFormatException | java.io.IOException e) {
      throw new IllegalStateException("the font " + file + " of dev.wedge.report could not be read", e);
    }
  }

  private Font font(double size, boolean bold) {
    if (family.equals(LIBERATION[0].getFamily())) { // the family the brief embeds: the same glyphs as the PDF's text
      return LIBERATION[bold ? 1 : 0].deriveFont((float) size);
    }
    return new Font(family, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
  }

  @Override
  public void text(double x, double y, String text, double size, boolean bold, int[] rgb, Anchor anchor) {
    g.setFont(font(size, bold));
    g.setColor(c(rgb));
    double w = anchor == Anchor.START ? 0 : textWidth(text, size, bold);
    g.drawString(text, (float) (x - (anchor == Anchor.MIDDLE ? w / 2 : w)), (float) y);
  }

  @Override
  public double textWidth(String text, double size, boolean bold) {
    return font(size, bold).getStringBounds(text, g.getFontRenderContext()).getWidth();
  }
}
