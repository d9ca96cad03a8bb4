package dev.wedge.ui.theme;

import java.util.Map;

import org.eclipse.jface.resource.ColorRegistry;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.themes.ITheme;
import org.eclipse.ui.themes.IThemeManager;

/**
 * The colours Wedge paints with itself (the strategy map, the charts, the power/interest grid, the tables): colour
 * definitions of the platform's theme registry (extension point {@code org.eclipse.ui.themes} in dev.wedge.ui's
 * plugin.xml, their light values), which the dark theme's CSS overrides ({@code ColorDefinition#dev-wedge-...} in
 * {@code css/wedge-dark.css}). Window › Preferences › General › Appearance › Colors and Fonts lists them under Wedge.
 * Without a running workbench (tests of a single widget, exports) the light values of plugin.xml apply.
 */
public final class ThemeColors {

  /** The background of a canvas Wedge paints: map, grid, chart, table. */
  public static final String BACKGROUND = "dev.wedge.ui.canvas.background";
  /** Text and marks on {@link #BACKGROUND}. */
  public static final String TEXT = "dev.wedge.ui.canvas.text";
  /** Secondary text on {@link #BACKGROUND}: legends, axes, captions (still at least 4.5:1). */
  public static final String SECONDARY_TEXT = "dev.wedge.ui.canvas.secondaryText";
  /** Frames, axes and grid lines. */
  public static final String LINE = "dev.wedge.ui.canvas.line";
  /** Text and marks that call for attention (the first ADKAR barrier), on {@link #BACKGROUND}. */
  public static final String ALERT = "dev.wedge.ui.canvas.alert";
  /** The selection's ring and emphasis. */
  public static final String SELECTION = "dev.wedge.ui.canvas.selection";

  public static final String MAP_GOAL_FILL = "dev.wedge.ui.map.goalFill";
  public static final String MAP_GOAL_TEXT = "dev.wedge.ui.map.goalText";
  public static final String MAP_METRIC_FILL = "dev.wedge.ui.map.metricFill";
  public static final String MAP_METRIC_FRAME = "dev.wedge.ui.map.metricFrame";
  public static final String MAP_EFFICIENCY_FILL = "dev.wedge.ui.map.efficiencyFill";
  public static final String MAP_STRATEGIC_FILL = "dev.wedge.ui.map.strategicFill";
  public static final String MAP_FRAME = "dev.wedge.ui.map.frame";
  public static final String MAP_NO_METRIC = "dev.wedge.ui.map.noMetric";
  /** The text of the "no metric" badge, on {@link #MAP_NO_METRIC}. */
  public static final String MAP_NO_METRIC_TEXT = "dev.wedge.ui.map.noMetricText";
  public static final String MAP_GOAL_LINE = "dev.wedge.ui.map.goalLine";
  public static final String MAP_LINK_LINE = "dev.wedge.ui.map.linkLine";

  public static final String GRID_QUADRANT_HOT = "dev.wedge.ui.grid.quadrantHot";
  public static final String GRID_QUADRANT_WARM = "dev.wedge.ui.grid.quadrantWarm";

  public static final String CHART_BASELINE = "dev.wedge.ui.chart.baseline";
  public static final String CHART_TARGET = "dev.wedge.ui.chart.target";
  public static final String CHART_CRITERION = "dev.wedge.ui.chart.criterion";
  public static final String CHART_PILOT = "dev.wedge.ui.chart.pilot";

  public static final String TABLE_BACKGROUND = "dev.wedge.ui.table.background";
  public static final String TABLE_TEXT = "dev.wedge.ui.table.text";
  public static final String TABLE_HEADER_BACKGROUND = "dev.wedge.ui.table.headerBackground";
  public static final String TABLE_HEADER_TEXT = "dev.wedge.ui.table.headerText";
  public static final String TABLE_SELECTION_BACKGROUND = "dev.wedge.ui.table.selectionBackground";
  public static final String TABLE_SELECTION_TEXT = "dev.wedge.ui.table.selectionText";

