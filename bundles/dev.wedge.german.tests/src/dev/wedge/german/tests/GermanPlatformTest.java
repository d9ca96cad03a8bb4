package dev.wedge.german.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.BundleWiring;

import dev.wedge.core.session.ModelSession;
import dev.wedge.ui.models.ModelsView;
import dev.wedge.ui.testing.UiTesting;
import dev.wedge.ui.testing.Widgets;

/**
 * The Eclipse platform's own words in German, from Wedge's fragments {@code dev.wedge.platform.*.nl_de}: a JFace
 * dialog's and a wizard's buttons, the Preferences dialog and its platform pages, the Properties view; and every German key of
 * those fragments exists in the platform bundle's English file with the same placeholders and a mnemonic where the
 * English has one (keys left out show in English, so these fragments need not be complete).
 */
class GermanPlatformTest {

  /** Each platform fragment and its host. */
  private static final Map<String, String> FRAGMENTS = Map.of("dev.wedge.platform.jface.nl_de", "org.eclipse.jface",
      "dev.wedge.platform.workbench.nl_de", "org.eclipse.ui.workbench", "dev.wedge.platform.views.nl_de",
      "org.eclipse.ui.views", "dev.wedge.platform.views.log.nl_de", "org.eclipse.ui.views.log",
      "dev.wedge.platform.p2.nl_de", "org.eclipse.equinox.p2.ui.sdk", "dev.wedge.platform.security.nl_de",
      "org.eclipse.equinox.security.ui", "dev.wedge.platform.ui.nl_de", "org.eclipse.ui",
      "dev.wedge.platform.emf.edit.nl_de", "org.eclipse.emf.edit");


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
  void aWizardsAndAMessageDialogsButtonsAreGerman() {
    assertEquals("OK", IDialogConstants.OK_LABEL);
    assertEquals("Abbrechen", IDialogConstants.CANCEL_LABEL);
    Wizard wizard = new Wizard() {
      @Override
      public void addPages() {
        addPage(new TextPage("eins"));
        addPage(new TextPage("zwei"));
      }

      @Override
      public boolean performFinish() {
        return true;
      }
    };
    wizard.setWindowTitle("Zwei Seiten");
    List<String> seen = new ArrayList<>();
    Widgets.inDialog("Zwei Seiten", () -> new WizardDialog(window.getShell(), wizard).open(), shell -> {
      seen.addAll(buttons(shell));
      Widgets.click(shell, "Abbrechen");
    });
    assertTrue(seen.containsAll(List.of("< Zur\u00fcck", "Weiter >", "Fertigstellen", "Abbrechen")), seen.toString());

    List<String> question = new ArrayList<>();
    Widgets.inDialog("Frage", () -> MessageDialog.openQuestion(window.getShell(), "Frage", "Weiter?"), shell -> {
      question.addAll(buttons(shell));
      Widgets.click(shell, "Nein");
    });
    assertEquals(List.of("Ja", "Nein"), question.stream().filter(t -> !t.isEmpty()).sorted().toList());
    log.assertNone();
  }

  @Test
  void thePreferencesDialogIsGerman() {
    List<String> seen = new ArrayList<>();
    List<String> filter = new ArrayList<>();
    List<String> pages = new ArrayList<>();
    Widgets.inDialog("Einstellungen", () -> {
      try {
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(
            "org.eclipse.ui.window.preferences", null);
      } catch (Exception e) {
        throw new AssertionError("Window \u203a Preferences could not be run", e);
      }
    }, shell -> {
      seen.addAll(buttons(shell));
      for (Text t : Widgets.all(shell, Text.class)) {
        if ((t.getStyle() & SWT.SEARCH) != 0 || !t.getMessage().isEmpty()) {
          filter.add(t.getMessage());
        }
      }
      for (Tree t : Widgets.all(shell, Tree.class)) {
        Arrays.stream(t.getItems()).map(TreeItem::getText).forEach(pages::add);
      }
      Widgets.click(shell, "Abbrechen");
    });
    assertTrue(seen.containsAll(List.of("Anwenden und schlie\u00dfen", "Abbrechen")), seen.toString());
    assertTrue(seen.contains("Standardwerte wiederherstellen") && seen.contains("Anwenden"),
        "the first page's buttons: " + seen);
    assertTrue(filter.contains("Filtertext eingeben"), "the filter's hint: " + filter);
    assertTrue(pages.contains("Installieren/Aktualisieren") && !pages.contains("Install/Update")
        && !pages.contains("Security"), "the pages: " + pages);
    log.assertNone();
  }

