package dev.wedge.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.bindings.keys.KeyBinding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.preference.IPreferenceNode;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.session.ModelSession;
import dev.wedge.model.Pilot;
import dev.wedge.ui.models.ModelsView;
import dev.wedge.ui.session.ModelEditorInput;
import dev.wedge.ui.session.SessionEditorPart;
import dev.wedge.ui.session.WorkbenchModels;
import dev.wedge.ui.testing.UiTesting;

/** The keyboard of the workbench: Quick Access over the models' objects, Key Assist, the Keys page, maximise. */
class KeyboardTest {

  private static final String SCHEME = "dev.wedge.ui.scheme";

  @TempDir
  Path dir;

  private IWorkbenchWindow window;

  @BeforeEach
  void window() {
    window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    assertNotNull(window, "the Wedge workbench is running");
  }

  @AfterEach
  void closeEverything() {
    for (Shell s : window.getShell().getDisplay().getShells()) {
      if (s != window.getShell() && !s.isDisposed() && s.isVisible()) {
        s.close();
      }
    }
    UiTesting.closeAllModels();
    if (window.getActivePage().isPageZoomed()) {
      window.getActivePage().toggleZoom(window.getActivePage().getActivePartReference());
    }
  }

  @Test
  void quickAccessFindsAPilotByNameAndOpensItsPage() throws Exception {
    ModelSession session = WorkbenchModels.get().open(UiTesting.copyExample(dir), window.getShell());
    Pilot pilot = session.getModel().getPilots().stream()
        .filter(p -> p.getName().equals("Role-play coach for broker sales")).findFirst().orElseThrow();
    UiTesting.processEvents();

    execute("org.eclipse.ui.window.quickAccess");
    Shell popup = waitForShell(s -> find(s, Text.class).isPresent() && find(s, Table.class).isPresent(),
        "the Quick Access popup");
    Text filter = find(popup, Text.class).orElseThrow();
    Table proposals = find(popup, Table.class).orElseThrow();
    filter.setText("role-play coach");
    String wanted = "Pilot: Role-play coach for broker sales";
    UiTesting.waitUntil(() -> Arrays.stream(proposals.getItems()).anyMatch(i -> text(i).contains(wanted)),
        "Quick Access to propose " + wanted);

    TableItem item = Arrays.stream(proposals.getItems()).filter(i -> text(i).contains(wanted)).findFirst().get();
    proposals.setSelection(item);
    Event enter = new Event();
    enter.character = SWT.CR;
    enter.keyCode = SWT.CR;
    filter.notifyListeners(SWT.KeyDown, enter);
    UiTesting.waitUntil(() -> popup.isDisposed() || !popup.isVisible(), "the popup to close on Enter");

    UiTesting.waitUntil(() -> window.getActivePage().getActiveEditor() instanceof SessionEditorPart sep
        && sep.getEditorInput() instanceof ModelEditorInput in && "pilots".equals(in.getPartId()),
        "the pilots editor to open");
    IEditorPart editor = window.getActivePage().getActiveEditor();
    ModelEditorInput input = (ModelEditorInput) editor.getEditorInput();
    assertEquals(pilot.getId(), input.getObjectId(), "the editor opened at the pilot chosen");
    Composite control = ((SessionEditorPart) editor).partControl();
    assertTrue(all(control, CTabFolder.class).stream()
        .anyMatch(f -> f.getSelection() != null && f.getSelection().getData() == pilot),
        "the pilot's own page is the one shown");
  }

  @Test
  void keyAssistIsOnCtrlShiftLAndFitsTheWindow() throws Exception {
    IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
    assertEquals(SCHEME, bindings.getActiveScheme().getId());
    KeySequence ctrlShiftL = KeySequence.getInstance("M1+M2+L");
    KeySequence ctrl3 = KeySequence.getInstance("M1+3");
    assertTrue(Arrays.asList(bindings.getActiveBindingsFor("org.eclipse.ui.window.showKeyAssist")).contains(ctrlShiftL),
        "Key Assist is bound to Ctrl+Shift+L");
    assertTrue(Arrays.asList(bindings.getActiveBindingsFor("org.eclipse.ui.window.quickAccess")).contains(ctrl3),
        "Quick Access is bound to Ctrl+3");

    Rectangle windowBounds = window.getShell().getBounds();
    execute("org.eclipse.ui.window.showKeyAssist");
    Shell assist = waitForShell(s -> find(s, Table.class).map(t -> t.getItemCount() > 5).orElse(false),
        "the Key Assist list");
    Rectangle b = assist.getBounds();
    assertTrue(windowBounds.contains(b.x, b.y) && windowBounds.contains(b.x + b.width - 1, b.y + b.height - 1),
        () -> "Key Assist " + b + " lies inside the window " + windowBounds);
  }

