package dev.wedge.journey.tests;

import static dev.wedge.ui.testing.UiTesting.closeAllModels;
import static dev.wedge.ui.testing.UiTesting.openExample;
import static dev.wedge.ui.testing.UiTesting.openPart;
import static dev.wedge.ui.testing.UiTesting.processEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.session.ModelSession;
import dev.wedge.editor.metrics.MetricsEditor;
import dev.wedge.editor.resistance.ResistanceEditor;
import dev.wedge.editor.strategy.StrategyEditor;
import dev.wedge.ui.testing.UiTesting;
import dev.wedge.ui.testing.Widgets;
import dev.wedge.ui.theme.ThemeColors;

/**
 * The platform's Dark theme, switched to through its theme engine, darkens what Wedge paints itself (the strategy
 * map, the metric's chart, the power/interest grid, the tables) with readable text, and Light brings them back.
 */
class DarkThemeTest {

  private static final String LIGHT = "org.eclipse.e4.ui.css.theme.e4_default";
  private static final String DARK = "org.eclipse.e4.ui.css.theme.e4_dark";

  @TempDir
  Path dir;

  private static IThemeEngine engine() {
    IThemeEngine engine = PlatformUI.getWorkbench().getService(IThemeEngine.class);
    assertNotNull(engine, "the workbench runs with the platform's CSS themes (the product's cssTheme)");
    return engine;
  }

  @AfterEach
  void backToLight() {
    engine().setTheme(LIGHT, false);
    processEvents();
    closeAllModels();
  }

  @Test
  void theProductStartsLightAndOffersLightAndDark() {
    assertEquals(LIGHT, engine().getActiveTheme().getId(), "the default theme is Light");
    assertTrue(engine().getThemes().stream().anyMatch(t -> t.getId().equals(DARK)), "Dark is installed");
    assertFalse(ThemeColors.dark());
  }

  @Test
  void theAppearancePageIsUnderGeneral() {
    var node = PlatformUI.getWorkbench().getPreferenceManager().find(
        "dev.wedge.ui.preferences.general/org.eclipse.ui.preferencePages.Views");
    assertNotNull(node, "Window › Preferences › General › Appearance");
    assertEquals("Appearance", node.getLabelText());
    PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(null, "org.eclipse.ui.preferencePages.Views",
        null, null);
    dialog.setBlockOnOpen(false);
    dialog.open();
    try {
      processEvents();
      var page = (org.eclipse.jface.preference.IPreferencePage) dialog.getSelectedPage();
      assertNotNull(page, "the page opens");
      assertEquals("ViewsPreferencePage", page.getClass().getSimpleName(), "the platform's own page");
      assertTrue(Widgets.all((Composite) page.getControl(), Combo.class).stream()
          .anyMatch(c -> List.of(c.getItems()).contains("Dark") && List.of(c.getItems()).contains("Light")),
          "its theme choice offers Light and Dark");
    } finally {
      dialog.close();
    }
  }

  @Test
  void mapChartGridAndTablesFollowTheTheme() throws Exception {
    try (UiTesting.ErrorLog log = new UiTesting.ErrorLog()) {
      ModelSession session = openExample(dir);
      StrategyEditor strategy = openPart(session, "strategy", StrategyEditor.class);
      strategy.canvas().fit();
      MetricsEditor metrics = openPart(session, "metrics", MetricsEditor.class);
      ResistanceEditor people = openPart(session, "resistance", ResistanceEditor.class);
      people.showTab(1);
      processEvents();

      // each control with the editor that shows it, brought to the top to be read off the screen
      Map<String, Shown> painted = new LinkedHashMap<>();
      painted.put("strategy map", new Shown(strategy, () -> {
        strategy.showMap();
        return strategy.canvas();
      }));
      painted.put("metric chart", new Shown(metrics, () -> metrics.chart().getChart()));
      painted.put("AI portfolio", new Shown(strategy, () -> {
        strategy.showPortfolio();
        return strategy.portfolioChart();
      }));
      painted.put("measurement table", new Shown(metrics, () -> metrics.table().getControl()));
      painted.put("power/interest grid", new Shown(people, () -> {
        people.showTab(1);
        return people.grid();
      }));
      painted.put("stakeholder register", new Shown(people, () -> {
        people.showTab(0);
        return people.register().getControl();
      }));

      assertBackgrounds(painted, false);

      engine().setTheme(DARK, false);
      processEvents();
      assertEquals(DARK, engine().getActiveTheme().getId());
      assertTrue(ThemeColors.dark(), "Wedge's colour definitions are overridden by the Dark theme's CSS");
      assertBackgrounds(painted, true);
      assertReadable();
      assertOverviewMarks(session);

      engine().setTheme(LIGHT, false);
      processEvents();
      assertFalse(ThemeColors.dark());
      assertBackgrounds(painted, false);
      assertReadable();
      assertOverviewMarks(session);
      log.assertNone();
    }
  }