  @Test
  void thePropertiesViewsColumnsAreGerman() throws Exception {
    ModelsView models = (ModelsView) page.showView(ModelsView.ID);
    PropertySheet properties = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
    page.activate(models);
    UiTesting.processEvents();
    ModelSession session = UiTesting.openExample(dir);
    UiTesting.processEvents();
    page.activate(models);
    models.select(session.getModel().getStakeholders().get(0));
    UiTesting.processEvents();
    Tree tree = (Tree) properties.getCurrentPage().getControl();
    List<String> columns = Arrays.stream(tree.getColumns()).map(TreeColumn::getText).toList();
    assertEquals(List.of("Eigenschaft", "Wert"), columns);
    assertTrue(tree.getItemCount() > 0, "the stakeholder's properties are shown");
    assertEquals("Eigenschaften", properties.getPartName(), "the view's tab");
    log.assertNone();
  }

  @Test
  void everyGermanKeyOfThePlatformFragmentsIsAKeyOfTheHostWithTheSamePlaceholdersAndAMnemonic() throws IOException {
    List<String> problems = new ArrayList<>();
    int compared = 0;
    for (Map.Entry<String, String> f : FRAGMENTS.entrySet()) {
      Bundle fragment = Platform.getBundle(f.getKey());
      assertNotNull(fragment, f.getKey() + " is installed");
      assertEquals(f.getValue(), fragment.getHeaders("").get(Constants.FRAGMENT_HOST).split(";")[0].strip());
      assertEquals(Bundle.RESOLVED, fragment.getState(), f.getKey() + " is attached to its host");
      Bundle host = Platform.getBundle(f.getValue());
      BundleWiring wiring = host.adapt(BundleWiring.class);
      List<String> german = new ArrayList<>(wiring.listResources("/", "*_de.properties",
          BundleWiring.LISTRESOURCES_RECURSE | BundleWiring.LISTRESOURCES_LOCAL));
      URL plugin = fragment.getEntry("plugin_de.properties");
      assertFalse(german.isEmpty() && plugin == null, f.getKey() + " has German for " + f.getValue());
      if (plugin != null) {
        compared += compare(f.getKey() + "/plugin_de.properties", load(host.getEntry("plugin.properties")),
            load(plugin), problems);
      }
      for (String de : german) {
        String en = de.replace("_de.properties", ".properties");
        URL english = host.getEntry(en);
        if (english == null) {
          problems.add(f.getKey() + "/" + de + ": " + f.getValue() + " has no " + en);
          continue;
        }
        compared += compare(f.getKey() + "/" + de, load(english), load(wiring.getClassLoader().getResource(de)),
            problems);
      }
    }
    assertEquals(List.of(), problems);
    assertTrue(compared > 300, compared + " German texts compared");
  }

  /** Checks each German text against the English one; returns how many German texts there are. */
  private static int compare(String what, Properties en, Properties de, List<String> problems) {
    for (String key : de.stringPropertyNames()) {
      String english = en.getProperty(key);
      String value = de.getProperty(key);
      if (english == null) {
        problems.add(what + ": " + key + " is not a key of the English file");
      } else if (value.isBlank()) {
        problems.add(what + ": " + key + " is empty");
      } else if (!placeholders(english).equals(placeholders(value))) {
        problems.add(what + ": " + key + " has " + placeholders(value) + " in German, " + placeholders(english)
            + " in English");
      } else if (mnemonic(english) != mnemonic(value)) {
        problems.add(what + ": " + key + (mnemonic(english) ? " lacks the mnemonic (&) the English has: "
            : " has a mnemonic (&) the English lacks: ") + value);
      } else if (value.contains("\u00c3") || value.contains("\ufffd")) {
        problems.add(what + ": " + key + " is mis-encoded (write umlauts as \\u00e4 ...): " + value);
      }
    }
    return de.size();
  }

  private static boolean mnemonic(String text) {
    return text.replace("&&", "").matches("(?s).*&[^\\s].*");
  }

  private static Properties load(URL url) throws IOException {
    Properties p = new Properties();
    try (InputStream in = url.openStream()) {
      p.load(in); // ISO-8859-1 with \\u escapes, as NLS and ResourceBundle read them
    }
    return p;
  }

  private static Set<String> placeholders(String text) {
    return dev.wedge.core.testing.MessageFiles.placeholders(text);
  }

  /** The texts of the buttons under {@code shell}, without mnemonics. */
  private static List<String> buttons(Shell shell) {
    return Widgets.all(shell, Button.class).stream().map(b -> Widgets.plain(b.getText())).toList();
  }

  /** A wizard page with one label. */
  private static final class TextPage extends WizardPage {
    TextPage(String name) {
      super(name, name, null);
    }

    @Override
    public void createControl(Composite parent) {
      Label label = new Label(parent, SWT.NONE);
      label.setText(getName());
      setControl(label);
    }
  }
}
