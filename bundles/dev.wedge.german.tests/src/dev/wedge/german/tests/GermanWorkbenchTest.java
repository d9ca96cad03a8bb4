package dev.wedge.german.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;

import dev.wedge.core.session.ModelSession;
import dev.wedge.ui.models.ModelEditors;
import dev.wedge.ui.testing.UiTesting;
import dev.wedge.ui.testing.Widgets;

/**
 * Wedge started in German ({@code -nl de}, as {@code wedge -nl de} does): the menus, the start page, the Findings view,
 * a model's overview and the About dialog speak German, and every German fragment ({@code *.nl_de}) has a German text
 * for every key of its host's {@code messages.properties} and {@code plugin.properties}, with the same placeholders.
 */
class GermanWorkbenchTest {

  /** The fragments this release ships (the product's feature lists them); more may come. */
  private static final List<String> FRAGMENTS = List.of("dev.wedge.ui.nl_de", "dev.wedge.analysis.ui.nl_de",
      "dev.wedge.editor.overview.nl_de", "dev.wedge.team.ui.nl_de", "dev.wedge.plugins.ui.nl_de",
      "dev.wedge.help.nl_de", "dev.wedge.model.edit.nl_de");

  /**
   * The hosts with a plugin.properties and no messages.properties: the model's edit bundle, whose type and feature
   * names, descriptions, property categories and enumeration labels ({@code _UI_*_literal}) the Properties view, the
   * editors and the Findings view show. Every key of its plugin.properties has its German.
   */
  private static final Set<String> PLUGIN_ONLY = Set.of("dev.wedge.model.edit");


  @TempDir
  Path dir;

  private IWorkbenchWindow window;
  private IWorkbenchPage page;
  private UiTesting.ErrorLog log;

  @BeforeEach
  void setUp() {
    window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    page = window.getActivePage();
    log = new UiTesting.ErrorLog();
  }

  @AfterEach
  void tearDown() {
    UiTesting.closeAllModels();
    log.close();
  }

  @Test
  void theWorkbenchRunsInGerman() {
    assertTrue(Platform.getNL().startsWith("de"), "the platform's language: " + Platform.getNL());
    assertEquals("de", Locale.getDefault().getLanguage(), "the default locale follows -nl");
  }

  @Test
  void theMenusAreInGerman() {
    List<String> bar = new ArrayList<>();
    for (MenuItem item : window.getShell().getMenuBar().getItems()) {
      bar.add(Widgets.plain(item.getText()));
    }
    assertTrue(bar.containsAll(List.of("Datei", "Bearbeiten", "Analyse", "Fenster", "Team", "Hilfe")), bar.toString());
    assertTrue(menu("Datei").containsAll(List.of("Neues Modell...", "Modell \u00f6ffnen...", "Zuletzt ge\u00f6ffnet",
        "Speichern", "Speichern unter", "Modell schlie\u00dfen", "Beenden")), menu("Datei").toString());
    assertTrue(menu("Datei").contains("Executive Brief exportieren...") && !menu("Datei").contains("Exportieren"),
        "the brief is one item beside Export..., not a submenu of its own: " + menu("Datei"));
    assertTrue(menu("Bearbeiten").containsAll(List.of("Ausschneiden", "Kopieren", "Einf\u00fcgen", "Duplizieren",
        "L\u00f6schen")), menu("Bearbeiten").toString());
    assertTrue(menu("Fenster").containsAll(List.of("Modelle", "Eigenschaften", "Fortschritt", "Fehlerprotokoll",
        "Perspektive", "Einstellungen")), menu("Fenster").toString());
    assertTrue(menu("Team").containsAll(List.of("Teilen\u2026", "Commit\u2026", "Konflikte l\u00f6sen\u2026",
        "Verlauf anzeigen")), menu("Team").toString());
    assertTrue(menu("Hilfe").containsAll(List.of("Hilfeinhalt", "Tutorial: Ihr erster Pilot",
        "Installationsdetails...", "Info")), menu("Hilfe").toString());
    log.assertNone();
  }