  /**
   * The light values, as plugin.xml defines them: what applies when no workbench runs. A system colour is given as
   * its SWT constant (as plugin.xml does with its name).
   */
  private static final Map<String, Object> LIGHT = Map.ofEntries(
      Map.entry(BACKGROUND, new RGB(255, 255, 255)),
      Map.entry(TEXT, new RGB(30, 30, 30)),
      Map.entry(SECONDARY_TEXT, new RGB(90, 90, 90)),
      Map.entry(LINE, new RGB(170, 170, 170)),
      Map.entry(ALERT, new RGB(200, 30, 30)),
      Map.entry(SELECTION, new RGB(31, 119, 180)),
      Map.entry(MAP_GOAL_FILL, new RGB(31, 56, 100)),
      Map.entry(MAP_GOAL_TEXT, new RGB(255, 255, 255)),
      Map.entry(MAP_METRIC_FILL, new RGB(255, 255, 255)),
      Map.entry(MAP_METRIC_FRAME, new RGB(31, 119, 180)),
      Map.entry(MAP_EFFICIENCY_FILL, new RGB(228, 235, 245)),
      Map.entry(MAP_STRATEGIC_FILL, new RGB(253, 224, 178)),
      Map.entry(MAP_FRAME, new RGB(120, 130, 145)),
      Map.entry(MAP_NO_METRIC, new RGB(200, 30, 30)),
      Map.entry(MAP_NO_METRIC_TEXT, new RGB(255, 255, 255)),
      Map.entry(MAP_GOAL_LINE, new RGB(140, 140, 140)),
      Map.entry(MAP_LINK_LINE, new RGB(70, 110, 160)),
      Map.entry(GRID_QUADRANT_HOT, new RGB(253, 237, 222)),
      Map.entry(GRID_QUADRANT_WARM, new RGB(245, 245, 250)),
      Map.entry(CHART_BASELINE, new RGB(89, 89, 89)),
      Map.entry(CHART_TARGET, new RGB(56, 118, 29)),
      Map.entry(CHART_CRITERION, new RGB(192, 0, 0)),
      Map.entry(CHART_PILOT, new RGB(120, 70, 160)),
      Map.entry(TABLE_BACKGROUND, SWT.COLOR_LIST_BACKGROUND),
      Map.entry(TABLE_TEXT, SWT.COLOR_LIST_FOREGROUND),
      Map.entry(TABLE_HEADER_BACKGROUND, SWT.COLOR_WIDGET_BACKGROUND),
      Map.entry(TABLE_HEADER_TEXT, SWT.COLOR_WIDGET_FOREGROUND),
      Map.entry(TABLE_SELECTION_BACKGROUND, SWT.COLOR_TITLE_INACTIVE_BACKGROUND),
      Map.entry(TABLE_SELECTION_TEXT, SWT.COLOR_BLACK));

  private ThemeColors() {
  }

  /** The workbench's current colour registry, or null when no workbench runs. */
  private static ColorRegistry registry() {
    if (!PlatformUI.isWorkbenchRunning()) {
      return null;
    }
    IThemeManager manager = PlatformUI.getWorkbench().getThemeManager();
    ITheme theme = manager == null ? null : manager.getCurrentTheme();
    return theme == null ? null : theme.getColorRegistry();
  }

  /** The colour {@code id} of the current theme (shared: never dispose it). */
  public static Color color(String id) {
    ColorRegistry r = registry();
    if (r != null && r.hasValueFor(id)) {
      return r.get(id);
    }
    Object light = LIGHT.get(id);
    if (light == null) {
      throw new IllegalArgumentException("No colour definition " + id); // NON-NLS: a programming error
    }
    Display display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
    return light instanceof Integer systemColor ? display.getSystemColor(systemColor) : new Color((RGB) light);
  }

  public static RGB rgb(String id) {
    return color(id).getRGB();
  }

  /** Whether the current theme paints Wedge's canvases dark (their background is darker than their text). */
  public static boolean dark() {
    return luminance(rgb(BACKGROUND)) < luminance(rgb(TEXT));
  }

  /** {@code a} blended toward {@code b}: {@code share} 0 is a, 1 is b. */
  public static RGB blend(RGB a, RGB b, double share) {
    return new RGB((int) Math.round(a.red + (b.red - a.red) * share),
        (int) Math.round(a.green + (b.green - a.green) * share),
        (int) Math.round(a.blue + (b.blue - a.blue) * share));
  }

  /** WCAG 2.2's relative luminance of a colour. */
  public static double luminance(RGB c) {
    return 0.2126 * channel(c.red) + 0.7152 * channel(c.green) + 0.0722 * channel(c.blue);
  }

  private static double channel(int v) {
    double s = v / 255.0;
    return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  }

  /** WCAG 2.2's contrast ratio of two colours (1 to 21). */
  public static double contrast(RGB a, RGB b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  /**
   * Runs {@code changed} in the UI thread whenever the theme's colours change (another theme chosen, a colour edited
   * in Colors and Fonts), until {@code control} is disposed. Without a running workbench, nothing changes.
   */
  public static void onChange(Control control, Runnable changed) {
    if (!PlatformUI.isWorkbenchRunning()) {
      return;
    }
    IThemeManager manager = PlatformUI.getWorkbench().getThemeManager();
    Display display = control.getDisplay();
    IPropertyChangeListener listener = event -> {
      if (event.getProperty() != null && (event.getProperty().startsWith("dev.wedge.ui.")
          || IThemeManager.CHANGE_CURRENT_THEME.equals(event.getProperty()))) {
        Runnable refresh = () -> {
          if (!control.isDisposed()) {
            changed.run();
          }
        };
        if (Display.getCurrent() == display) {
          refresh.run();
        } else if (!display.isDisposed()) {
          display.asyncExec(refresh);
        }
      }
    };
    manager.addPropertyChangeListener(listener);
    control.addDisposeListener(e -> manager.removePropertyChangeListener(listener));
  }
}
