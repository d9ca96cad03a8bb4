package dev.wedge.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.jface.preference.IPreferencePage;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.wedge.analysis.ui.AnalysesPreferencePage;
import dev.wedge.core.session.NewModelDefaults;
import dev.wedge.ui.application.GeneralPreferences;
import dev.wedge.ui.application.LanguageSetting;
import dev.wedge.ui.testing.UiTesting;

/** Window › Preferences: General, Analyses, Keys and Workspace, found by the dialog's filter. */
class PreferencesTest {

  private PreferenceDialog dialog;

  @AfterEach
  void close() {
    if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
      dialog.close();
    }
    GeneralPreferences.store().setToDefault(GeneralPreferences.CURRENCY);
    GeneralPreferences.store().setToDefault(GeneralPreferences.TIME_ZONE);
    org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE.getNode("dev.wedge.report.ui").remove("brief.color");
  }

  private PreferenceDialog open(String pageId) {
    dialog = PreferencesUtil.createPreferenceDialogOn(
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), pageId, null, null);
    dialog.setBlockOnOpen(false);
    dialog.open();
    UiTesting.processEvents();
    return dialog;
  }

  @Test
  void thePagesAreListedAndTheFilterFindsAPageByWhatItSets() {
    open("dev.wedge.ui.preferences.general");
    Tree pages = all(dialog.getShell(), Tree.class).get(0);
    List<String> names = labels(pages.getItems());
    assertTrue(names.containsAll(List.of("General", "Analyses", "Keys", "Workspace")), "the pages: " + names);

    Text filter = all(dialog.getShell(), Text.class).get(0); // the platform's filtered dialog: its filter comes first
    filter.setText("currency");
    UiTesting.waitUntil(() -> labels(pages.getItems()).equals(List.of("General")),
        "the filter to keep the General page only (it sets the currency): " + labels(pages.getItems()));
    filter.setText("shortcuts");
    UiTesting.waitUntil(() -> labels(pages.getItems()).contains("Keys")
        && !labels(pages.getItems()).contains("General"), "the filter to find the Keys page");
  }

  @Test
  void theGeneralPageRefusesAWrongCurrencyAndKeepsARightOne() {
    open("dev.wedge.ui.preferences.general");
    IPreferencePage page = (IPreferencePage) dialog.getSelectedPage();
    assertEquals("General", ((org.eclipse.jface.preference.PreferencePage) page).getTitle());
    Text currency = all((Composite) page.getControl(), Text.class).get(0);
    assertTrue(page.isValid(), "the page as it opens");
    type(currency, "EURO");
    assertFalse(page.isValid(), "a currency that is not ISO 4217 is refused");
    assertEquals(NewModelDefaults.currencyProblem("EURO"), ((org.eclipse.jface.dialogs.DialogPage) page)
        .getErrorMessage());
    Text zone = all((Composite) page.getControl(), Text.class).get(1);
    type(zone, "Europe/Oslo"); // a right field is checked on its keystrokes and when focus leaves it
    zone.notifyListeners(org.eclipse.swt.SWT.FocusOut, new org.eclipse.swt.widgets.Event());
    currency.notifyListeners(org.eclipse.swt.SWT.FocusOut, new org.eclipse.swt.widgets.Event());
    UiTesting.processEvents();
    assertFalse(page.isValid(), "still refused");
    assertEquals(NewModelDefaults.currencyProblem("EURO"), ((org.eclipse.jface.dialogs.DialogPage) page)
        .getErrorMessage(), "and still said, with the focus elsewhere");
    assertEquals(NewModelDefaults.currencyProblem("EURO"),
        ((dev.wedge.ui.application.GeneralPreferencePage) page).problemText(), "in full, under the fields");
    type(currency, "nok");
    assertTrue(page.isValid());
    assertTrue(page.performOk());
    assertEquals("NOK", GeneralPreferences.newModelDefaults().currency(), "what new models get");
  }

  @Test
  void theGeneralPageKeepsTheLanguageForTheNextStartInTheConfiguration() throws Exception {
    Path ini = LanguageSetting.configIni().orElseThrow();
    byte[] before = Files.isRegularFile(ini) ? Files.readAllBytes(ini) : null;
    try {
      open("dev.wedge.ui.preferences.general");
      IPreferencePage page = (IPreferencePage) dialog.getSelectedPage();
      Combo language = all((Composite) page.getControl(), Combo.class).get(0);
      assertEquals(List.of("The system's", "English", "Deutsch (German)"), List.of(language.getItems()));
      assertEquals("The system's", language.getText(), "the test runs in the system's language (no osgi.nl)");
      pick(language, 2);
      assertTrue(page.performOk());
      assertEquals(Optional.of("de"), LanguageSetting.read(ini), "German from the next start");
      if (before != null) {
        String first = new String(before, java.nio.charset.StandardCharsets.ISO_8859_1).lines().findFirst()
            .orElse("");
        assertTrue(Files.readString(ini, java.nio.charset.StandardCharsets.ISO_8859_1).contains(first),
            "the configuration's other lines are kept");
      }
      pick(language, 0);
      assertTrue(page.performOk());
      assertEquals(Optional.empty(), LanguageSetting.read(ini), "back to the system's language");
    } finally {
      if (before == null) {
        Files.deleteIfExists(ini);
      } else {
        Files.write(ini, before);
      }
    }
  }

  @Test
  void theExecutiveBriefPageIsFoundByWhatItSetsAndRefusesAWrongColour() throws Exception {
    open("dev.wedge.report.ui.preferences");
    IPreferencePage page = (IPreferencePage) dialog.getSelectedPage();
    assertEquals("Executive Brief", ((org.eclipse.jface.preference.PreferencePage) page).getTitle());
    List<String> radios = new ArrayList<>();
    for (org.eclipse.swt.widgets.Button b : all((Composite) page.getControl(), org.eclipse.swt.widgets.Button.class)) {
      radios.add(b.getText());
    }
    assertTrue(radios.containsAll(List.of("A4", "Letter", "Condensed: summary tables", "Complete: every item listed")),
        "paper and appendix: " + radios);
    Combo language = all((Composite) page.getControl(), Combo.class).get(0);
    assertEquals(List.of("English", "Deutsch"), List.of(language.getItems()), "each language in its own words");
    Text colour = all((Composite) page.getControl(), Text.class).get(0);
    assertEquals("#1f3864", colour.getText(), "Wedge's blue until a house colour is set");
    type(colour, "blue");
    assertFalse(page.isValid(), "a colour that is not #rrggbb is refused");
    assertTrue(((org.eclipse.jface.dialogs.DialogPage) page).getErrorMessage().startsWith("Colour: write it as #"),
        ((org.eclipse.jface.dialogs.DialogPage) page).getErrorMessage());
    type(colour, "#7a1f5c");
    assertTrue(page.isValid());
    assertTrue(page.performOk());
    assertEquals("#7a1f5c", org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE.getNode("dev.wedge.report.ui")
        .get("brief.color", null), "kept in Wedge's preferences");

    Tree pages = all(dialog.getShell(), Tree.class).get(0);
    Text filter = all(dialog.getShell(), Text.class).get(0);
    filter.setText("appendix");
    UiTesting.waitUntil(() -> labels(pages.getItems()).equals(List.of("Executive Brief")),
        "the filter to keep the Executive Brief page only: " + labels(pages.getItems()));
  }

  private static void pick(Combo combo, int index) {
    combo.select(index);
    combo.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
    UiTesting.processEvents();
  }

  @Test
  void theAnalysesPageFiltersAndShowsTheNamesInFull() {
    open("dev.wedge.analysis.ui.preferences");
    AnalysesPreferencePage page = (AnalysesPreferencePage) dialog.getSelectedPage();
    Table table = page.table().getTable();
    int all = table.getItemCount();
    assertTrue(all > 5, "the installed analyses are listed: " + all);
    GC gc = new GC(table);
    try {
      for (TableItem item : table.getItems()) {
        int needed = gc.textExtent(item.getText(0)).x;
        assertTrue(needed <= table.getColumn(0).getWidth(), () -> "'" + item.getText(0) + "' is shown in full");
      }
    } finally {
      gc.dispose();
    }
    page.filter().setText("PILOT");
    UiTesting.processEvents();
    int kept = table.getItemCount();
    assertTrue(kept > 0 && kept < all, "some analyses are about pilots, not all: " + kept + " of " + all);
    for (TableItem item : table.getItems()) {
      String row = (item.getText(0) + " " + item.getText(1) + " " + item.getText(3) + " "
          + ((dev.wedge.analysis.AnalysisDescriptor) item.getData()).description()).toLowerCase(Locale.ROOT);
      assertTrue(row.contains("pilot"), row);
    }
    page.filter().setText("");
    UiTesting.processEvents();
    assertEquals(all, table.getItemCount());
  }

  /** What typing does: the text, then the key's release (the field checks its value then). */
  private static void type(Text field, String text) {
    field.setText(text);
    org.eclipse.swt.widgets.Event up = new org.eclipse.swt.widgets.Event();
    up.character = text.charAt(text.length() - 1);
    field.notifyListeners(org.eclipse.swt.SWT.KeyUp, up);
    UiTesting.processEvents();
  }

  private static List<String> labels(TreeItem[] items) {
    List<String> out = new ArrayList<>();
    for (TreeItem i : items) {
      out.add(i.getText());
    }
    return out;
  }

  private static <T extends Control> List<T> all(Control root, Class<T> type) {
    List<T> found = new ArrayList<>();
    if (type.isInstance(root)) {
      found.add(type.cast(root));
    }
    if (root instanceof Composite c) {
      for (Control child : c.getChildren()) {
        found.addAll(all(child, type));
      }
    }
    return found;
  }
}