  @Test
  void theFindingsTheOverviewAndTheStartPageAreInGerman() throws Exception {
    IViewPart findings = page.showView("dev.wedge.analysis.ui.findings");
    UiTesting.processEvents();
    assertEquals("Befunde", ((org.eclipse.ui.IWorkbenchPart2) findings).getPartName());
    assertEquals("Kein Modell ge\u00f6ffnet.", description(findings), "before any model is open");
    ModelSession session = UiTesting.openExample(dir);
    IEditorPart overview = ModelEditors.openOverview(page, session);
    UiTesting.processEvents();
    assertTrue(overview.getTitle().startsWith("\u00dcbersicht"), overview.getTitle());
    List<String> shown = texts(window.getShell());
    assertTrue(shown.contains("Der n\u00e4chste Schritt"), shown.toString());
    assertTrue(shown.contains("Eine Kennzahl, eine Frage, ein Pilot, ein Wedge, ein Pr\u00fcfschritt"),
        shown.toString());
    assertTrue(shown.contains("Modellbaum (alle Objekte)"), shown.toString());
    // the method's steps and the next steps after the first (MethodOverview, brief_de.properties)
    assertTrue(shown.contains("Eine Kennzahl"), shown.toString());
    assertTrue(shown.stream().anyMatch(s -> s.startsWith("8 von 12 KI-Initiativen sind mit einer")), shown.toString());
    assertTrue(shown.stream().noneMatch(s -> s.startsWith("Then: ") || s.startsWith("One metric")
        || s.contains("to its sponsor")), shown.toString());
    assertTrue(shown.contains("Nur dieses Modell"), "the Findings view's filter: " + shown);
    page.activate(overview);
    UiTesting.waitUntil(() -> description(findings).contains("Warnungen"),
        "the Findings view counting the example's findings in German");
    assertTrue(description(findings).matches(".*: \\d+ Fehler \u00b7 \\d+ Warnungen \u00b7 \\d+ Hinweise?"),
        description(findings));

    UiTesting.closeAllModels();
    UiTesting.waitUntil(() -> Arrays.stream(page.getEditorReferences()).anyMatch(
        r -> r.getId().equals("dev.wedge.ui.start")), "the start page, once no model is open");
    UiTesting.processEvents();
    List<String> start = texts(window.getShell());
    assertTrue(start.containsAll(List.of("Eine Kennzahl, eine Frage, ein Pilot, ein Wedge, ein Pr\u00fcfschritt.",
        "Beispiel \u00f6ffnen", "Tutorial: Ihr erster Pilot", "Zuletzt ge\u00f6ffnet")), start.toString());
    assertTrue(start.stream().anyMatch(t -> t.startsWith("Wedge macht aus der KI-Arbeit eines Lernteams Evidenz")),
        start.toString());
    log.assertNone();
  }

  @Test
  void thePilotPageGivesTheEvidencesReasoningInGerman() throws Exception {
    ModelSession session = UiTesting.openExample(dir);
    dev.wedge.ui.session.SessionEditorPart pilots = UiTesting.openPart(session, "pilots",
        dev.wedge.ui.session.SessionEditorPart.class);
    pilots.selectObject(session.getResource().getEObject("p-onboarding"));
    UiTesting.processEvents();
    List<String> shown = texts(window.getShell());
    // the rating, its reasons, a criterion's verdict, rule and explanation: computed in the workbench's language
    assertTrue(shown.stream().anyMatch(t -> t.startsWith("Evidenz 3 von 5 (mittel)")), shown.toString());
    assertTrue(shown.stream().anyMatch(t -> t.contains("Design: Differenz von Differenzen, nicht randomisiert")),
        shown.toString());
    assertTrue(shown.stream().anyMatch(t -> t.startsWith("ERF\u00dcLLT \u00b7 ") && t.endsWith("Intervallregel: das"
        + " ganze 95-%-Konfidenzintervall muss die Schwelle erreichen")), shown.toString());
    assertTrue(shown.stream().anyMatch(t -> t.contains("\u00fcbertraf die Vergleichsgruppe um 17,7 days"
        + " (95-%-Konfidenzintervall 12,4 bis 23 days;")), shown.toString());
    assertFalse(shown.stream().anyMatch(t -> t.contains("design: difference in differences")
        || t.contains("the whole interval is")), shown.toString());
    log.assertNone();
  }

