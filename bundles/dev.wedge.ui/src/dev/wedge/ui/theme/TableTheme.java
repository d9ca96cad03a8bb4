package dev.wedge.ui.theme;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.style.theme.DefaultNatTableThemeConfiguration;
import org.eclipse.swt.graphics.Color;

/**
 * NatTable's default look in the current theme's colours ({@link ThemeColors}'s table colours): the body, the headers
 * and corner, the selection and the grid lines. {@link #apply} sets it on a table and again whenever the theme
 * changes.
 */
public final class TableTheme extends DefaultNatTableThemeConfiguration {

  private TableTheme() {
    Color background = ThemeColors.color(ThemeColors.TABLE_BACKGROUND);
    Color text = ThemeColors.color(ThemeColors.TABLE_TEXT);
    Color headerBackground = ThemeColors.color(ThemeColors.TABLE_HEADER_BACKGROUND);
    Color headerText = ThemeColors.color(ThemeColors.TABLE_HEADER_TEXT);
    Color selectionBackground = ThemeColors.color(ThemeColors.TABLE_SELECTION_BACKGROUND);
    Color selectionText = ThemeColors.color(ThemeColors.TABLE_SELECTION_TEXT);
    defaultBgColor = background;
    defaultFgColor = text;
    cHeaderBgColor = headerBackground;
    cHeaderFgColor = headerText;
    rHeaderBgColor = headerBackground;
    rHeaderFgColor = headerText;
    cornerBgColor = headerBackground;
    cornerFgColor = headerText;
    sortHeaderBgColor = headerBackground;
    sortHeaderFgColor = headerText;
    defaultSelectionBgColor = selectionBackground;
    defaultSelectionFgColor = selectionText;
    selectionAnchorSelectionBgColor = selectionBackground;
    selectionAnchorSelectionFgColor = selectionText;
    if (ThemeColors.dark()) {
      // NatTable's alternating rows and grid lines are light greys: in the dark, a shade off the background
      oddRowBgColor = background;
      oddRowFgColor = text;
      evenRowBgColor = new Color(ThemeColors.blend(background.getRGB(), text.getRGB(), 0.06));
      evenRowFgColor = text;
      gridLineColor = ThemeColors.color(ThemeColors.LINE);
    }
  }

  /** Styles {@code table} after the current theme, now and whenever the theme changes. */
  public static void apply(NatTable table) {
    style(table);
    ThemeColors.onChange(table, () -> style(table));
  }

  private static void style(NatTable table) {
    table.setTheme(new TableTheme());
    table.setBackground(ThemeColors.color(ThemeColors.TABLE_BACKGROUND));
    table.redraw();
  }
}
