package dev.wedge.report.figures;

/** A picture in the brief: a size in points and how to draw it. */
public interface Figure {

  double width();

  double height();

  /** A sentence describing the picture (alt text, and the text a screen reader or text extraction finds). */
  String description();

  /** A short name of the picture ("Trend of churn"): the SVG's title; by default its description. */
  default String title() {
    return description();
  }

  void draw(Draw d);
}