  @Test
  void theFindingsTheMethodsRulesAndTheModelsChoicesAreInGerman() throws Exception {
    // the model's choices: dev.wedge.model.edit.nl_de, as the editors and the property sheet name them
    assertEquals("Skalieren", dev.wedge.model.provider.WedgeEditPlugin.INSTANCE.getString(
        "_UI_Decision_SCALE_literal"));
    assertEquals("Vertrauen", dev.wedge.model.provider.WedgeEditPlugin.INSTANCE.getString(
        "_UI_RootCause_CREDIBILITY_literal"));
    ModelSession session = UiTesting.openExample(dir);
    // the method's rules, in the workbench's language
    dev.wedge.model.StrategyModel m = session.getModel();
    List<String> gaps = m.getPilots().stream().flatMap(p -> dev.wedge.core.method.GovernanceGate.gaps(p).stream())
        .map(dev.wedge.core.method.GovernanceGate.Gap::message).toList();
    assertFalse(gaps.isEmpty());
    assertTrue(gaps.stream().allMatch(g -> g.matches(".*(Pr\u00fcfschritt|Lernendendaten|Recht oder Compliance"
        + "|KI-Inhalte).*")), gaps.toString());
    assertTrue(m.getInitiatives().stream().map(dev.wedge.core.method.AiActRisk::verdict).anyMatch(v -> v.startsWith(
        "Hochrisiko: Nummer 3, bewertet Lernergebnisse")), "the AI Act's verdict in German");
    // the built-in analyses' findings, as the Findings view lists them
    IViewPart findings = page.showView("dev.wedge.analysis.ui.findings");
    IEditorPart overview = ModelEditors.openOverview(page, session);
    page.activate(overview);
    UiTesting.waitUntil(() -> description(findings).contains("Warnungen"), "the Findings view with the example's");
    List<String> rows = new ArrayList<>();
    for (Control c : Widgets.all(window.getShell())) {
      if (c instanceof org.eclipse.swt.widgets.Tree t) {
        rows(t.getItems(), rows);
      }
    }
    assertTrue(rows.stream().anyMatch(r -> r.contains("bewegt keine Gesch\u00e4ftskennzahl: das erste Problem")),
        rows.toString());
    assertTrue(rows.stream().noneMatch(r -> r.contains(" drives no business metric") || r.contains(" has no sponsor")),
        rows.toString());
    log.assertNone();
  }

  @Test
  void thePropertiesViewNamesTheModelsPropertiesInGerman() throws Exception {
    dev.wedge.model.provider.WedgeEditPlugin edit = dev.wedge.model.provider.WedgeEditPlugin.INSTANCE;
    assertEquals("Organisation", edit.getString("_UI_StrategyModel_organization_feature"));
    assertEquals("Beschreibung", edit.getString("_UI_Named_description_feature"));
    assertEquals("Gesch\u00e4ftskennzahl", edit.getString("_UI_BusinessMetric_type"));
    assertEquals("Allgemein", edit.getString("_UI_GeneralPropertyCategory"));
    // every type and feature name of the host has a German text of its own (the same word only where German uses it)
    Properties english = load(Platform.getBundle("dev.wedge.model.edit").getEntry("plugin.properties"));
    List<String> names = english.stringPropertyNames().stream().filter(k -> k.endsWith("_feature")
        || k.endsWith("_type")).sorted().toList();
    assertTrue(names.size() > 190, names.size() + " type and feature names");
    List<String> same = names.stream().filter(k -> edit.getString(k).equals(english.getProperty(k))).toList();
    assertTrue(same.size() < names.size() / 5, "German the same as English: " + same);

    ModelSession session = UiTesting.openExample(dir);
    // the model tree's New Child menu: EMF.Edit's label (dev.wedge.platform.emf.edit.nl_de) around the German type names
    List<String> children = new ArrayList<>();
    for (Object d : session.getEditingDomain().getNewChildDescriptors(session.getModel(), null)) {
      children.add(org.eclipse.emf.edit.command.CreateChildCommand.create(session.getEditingDomain(),
          session.getModel(), d, List.of(session.getModel())).getLabel());
    }
    assertTrue(children.containsAll(List.of("Neu: Gesch\u00e4ftsziel", "Neu: Gesch\u00e4ftskennzahl",
        "Neu: Stakeholder")), children.toString());
    assertFalse(children.stream().anyMatch(c -> c.contains("Business") || c.startsWith("New ")), children.toString());
    dev.wedge.ui.models.ModelsView models = (dev.wedge.ui.models.ModelsView) page.showView(
        dev.wedge.ui.models.ModelsView.ID);
    org.eclipse.ui.views.properties.PropertySheet properties = (org.eclipse.ui.views.properties.PropertySheet) page
        .showView(org.eclipse.ui.IPageLayout.ID_PROP_SHEET);
    page.activate(models);
    UiTesting.processEvents();
    models.select(session.getModel().getInitiatives().get(0));
    UiTesting.processEvents();
    org.eclipse.swt.widgets.Tree tree = (org.eclipse.swt.widgets.Tree) properties.getCurrentPage().getControl();
    List<String> groups = Arrays.stream(tree.getItems()).map(org.eclipse.swt.widgets.TreeItem::getText).toList();
    assertEquals("Allgemein", groups.get(0), "the categories, General first: " + groups);
    assertTrue(groups.contains("Governance") && !groups.contains("General"), groups.toString());
    List<String> rows = new ArrayList<>();
    for (org.eclipse.swt.widgets.TreeItem g : tree.getItems()) {
      g.setExpanded(true);
      for (org.eclipse.swt.widgets.TreeItem i : g.getItems()) {
        rows.add(i.getText(0));
      }
    }
    assertTrue(rows.containsAll(List.of("Name", "Beschreibung", "Verantwortlich", "Gesch\u00e4ftsproblem",
        "Nutzt KI-Inhalte")), rows.toString());
    assertFalse(rows.stream().anyMatch(r -> r.equals("Description") || r.equals("Owner")
        || r.equals("Business problem")), rows.toString());
    log.assertNone();
  }

