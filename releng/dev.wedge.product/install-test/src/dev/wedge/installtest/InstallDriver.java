package dev.wedge.installtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * Drives a real Wedge workbench the way a client does (plugin-tests.sh, step 10): Help › Install New Software, the
 * consultancy's zipped repository typed into "Work with", its feature checked, Next and Finish, then "Restart Now" in
 * p2's restart dialog; after the restart, the model's Findings view must show the plug-in's finding, and New Child ›
 * New Check-in in the Model tree must create one of the plug-in's objects, selected. Each start reads
 * {@code wedge.installtest.dir} (where it writes its progress: {@code installing}, then {@code passed} or
 * {@code failed} with a sentence and the windows it saw) and {@code wedge.installtest.repo} (the repository's URL).
 * Test only: it is copied into a throw-away product copy's dropins/ and never built into Wedge.
 */
public final class InstallDriver implements IStartup {

  private static final long TIMEOUT_MS = 180_000;
  /** A piece of the template plug-in's finding ("Sponsor … was last seen N days ago"). */
  private static final String FINDING = "was last seen";
  private static final String FINDINGS_VIEW = "dev.wedge.analysis.ui.findings";

  private Path dir;
  private Display display;

  @Override
  public void earlyStartup() {
    String where = System.getProperty("wedge.installtest.dir");
    String repo = System.getProperty("wedge.installtest.repo");
    if (where == null || repo == null) {
      return;
    }
    dir = Path.of(where);
    IWorkbench workbench = PlatformUI.getWorkbench();
    display = workbench.getDisplay();
    try {
      if (!Files.exists(dir.resolve("installing"))) {
        beforeInstall(repo);
      } else {
        afterRestart();
      }
    } catch (Throwable t) {
      write("failed", t.getMessage() + "\nwindows open: " + shells());
      display.asyncExec(workbench::close);
    }
  }

  private void beforeInstall(String repo) throws Exception {
    String before = waitFor("the model's findings", this::findings);
    if (before.contains(FINDING)) {
      throw new IllegalStateException("the plug-in's finding is there before the plug-in is installed: " + before);
    }
    display.asyncExec(() -> {
      try {
        PlatformUI.getWorkbench().getService(IHandlerService.class)
            .executeCommand("org.eclipse.equinox.p2.ui.sdk.install", null);
      } catch (Exception e) {
        write("failed", "Help › Install New Software did not run: " + e);
      }
    });
    Shell wizard = waitFor("the Install wizard", () -> shell("Install"));
    Combo workWith = waitFor("the 'Work with' field", () -> first(wizard, Combo.class, c -> true));
    ui(() -> {
      workWith.setFocus();
      workWith.setText(repo);
      Event enter = new Event();
      enter.keyCode = SWT.CR;
      enter.character = SWT.CR;
      workWith.notifyListeners(SWT.KeyDown, enter);
      return null;
    });
    TreeItem item = waitFor("the consultancy's feature in the list", () -> {
      Tree tree = first(wizard, Tree.class, t -> (t.getStyle() & SWT.CHECK) != 0);
      if (tree == null) {
        return null;
      }
      for (TreeItem i : tree.getItems()) {
        if (i.getText().contains("Acme")) {
          return i;
        }
      }
      return null;
    });
    ui(() -> {
      item.setChecked(true);
      Event check = new Event();
      check.item = item;
      check.detail = SWT.CHECK;
      item.getParent().notifyListeners(SWT.Selection, check);
      return null;
    });
    // Next until Finish can be pressed (the plan is resolved in the background), accepting a license if asked
    Button finish = waitFor("Finish to be enabled", () -> {
      Button accept = first(wizard, Button.class, b -> (b.getStyle() & SWT.RADIO) != 0
          && b.getText().replace("&", "").startsWith("I accept"));
      if (accept != null && accept.isVisible() && !accept.getSelection()) {
        accept.setSelection(true);
        accept.notifyListeners(SWT.Selection, new Event());
      }
      Button done = button(wizard, "Finish");
      if (done != null && done.isEnabled()) {
        return done;
      }
      Button next = button(wizard, "Next >");
      if (next != null && next.isEnabled()) {
        next.notifyListeners(SWT.Selection, new Event());
      }
      return null;
    });
    ui(() -> {
      finish.notifyListeners(SWT.Selection, new Event());
      return null;
    });
    Button restart = waitFor("p2's restart dialog", () -> {
      Shell trust = shell("Trust");
      if (trust != null) {
        throw new IllegalStateException("the install asked for trust although the consultancy's key is trusted");
      }
      Shell s = shell("Software Updates");
      return s == null ? null : button(s, "Restart Now");
    });
    write("installing", "installed from " + repo + "; the findings before: " + before);
    ui(() -> {
      restart.notifyListeners(SWT.Selection, new Event());
      return null;
    });
  }

  private void afterRestart() throws Exception {
    String after = waitFor("the plug-in's finding in the Findings view after the restart", () -> {
      String f = findings();
      return f != null && f.contains(FINDING) ? f : null;
    });
    String created = newCheckIn();
    // Edit › Undo takes it back in one step: the model is as it was, and quitting asks nothing
    ui(() -> {
      try {
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);
      } catch (Exception e) {
        throw new IllegalStateException("Edit › Undo did not run: " + e);
      }
      return null;
    });
    String undone = waitFor("the model as it was after Undo", () -> {
      var editor = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor();
      return editor.isDirty() ? null : "undone: " + editor.getTitle() + " has no unsaved change";
    });
    write("passed", after + "\n" + created + "\n" + undone);
    display.asyncExec(PlatformUI.getWorkbench()::close);
  }

  /**
   * The plug-in's objects are created like Wedge's: in the Models view, "Plug-in content" opens the Model tree; on
   * the model, New Child › New Check-in (the name from the plug-in's strings) adds one, selected for the Properties
   * view. Returns what it saw, for the script to check.
   */
  private String newCheckIn() throws Exception {
    TreeItem content = waitFor("'Plug-in content' in the Models view", () -> {
      for (Shell s : display.getShells()) {
        Tree models = first(s, Tree.class, t -> t.getColumnCount() == 0 && t.getItemCount() > 0
            && t.getItem(0).getItemCount() > 0);
        if (models != null) {
          for (TreeItem i : models.getItem(0).getItems()) {
            if (i.getText().startsWith("Plug-in content")) {
              return i;
            }
          }
        }
      }
      return null;
    });
    ui(() -> {
      Tree models = content.getParent();
      models.setSelection(content);
      Event select = new Event();
      select.item = content;
      models.notifyListeners(SWT.Selection, select);
      models.notifyListeners(SWT.DefaultSelection, select);
      return null;
    });
    Tree tree = waitFor("the Model tree editor", () -> {
      var editor = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor();
      if (editor == null || !editor.getTitle().startsWith("Model tree")) {
        return null;
      }
      try {
        Object viewer = editor.getClass().getMethod("getViewer").invoke(editor);
        return (Tree) viewer.getClass().getMethod("getTree").invoke(viewer);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("the Model tree editor has no getViewer(): " + e);
      }
    });
    String offered = ui(() -> {
      TreeItem root = tree.getItem(0);
      tree.setSelection(root);
      Event select = new Event();
      select.item = root;
      tree.notifyListeners(SWT.Selection, select);
      Menu menu = tree.getMenu();
      menu.notifyListeners(SWT.Show, new Event());
      MenuItem newChild = null;
      for (MenuItem i : menu.getItems()) {
        if (i.getText().replace("&", "").startsWith("New Child")) {
          newChild = i;
        }
      }
      if (newChild == null || newChild.getMenu() == null) {
        throw new IllegalStateException("the Model tree's menu on the model has no New Child");
      }
      newChild.getMenu().notifyListeners(SWT.Show, new Event());
      List<String> names = new ArrayList<>();
      MenuItem checkIn = null;
      for (MenuItem i : newChild.getMenu().getItems()) {
        names.add(i.getText().replace("&", ""));
        if (i.getText().replace("&", "").equals("New Check-in")) {
          checkIn = i;
        }
      }
      if (checkIn == null) {
        throw new IllegalStateException("New Child offers no 'New Check-in': " + names);
      }
      checkIn.notifyListeners(SWT.Selection, new Event());
      newChild.getMenu().notifyListeners(SWT.Hide, new Event());
      menu.notifyListeners(SWT.Hide, new Event());
      return "New Child: " + String.join(", ", names);
    });
    String selected = waitFor("the new check-in selected in the Model tree", () -> {
      TreeItem[] s = tree.getSelection();
      return s.length == 1 && s[0].getText().startsWith("Check-in with (no one yet)") ? s[0].getText() : null;
    });
    return offered + "\ncreated and selected: " + selected;
  }

  /** The Findings view's rows, one per line (the view is shown first, as a user would); null until it has any. */
  private String findings() {
    var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    if (window == null || window.getActivePage() == null) {
      return null;
    }
    try {
      var view = window.getActivePage().showView(FINDINGS_VIEW);
      // FindingsView.viewer() is public; read by reflection so that this driver needs only org.eclipse.ui
      Object viewer = view.getClass().getMethod("viewer").invoke(view);
      Tree tree = (Tree) viewer.getClass().getMethod("getTree").invoke(viewer);
      if (tree.getItemCount() == 0) {
        return null;
      }
      StringBuilder rows = new StringBuilder();
      rows(tree.getItems(), rows);
      return rows.toString();
    } catch (org.eclipse.ui.PartInitException e) {
      throw new IllegalStateException("the Findings view does not open: " + e.getMessage());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("the Findings view has no viewer(): " + e);
    }
  }

  private static void rows(TreeItem[] items, StringBuilder out) {
    for (TreeItem i : items) {
      for (int c = 0; c < Math.max(1, i.getParent().getColumnCount()); c++) {
        out.append(i.getText(c)).append(" | ");
      }
      // the view names each finding's analysis; its id, which the test looks for, is the finding's own
      Object data = i.getData();
      if (data != null) {
        try {
          out.append(data.getClass().getMethod("analysisId").invoke(data)).append(" | ");
        } catch (NoSuchMethodException e) {
          // a group's row: no analysis
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("a finding's analysis id cannot be read: " + e);
        }
      }
      out.append('\n');
      i.setExpanded(true);
      rows(i.getItems(), out);
    }
  }

  private Shell shell(String title) {
    for (Shell s : display.getShells()) {
      if (!s.isDisposed() && s.isVisible() && title.equals(s.getText())) {
        return s;
      }
    }
    return null;
  }

  private static Button button(Composite in, String label) {
    return first(in, Button.class, b -> label.equals(b.getText().replace("&", "")) && b.isVisible());
  }

  private static <T extends Control> T first(Composite in, Class<T> type, java.util.function.Predicate<T> test) {
    if (in == null || in.isDisposed()) {
      return null;
    }
    for (Control c : in.getChildren()) {
      if (type.isInstance(c) && test.test(type.cast(c))) {
        return type.cast(c);
      }
      if (c instanceof Composite k) {
        T found = first(k, type, test);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** Polls {@code what} in the UI thread until it gives a value, for at most {@link #TIMEOUT_MS}. */
  private <T> T waitFor(String what, Supplier<T> probe) throws InterruptedException {
    long end = System.currentTimeMillis() + TIMEOUT_MS;
    while (System.currentTimeMillis() < end) {
      T value = ui(probe);
      if (value != null) {
        return value;
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("timed out after " + TIMEOUT_MS / 1000 + " s waiting for " + what);
  }

  private <T> T ui(Supplier<T> probe) {
    AtomicReference<T> value = new AtomicReference<>();
    AtomicReference<RuntimeException> error = new AtomicReference<>();
    display.syncExec(() -> {
      try {
        value.set(probe.get());
      } catch (RuntimeException e) {
        error.set(e);
      }
    });
    if (error.get() != null) {
      throw error.get();
    }
    return value.get();
  }

  private String shells() {
    return ui(() -> {
      List<String> out = new ArrayList<>();
      for (Shell s : display.getShells()) {
        if (s.isVisible()) {
          List<String> texts = new ArrayList<>();
          texts(s, texts);
          out.add("'" + s.getText() + "': " + String.join(" / ", texts));
        }
      }
      return String.join("\n", out);
    });
  }

  private static void texts(Composite in, List<String> out) {
    for (Control c : in.getChildren()) {
      if (c instanceof Label l && !l.getText().isBlank()) {
        out.add(l.getText());
      } else if (c instanceof Button b && !b.getText().isBlank()) {
        out.add("[" + b.getText().replace("&", "") + (b.isEnabled() ? "" : ", disabled") + "]");
      } else if (c instanceof Composite k) {
        texts(k, out);
      }
    }
  }

  private void write(String name, String text) {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(name), text);
    } catch (IOException e) {
      System.err.println("install test: cannot write " + dir.resolve(name) + ": " + e);
    }
  }
}
