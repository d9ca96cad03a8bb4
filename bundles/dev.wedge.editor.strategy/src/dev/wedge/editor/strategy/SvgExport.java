package dev.wedge.editor.strategy;

import dev.wedge.strategy.map.MapLayout;
import dev.wedge.strategy.map.SvgMap;

/** The map as SVG, for slides (see {@link SvgMap}). */
public final class SvgExport {

  private SvgExport() {
  }

  public static String of(MapLayout.Geometry g, String title) {
    return SvgMap.of(g, title);
  }

  public static String of(MapLayout.Geometry g, String title, java.util.function.UnaryOperator<String> text) {
    return SvgMap.of(g, title, text);
  }
}
