package dev.wedge.report.sections;

import java.util.List;

import dev.wedge.model.Initiative;
import dev.wedge.report.BriefContext;
import dev.wedge.report.Html;
import dev.wedge.report.ReportSection;
import dev.wedge.report.figures.MapFigure;
import dev.wedge.strategy.map.MapLayout;
import dev.wedge.strategy.map.MapText;

/** The strategy map: every AI initiative, the business metric it should move, the goal behind it. */
public final class StrategyMapSection implements ReportSection {

  @Override
  public void write(Html out, BriefContext c) {
    if (c.model().getInitiatives().isEmpty()) {
      return;
    }
    out.section("map", "Every AI initiative and the business number it should move");
    MapLayout.Geometry g = MapLayout.layout(c.model(), MapLayout.FIXED);
    List<Initiative> unlinked = c.model().getInitiatives().stream().filter(MapText::unlinked).toList();
    out.figure(new MapFigure(g, 680, o -> c.privacy().text(MapText.title(o))),
        "Goals (left), the business metrics that show them, and the initiatives that should move them. "
            + (unlinked.isEmpty() ? "Every initiative is tied to a metric."
                : unlinked.size() + " initiative" + (unlinked.size() == 1 ? " is" : "s are")
                    + " not tied to any metric yet (red): "
                    + String.join(", ", unlinked.stream().map(i -> c.privacy().text(i.getName())).toList()) + "."));
    out.endSection();
  }
}
