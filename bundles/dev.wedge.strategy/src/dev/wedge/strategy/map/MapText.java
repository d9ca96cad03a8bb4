package dev.wedge.strategy.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;

import dev.wedge.model.AiUse;
import dev.wedge.model.BusinessGoal;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Initiative;
import dev.wedge.model.Intent;

/**
 * The map's visual language, shared by the screen, PNG, SVG and the executive brief (colours as RGB triplets): goals dark, metrics white with a blue frame,
 * initiatives tinted by intent (efficiency grey-blue, strategic amber) with their use written under the name, and
 * an initiative with no metric framed in red.
 */
public final class MapText {

  public static final int[] GOAL_FILL = {31, 56, 100};
  public static final int[] GOAL_TEXT = {255, 255, 255};
  public static final int[] METRIC_FILL = {255, 255, 255};
  public static final int[] METRIC_FRAME = {31, 119, 180};
  public static final int[] EFFICIENCY_FILL = {228, 235, 245};
  public static final int[] STRATEGIC_FILL = {253, 224, 178};
  public static final int[] FRAME = {120, 130, 145};
  public static final int[] NO_METRIC = {200, 30, 30};
  public static final int[] TEXT = {30, 30, 30};
  public static final int[] SUBTEXT = {90, 90, 90};
  public static final int[] GOAL_LINE = {140, 140, 140};
  public static final int[] LINK_LINE = {70, 110, 160};
  public static final int[] SELECTED = {255, 140, 0};

  private MapText() {
  }

  public static String title(EObject o) {
    String n = o instanceof dev.wedge.model.Named named ? named.getName() : null;
    return n == null || n.isBlank() ? MapLinks.text().get("map.unnamed") : n;
  }

  public static String subtitle(EObject o) {
    if (o instanceof BusinessGoal g) {
      return g.getOwner() == null ? MapLinks.text().get("map.goal") : MapLinks.text().get("map.goalOf", g.getOwner());
    }
    if (o instanceof BusinessMetric m) {
      String unit = m.getUnit() == null ? "" : " " + m.getUnit();
      if (m.getBaseline() != null && m.getTarget() != null) {
        return MapLinks.text().number(number(m.getBaseline())) + " \u2192 " + MapLinks.text().number(number(
            m.getTarget())) + unit;
      }
      return MapLinks.text().get("map.metric");
    }
    if (o instanceof Initiative i) {
      return MapLinks.text().get("map.initiative", use(i.getUse()), MapLinks.text().get(i.getIntent() == Intent.STRATEGIC
          ? "map.strategic" : "map.efficiency"));
    }
    return "";
  }

  public static String use(AiUse u) {
    if (u == null) {
      return MapLinks.text().get("map.other");
    }
    if (MapLinks.text().german()) {
      return dev.wedge.model.provider.WedgeEditPlugin.INSTANCE.getString("_UI_AiUse_" + u.name() + "_literal");
    }
    String s = u.getName().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** "60", "12.5", "0.33": at most two decimals, none when whole (computed targets carry float noise). */
  public static String number(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return String.valueOf(d);
    }
    return java.math.BigDecimal.valueOf(d).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
        .toPlainString();
  }

  /** "#1f3864". */
  public static String hex(int[] c) {
    return String.format(Locale.ROOT, "#%02x%02x%02x", c[0], c[1], c[2]);
  }

  /** The arrowhead at the start of a line (the box it points to), as polygon points. */
  public static double[] arrowhead(double[] p) {
    double dx = p[0] - p[2];
    double dy = p[1] - p[3];
    double len = Math.max(1e-9, Math.sqrt(dx * dx + dy * dy));
    dx /= len;
    dy /= len;
    double bx = p[0] - 9 * dx;
    double by = p[1] - 9 * dy;
    return new double[] {p[0], p[1], bx - 5 * dy, by + 5 * dx, bx + 5 * dy, by - 5 * dx};
  }

  public static boolean unlinked(EObject o) {
    return o instanceof Initiative i && i.getLinks().stream().noneMatch(l -> l.getMetric() != null);
  }

  public static int[] fill(EObject o) {
    if (o instanceof BusinessGoal) {
      return GOAL_FILL;
    }
    if (o instanceof BusinessMetric) {
      return METRIC_FILL;
    }
    return o instanceof Initiative i && i.getIntent() == Intent.STRATEGIC ? STRATEGIC_FILL : EFFICIENCY_FILL;
  }

  /** Word-wraps {@code text} into at most {@code maxLines} lines of {@code width}, with an ellipsis if cut. */
  public static List<String> wrap(String text, double width, int maxLines, java.util.function.ToDoubleFunction<String> measure) {
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