  /** The texts of every column of {@code items} and of their shown children. */
  private static void rows(org.eclipse.swt.widgets.TreeItem[] items, List<String> out) {
    for (org.eclipse.swt.widgets.TreeItem item : items) {
      int columns = Math.max(1, item.getParent().getColumnCount());
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        sb.append(item.getText(i)).append(" | ");
      }
      out.add(sb.toString());
      rows(item.getItems(), out);
    }
  }

  @Test
  void theAboutDialogIsInGerman() {
    List<String> seen = new ArrayList<>();
    Widgets.inDialog("\u00dcber Wedge", () -> {
      try {
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.help.aboutAction",
            null);
      } catch (Exception e) {
        throw new AssertionError("Help \u203a About could not be run", e);
      }
    }, shell -> {
      seen.addAll(texts(shell));
      Widgets.button(shell, "Installationsdetails...");
      shell.close();
    });
    assertTrue(seen.stream().anyMatch(t -> t.startsWith("Macht aus der KI-Arbeit von L&D Evidenz f\u00fcr das Business")),
        seen.toString());
    log.assertNone();
  }

  @Test
  void everyGermanFragmentHasEveryKeyOfItsHostWithTheSamePlaceholders() throws IOException {
    Bundle[] bundles = FrameworkUtil.getBundle(GermanWorkbenchTest.class).getBundleContext().getBundles();
    // Wedge's own bundles' fragments; the platform's (dev.wedge.platform.*.nl_de) translate a part: GermanPlatformTest
    List<Bundle> fragments = Arrays.stream(bundles).filter(b -> b.getSymbolicName().endsWith(".nl_de")
        && !b.getSymbolicName().startsWith("dev.wedge.platform.")).toList();
    Set<String> names = new TreeSet<>(fragments.stream().map(Bundle::getSymbolicName).toList());
    assertTrue(names.containsAll(FRAGMENTS), "the German fragments installed: " + names);
    List<String> problems = new ArrayList<>();
    int compared = 0;
    for (Bundle fragment : fragments) {
      String hostName = fragment.getHeaders("").get(Constants.FRAGMENT_HOST).split(";")[0].strip();
      assertEquals(fragment.getSymbolicName(), hostName + ".nl_de", "a German fragment is named after its host");
      Bundle host = Platform.getBundle(hostName);
      assertTrue(host != null, hostName + " is installed");
      URL plugin = host.getEntry("plugin.properties");
      if (plugin != null) {
        compared += compare(hostName + "/plugin.properties", plugin, fragment.getEntry("plugin_de.properties"),
            ANY, problems);
      }
      if (PLUGIN_ONLY.contains(hostName)) {
        continue;
      }
      BundleWiring wiring = host.adapt(BundleWiring.class);
      List<String> messages = new ArrayList<>(wiring.listResources("/", "messages.properties",
          BundleWiring.LISTRESOURCES_RECURSE | BundleWiring.LISTRESOURCES_LOCAL));
      assertFalse(messages.isEmpty(), hostName + " has its messages.properties");
      for (String english : messages) {
        String german = english.replace("messages.properties", "messages_de.properties");
        compared += compare(hostName + "/" + english, wiring.getClassLoader().getResource(english),
            wiring.getClassLoader().getResource(german), ANY, problems);
      }
    }
    assertEquals(List.of(), problems);
    assertTrue(compared > 300, compared + " strings compared");
  }

  private static final Pattern ANY = Pattern.compile(".*");

  /** Compares the German file with the English one's keys that {@code keys} matches; returns how many there are. */
  private static int compare(String what, URL english, URL german, Pattern keys, List<String> problems)
      throws IOException {
    Properties en = new Properties();
    load(english).forEach((k, v) -> {
      if (keys.matcher((String) k).matches()) {
        en.put(k, v);
      }
    });
    if (german == null) {
      problems.add(what + ": no German file in the fragment");
      return en.size();
    }
    Properties de = load(german);
    for (String key : en.stringPropertyNames()) {
      String value = de.getProperty(key);
      if (value == null || value.isBlank()) {
        problems.add(what + ": no German for " + key);
      } else if (!placeholders(en.getProperty(key)).equals(placeholders(value))) {
        problems.add(what + ": " + key + " has " + placeholders(value) + " in German, "
            + placeholders(en.getProperty(key)) + " in English");
      } else if (value.contains("\u00c3") || value.contains("\ufffd")) {
        problems.add(what + ": " + key + " is mis-encoded (write umlauts as \\u00e4 ...): " + value);
      }
    }
    for (String key : de.stringPropertyNames()) {
      if (!en.containsKey(key)) {
        problems.add(what + ": the German file has " + key + ", which the English one no longer has");
      }
    }
    return en.size();
  }

  private static Properties load(URL url) throws IOException {
    Properties p = new Properties();
    try (InputStream in = url.openStream()) {
      p.load(in); // ISO-8859-1 with \\u escapes, as NLS and the platform read them
    }
    return p;
  }

  private static Set<String> placeholders(String text) {
    return dev.wedge.core.testing.MessageFiles.placeholders(text);
  }

  /** The items of the main menu's menu {@code name}, as shown (mnemonics and key bindings left out). */
  private List<String> menu(String name) {
    for (MenuItem item : window.getShell().getMenuBar().getItems()) {
      if (Widgets.plain(item.getText()).equals(name)) {
        Menu menu = item.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        UiTesting.processEvents();
        List<String> out = new ArrayList<>();
        for (MenuItem i : menu.getItems()) {
          out.add(Widgets.plain(i.getText().replaceAll("\t.*", "")));
        }
        menu.notifyListeners(SWT.Hide, new Event());
        return out;
      }
    }
    throw new AssertionError("no menu " + name);
  }

  private static String description(IViewPart view) {
    return ((org.eclipse.ui.part.ViewPart) view).getContentDescription();
  }

  /** Every text the controls under {@code root} show: labels, links, buttons, section and form titles. */
  private static List<String> texts(Composite root) {
    List<String> out = new ArrayList<>();
    for (Control c : Widgets.all(root)) {
      String text = c instanceof Label l ? l.getText() : c instanceof CLabel l ? l.getText()
          : c instanceof Hyperlink h ? h.getText() : c instanceof Button b ? b.getText()
          : c instanceof Section s ? s.getText() : c instanceof ScrolledForm f ? f.getText()
          : null;
      if (text != null && !text.isBlank()) {
        out.add(Widgets.plain(text));
      }
      if (c instanceof org.eclipse.swt.widgets.Text t && !t.getText().isBlank()) {
        out.add(t.getText().strip()); // typed or shown as is: no mnemonics
      }
      if (c instanceof Section s && s.getDescription() != null) {
        out.add(s.getDescription());
      }
    }
    return out;
  }
}
