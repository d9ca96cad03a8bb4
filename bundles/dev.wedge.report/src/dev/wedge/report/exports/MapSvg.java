package dev.wedge.report.exports;

import dev.wedge.model.StrategyModel;
import dev.wedge.report.Privacy;
import dev.wedge.strategy.map.MapLayout;
import dev.wedge.strategy.map.SvgMap;

/**
 * The strategy map as SVG, written from its layout (boxes, lines and text as SVG shapes, not a picture inside an
 * SVG): the same layout the map editor draws. Without names, people appear by their role, as in the executive brief.
 */
public final class MapSvg {

  private MapSvg() {
  }

  public static String of(StrategyModel model, boolean names) {
    Privacy privacy = new Privacy(model, names);
    return SvgMap.of(MapLayout.layout(model, MapLayout.FIXED), model.getName(), names
        ? java.util.function.UnaryOperator.identity() : privacy::text);
  }
}