  @Test
  void theKeysPageRebindsACommand() throws Exception {
    IPreferenceNode keys = PlatformUI.getWorkbench().getPreferenceManager().find("dev.wedge.ui.preferences.keys");
    assertNotNull(keys, "Window › Preferences has the Keys page");
    PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(window.getShell(),
        "dev.wedge.ui.preferences.keys", null, null);
    dialog.setBlockOnOpen(false);
    dialog.open();
    UiTesting.processEvents();
    assertNotNull(dialog.getSelectedPage(), "the Keys page opens");
    org.eclipse.jface.preference.IPreferencePage shown =
        (org.eclipse.jface.preference.IPreferencePage) dialog.getSelectedPage();
    assertTrue(shown.getControl() != null && !shown.getControl().isDisposed(), "the Keys page is drawn");
    assertTrue(find(dialog.getShell(), org.eclipse.swt.widgets.Tree.class).isPresent()
        || find(dialog.getShell(), Table.class).isPresent(), "the Keys page lists the commands");
    dialog.close();

    // what the page does on Apply: a user binding saved through the binding service
    IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
    Binding[] before = bindings.getBindings();
    KeySequence keysWanted = KeySequence.getInstance("M1+M3+K");
    ParameterizedCommand quickAccess = new ParameterizedCommand(
        PlatformUI.getWorkbench().getService(ICommandService.class).getCommand("org.eclipse.ui.window.quickAccess"),
        null);
    List<Binding> after = new ArrayList<>(Arrays.asList(before));
    after.add(new KeyBinding(keysWanted, quickAccess, SCHEME, "org.eclipse.ui.contexts.window", null, null, null,
        Binding.USER));
    try {
      bindings.savePreferences(bindings.getActiveScheme(), after.toArray(Binding[]::new));
      UiTesting.processEvents();
      TriggerSequence[] now = bindings.getActiveBindingsFor("org.eclipse.ui.window.quickAccess");
      assertTrue(Arrays.asList(now).contains(keysWanted), () -> "Ctrl+Alt+K now opens Quick Access: "
          + Arrays.toString(now));
    } finally {
      bindings.savePreferences(bindings.getActiveScheme(), before);
    }
    assertTrue(!Arrays.asList(bindings.getActiveBindingsFor("org.eclipse.ui.window.quickAccess")).contains(keysWanted),
        "the rebinding is undone");
  }

  @Test
  void ctrlMAndADoubleClickOnATabMaximiseThePartAndRestoreIt() throws Exception {
    IWorkbenchPage page = window.getActivePage();
    IViewReference models = page.findViewReference(ModelsView.ID);
    page.activate(page.showView(org.eclipse.ui.IPageLayout.ID_PROP_SHEET));
    UiTesting.processEvents();
    IViewReference properties = page.findViewReference(org.eclipse.ui.IPageLayout.ID_PROP_SHEET);
    assertNotNull(models);
    assertEquals(IWorkbenchPage.STATE_RESTORED, page.getPartState(properties));

    execute("org.eclipse.ui.window.maximizePart");
    UiTesting.waitUntil(() -> page.getPartState(properties) == IWorkbenchPage.STATE_MAXIMIZED,
        "Ctrl+M to maximise the Properties view");
    execute("org.eclipse.ui.window.maximizePart");
    UiTesting.waitUntil(() -> page.getPartState(properties) == IWorkbenchPage.STATE_RESTORED,
        "Ctrl+M again to restore it");

    CTabFolder tabs = all(window.getShell(), CTabFolder.class).stream()
        .filter(f -> f.getSelection() != null && f.getSelection().getText().startsWith("Properties")).findFirst()
        .orElse(null);
    assertNotNull(tabs, "the Properties view sits in a tab folder, its tab shown");
    doubleClickOnTab(tabs);
    UiTesting.waitUntil(() -> page.getPartState(properties) == IWorkbenchPage.STATE_MAXIMIZED,
        "a double-click on the tab to maximise the view");
    doubleClickOnTab(tabs);
    UiTesting.waitUntil(() -> page.getPartState(properties) == IWorkbenchPage.STATE_RESTORED,
        "a second double-click to restore it");
  }

  @Test
  void fullScreenIsACommandOfTheWindowMenuAndToggles() throws Exception {
    ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
    assertTrue(commands.getCommand("org.eclipse.ui.window.fullscreenmode").isDefined());
    boolean before = window.getShell().getFullScreen();
    execute("org.eclipse.ui.window.fullscreenmode");
    UiTesting.waitUntil(() -> window.getShell().getFullScreen() != before, "full screen to switch");
    execute("org.eclipse.ui.window.fullscreenmode");
    UiTesting.waitUntil(() -> window.getShell().getFullScreen() == before, "full screen to switch back");
  }

  private static void doubleClickOnTab(CTabFolder tabs) {
    Event e = new Event();
    e.button = 1;
    e.x = tabs.getSelection().getBounds().x + 5;
    e.y = tabs.getSelection().getBounds().y + 5;
    tabs.notifyListeners(SWT.MouseDoubleClick, e);
  }

  private void execute(String command) throws NotDefinedException, Exception {
    window.getShell().forceActive();
    UiTesting.processEvents();
    PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(command, null);
    UiTesting.processEvents();
  }

  private Shell waitForShell(java.util.function.Predicate<Shell> test, String what) {
    Shell[] found = new Shell[1];
    UiTesting.waitUntil(() -> {
      for (Shell s : window.getShell().getDisplay().getShells()) {
        if (s != window.getShell() && !s.isDisposed() && s.isVisible() && test.test(s)) {
          found[0] = s;
          return true;
        }
      }
      return false;
    }, what);
    return found[0];
  }

  private static String text(TableItem item) {
    StringBuilder b = new StringBuilder();
    for (int c = 0; c < Math.max(1, item.getParent().getColumnCount()); c++) {
      b.append(item.getText(c)).append(' ');
    }
    return b.toString();
  }

  private static <T extends Control> Optional<T> find(Control root, Class<T> type) {
    List<T> l = all(root, type);
    return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
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
