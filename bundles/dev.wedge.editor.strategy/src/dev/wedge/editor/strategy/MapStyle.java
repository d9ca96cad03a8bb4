package dev.wedge.editor.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.RGB;

import dev.wedge.model.AiUse;
import dev.wedge.model.BusinessGoal;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Initiative;
import dev.wedge.model.Intent;

/**
 * The map's visual language, shared by the screen, PNG and SVG: goals dark, metrics white with a blue frame,
 * initiatives tinted by intent (efficiency grey-blue, strategic amber) with their use written under the name, and
 * an initiative with no metric framed in red.
 */
final class MapStyle {

  static final RGB GOAL_FILL = new RGB(31, 56, 100);
  static final RGB GOAL_TEXT = new RGB(255, 255, 255);
  static final RGB METRIC_FILL = new RGB(255, 255, 255);
  static final RGB METRIC_FRAME = new RGB(31, 119, 180);
  static final RGB EFFICIENCY_FILL = new RGB(228, 235, 245);
  static final RGB STRATEGIC_FILL = new RGB(253, 224, 178);
  static final RGB FRAME = new RGB(120, 130, 145);
  static final RGB NO_METRIC = new RGB(200, 30, 30);
  static final RGB TEXT = new RGB(30, 30, 30);
  static final RGB SUBTEXT = new RGB(90, 90, 90);
  static final RGB GOAL_LINE = new RGB(150, 150, 150);
  static final RGB LINK_LINE = new RGB(70, 110, 160);
  static final RGB SELECTED = new RGB(255, 140, 0);

  private MapStyle() {
  }

  static String title(EObject o) {
    String n = o instanceof dev.wedge.model.Named named ? named.getName() : null;
    return n == null || n.isBlank() ? "(unnamed)" : n;
  }

  static String subtitle(EObject o) {
    if (o instanceof BusinessGoal g) {
      return g.getOwner() == null ? "Business goal" : "Goal \u00b7 " + g.getOwner();
    }
    if (o instanceof BusinessMetric m) {
      String unit = m.getUnit() == null ? "" : " " + m.getUnit();
      if (m.getBaseline() != null && m.getTarget() != null) {
        return number(m.getBaseline()) + " \u2192 " + number(m.getTarget()) + unit;
      }
      return "Business metric";
    }
    if (o instanceof Initiative i) {
      return use(i.getUse()) + " \u00b7 " + (i.getIntent() == Intent.STRATEGIC ? "strategic" : "efficiency");
    }
    return "";
  }

  static String use(AiUse u) {
    if (u == null) {
      return "Other";
    }
    String s = u.getName().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static String number(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }

  /** The arrowhead at the start of a line (the box it points to), as polygon points. */
  static double[] arrowhead(double[] p) {
    double dx = p[0] - p[2];
    double dy = p[1] - p[3];
    double len = Math.max(1e-9, Math.sqrt(dx * dx + dy * dy));
    dx /= len;
    dy /= len;
    double bx = p[0] - 9 * dx;
    double by = p[1] - 9 * dy;
    return new double[] {p[0], p[1], bx - 5 * dy, by + 5 * dx, bx + 5 * dy, by - 5 * dx};
  }

  static boolean unlinked(EObject o) {
    return o instanceof Initiative i && i.getLinks().stream().noneMatch(l -> l.getMetric() != null);
  }

  static RGB fill(EObject o) {
    if (o instanceof BusinessGoal) {
      return GOAL_FILL;
    }
    if (o instanceof BusinessMetric) {
      return METRIC_FILL;
    }
    return o instanceof Initiative i && i.getIntent() == Intent.STRATEGIC ? STRATEGIC_FILL : EFFICIENCY_FILL;
  }

  /** Word-wraps {@code text} into at most {@code maxLines} lines of {@code width}, with an ellipsis if cut. */
  static List<String> wrap(String text, double width, int maxLines, java.util.function.ToDoubleFunction<String> measure) {
    List<String> lines = new ArrayList<>();
    String[] words = text.split("\\s+");
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      String attempt = line.length() == 0 ? words[i] : line + " " + words[i];
      if (measure.applyAsDouble(attempt) <= width || line.length() == 0) {
        line.setLength(0);
        line.append(attempt);
      } else {
        lines.add(line.toString());
        line.setLength(0);
        line.append(words[i]);
        if (lines.size() == maxLines) {
          break;
        }
      }
    }
    if (lines.size() < maxLines && line.length() > 0) {
      lines.add(line.toString());
    } else if (lines.size() == maxLines && line.length() > 0) {
      String last = lines.get(maxLines - 1);
      while (last.length() > 1 && measure.applyAsDouble(last + "\u2026") > width) {
        last = last.substring(0, last.length() - 1);
      }
      lines.set(maxLines - 1, last + "\u2026");
    }
    for (int i = 0; i < lines.size(); i++) { // a single long word
      String l = lines.get(i);
      if (measure.applyAsDouble(l) > width) {
        while (l.length() > 1 && measure.applyAsDouble(l + "\u2026") > width) {
          l = l.substring(0, l.length() - 1);
        }
        lines.set(i, l + "\u2026");
      }
    }
    return lines;
  }
}