  /** The overview's ✘ marks are red and its ✔ marks green, 3:1 or more against the page, in either theme. */
  private static void assertOverviewMarks(ModelSession session) throws Exception {
    IEditorPart overview = dev.wedge.ui.models.ModelEditors.openOverview(
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), session);
    processEvents();
    Composite root = ((dev.wedge.ui.session.SessionEditorPart) overview).partControl();
    int marks = 0;
    for (org.eclipse.swt.widgets.Label l : Widgets.all(root, org.eclipse.swt.widgets.Label.class)) {
      boolean missing = l.getText().equals("\u2718");
      if (missing || l.getText().equals("\u2714")) {
        marks++;
        RGB fg = l.getForeground().getRGB();
        RGB bg = l.getParent().getBackground().getRGB();
        assertTrue(missing ? fg.red > fg.green + 60 : fg.green > fg.red + 40, l.getText() + " keeps its colour: " + fg);
        assertTrue(ThemeColors.contrast(fg, bg) >= 3, l.getText() + " " + fg + " on " + bg);
      }
    }
    assertEquals(5, marks, "one mark per step of the method");
  }

  /** A control of an editor: {@code control} shows it (a tab of the editor) and returns it. */
  private record Shown(IEditorPart editor, Supplier<Control> control) {
  }

  /** Each control's most frequent colour, as painted on the screen now, is dark (or light). */
  private static void assertBackgrounds(Map<String, Shown> controls, boolean dark) {
    for (Map.Entry<String, Shown> e : controls.entrySet()) {
      PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().activate(e.getValue().editor());
      processEvents();
      Control control = e.getValue().control().get();
      // the screen is read until it shows the theme (a repaint can lag behind on a loaded machine)
      RGB[] seen = new RGB[1];
      dev.wedge.ui.testing.UiTesting.waitUntil(() -> {
        seen[0] = mostFrequent(control);
        double lum = ThemeColors.luminance(seen[0]);
        return dark ? lum < 0.1 : lum > 0.7;
      }, java.time.Duration.ofSeconds(10), e.getKey() + " to paint " + (dark ? "dark in the Dark" : "light in the"
          + " Light") + " theme");
      RGB background = seen[0];
      double l = ThemeColors.luminance(background);
      if (dark) {
        assertTrue(l < 0.1, e.getKey() + " paints dark in the Dark theme: " + background + ", luminance " + l);
      } else {
        assertTrue(l > 0.7, e.getKey() + " paints light in the Light theme: " + background + ", luminance " + l);
      }
    }
  }

  /** The pixel colour that covers most of {@code control} (its background), as the screen shows it. */
  private static RGB mostFrequent(Control control) {
    control.redraw();
    control.update();
    processEvents();
    Point size = control.getSize();
    assertTrue(control.isVisible() && size.x > 50 && size.y > 50, control + " is shown: " + size);
    Point at = control.toDisplay(0, 0);
    Image image = new Image(control.getDisplay(), size.x, size.y);
    try {
      GC gc = new GC(control.getDisplay());
      try {
        gc.copyArea(image, at.x, at.y);
      } finally {
        gc.dispose();
      }
      ImageData data = image.getImageData();
      PaletteData palette = data.palette;
      Map<Integer, Integer> counts = new HashMap<>();
      for (int y = 0; y < data.height; y += 2) {
        for (int x = 0; x < data.width; x += 2) {
          counts.merge(data.getPixel(x, y), 1, Integer::sum);
        }
      }
      int pixel = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      return palette.getRGB(pixel);
    } finally {
      image.dispose();
    }
  }

  /** Text at least 4.5:1 against what it is drawn on, lines and marks 3:1 (WCAG 2.2 AA), in the current theme. */
  private static void assertReadable() {
    String[][] text = {
        {ThemeColors.TEXT, ThemeColors.BACKGROUND},
        {ThemeColors.SECONDARY_TEXT, ThemeColors.BACKGROUND},
        {ThemeColors.ALERT, ThemeColors.BACKGROUND},
        {ThemeColors.MAP_GOAL_TEXT, ThemeColors.MAP_GOAL_FILL},
        {ThemeColors.TEXT, ThemeColors.MAP_METRIC_FILL},
        {ThemeColors.SECONDARY_TEXT, ThemeColors.MAP_METRIC_FILL},
        {ThemeColors.TEXT, ThemeColors.MAP_EFFICIENCY_FILL},
        {ThemeColors.SECONDARY_TEXT, ThemeColors.MAP_EFFICIENCY_FILL},
        {ThemeColors.TEXT, ThemeColors.MAP_STRATEGIC_FILL},
        {ThemeColors.SECONDARY_TEXT, ThemeColors.MAP_STRATEGIC_FILL},
        {ThemeColors.MAP_NO_METRIC_TEXT, ThemeColors.MAP_NO_METRIC},
        {ThemeColors.SECONDARY_TEXT, ThemeColors.GRID_QUADRANT_HOT},
        {ThemeColors.SECONDARY_TEXT, ThemeColors.GRID_QUADRANT_WARM},
        {ThemeColors.TEXT, ThemeColors.GRID_QUADRANT_HOT},
        {ThemeColors.TABLE_TEXT, ThemeColors.TABLE_BACKGROUND},
        {ThemeColors.TABLE_HEADER_TEXT, ThemeColors.TABLE_HEADER_BACKGROUND},
        {ThemeColors.TABLE_SELECTION_TEXT, ThemeColors.TABLE_SELECTION_BACKGROUND}};
    for (String[] pair : text) {
      double c = ThemeColors.contrast(ThemeColors.rgb(pair[0]), ThemeColors.rgb(pair[1]));
      assertTrue(c >= 4.5, pair[0] + " on " + pair[1] + ": " + String.format("%.2f", c) + ":1, below 4.5:1");
    }
    // grid lines and frames (ThemeColors.LINE) are decoration, not information: no minimum
    String[] marks = {ThemeColors.SELECTION, ThemeColors.MAP_METRIC_FRAME, ThemeColors.MAP_NO_METRIC,
        ThemeColors.MAP_LINK_LINE, ThemeColors.MAP_GOAL_LINE, ThemeColors.CHART_BASELINE, ThemeColors.CHART_TARGET,
        ThemeColors.CHART_CRITERION, ThemeColors.CHART_PILOT};
    for (String mark : marks) {
      double c = ThemeColors.contrast(ThemeColors.rgb(mark), ThemeColors.rgb(ThemeColors.BACKGROUND));
      assertTrue(c >= 3, mark + " on the background: "
          + String.format("%.2f", c) + ":1");
    }
  }
}
