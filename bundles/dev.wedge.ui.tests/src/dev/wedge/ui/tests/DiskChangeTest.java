package dev.wedge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessions;
import dev.wedge.model.Stakeholder;
import dev.wedge.model.WedgePackage;
import dev.wedge.ui.Messages;
import dev.wedge.ui.models.ModelEditors;
import dev.wedge.ui.session.SessionEditorPart;
import dev.wedge.ui.session.WorkbenchModels;

/**
 * A model open in the workbench while {@code wedge start-pilot} on the command line writes its file (a user met it:
 * Ctrl+S then silently wrote over the started pilot). The save asks instead, and nothing the other writer wrote is
 * lost unless the user says so.
 */
class DiskChangeTest {

  static final Path EXAMPLE = Path.of("../../examples/halden-mutual.wedge");
  private static final String THEIRS = "Changed on the command line";
  private static final String MINE = "Edited in the workbench";

  @TempDir
  Path dir;

  private IWorkbenchWindow window;
  private IWorkbenchPage page;
  private Path model;
  private Runnable[] poll;
  private final List<String> asked = new ArrayList<>();

  @BeforeEach
  void open() throws Exception {
    window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    page = window.getActivePage();
    model = dir.resolve("halden-mutual.wedge");
    Files.copy(EXAMPLE, model, StandardCopyOption.REPLACE_EXISTING);
  }

  @AfterEach
  void close() {
    if (poll != null) {
      Display.getCurrent().timerExec(-1, poll[0]);
    }
    for (ModelSession s : WorkbenchModels.get().getModels()) {
      WorkbenchModels.get().closeDiscarding(s);
    }
    WorkbenchTest.processEvents();
  }

  private static Stakeholder cfo(ModelSession s) {
    return s.getModel().getStakeholders().stream().filter(x -> x.getName().equals("Dana Whitfield")).findFirst()
        .orElseThrow();
  }

  /** What {@code wedge start-pilot} does to the file: its own sessions, one edit, one save. */
  private byte[] writeAsTheCommandLine() throws Exception {
    return writeAsTheCommandLine(THEIRS);
  }

  private byte[] writeAsTheCommandLine(String role) throws Exception {
    ModelSessions cli = new ModelSessions();
    ModelSession other = cli.acquire(model);
    try {
      other.execute(SetCommand.create(other.getEditingDomain(), cfo(other), WedgePackage.Literals.STAKEHOLDER__ROLE,
          role));
      other.save();
    } finally {
      cli.release(other);
    }
    return Files.readAllBytes(model);
  }

  private static void edit(ModelSession session) {
    assertTrue(session.execute(SetCommand.create(session.getEditingDomain(), cfo(session),
        WedgePackage.Literals.STAKEHOLDER__ROLE, MINE)));
  }

  /**
   * Answers the file-changed dialogs that open from now on, one button each, in order: polled on the display (the
   * dialogs run their own event loop), never from the stack that opens them. Their messages go to {@link #asked}.
   */
  private void answer(String... buttons) {
    Display display = Display.getCurrent();
    int[] next = {0};
    Set<Shell> done = new HashSet<>();
    poll = new Runnable[1];
    poll[0] = () -> {
      for (Shell s : display.getShells()) {
        if (next[0] < buttons.length && !s.isDisposed() && s.isVisible() && !done.contains(s)
            && Messages.DiskChange_Title.equals(s.getText())) {
          Button b = find(s, Button.class, buttons[next[0]]);
          if (b != null) {
            done.add(s);
            next[0]++;
            asked.add(texts(s));
            b.notifyListeners(SWT.Selection, new Event());
            break;
          }
        }
      }
      if (next[0] < buttons.length) {
        display.timerExec(50, poll[0]);
      }
    };
    display.timerExec(50, poll[0]);
  }

  private static <T extends Control> T find(Composite parent, Class<T> type, String text) {
    for (Control c : parent.getChildren()) {
      if (type.isInstance(c) && c instanceof Button b && b.getText().equals(text)) {
        return type.cast(c);
      }
      if (c instanceof Composite k) {
        T found = find(k, type, text);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static String texts(Composite parent) {
    StringBuilder sb = new StringBuilder();
    for (Control c : parent.getChildren()) {
      if (c instanceof Label l) {
        sb.append(l.getText()).append('\n');
      } else if (c instanceof Composite k) {
        sb.append(texts(k));
      }
    }
    return sb.toString();
  }

  /** Ctrl+S in the model's overview, as the user pressed it. */
  private void pressSave(ModelSession session) throws Exception {
    assertTrue(page.getActiveEditor() instanceof SessionEditorPart p && p.getSession() == session,
        "the model's editor is where the user is");
    PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.file.save", null);
    WorkbenchTest.processEvents();
  }

  private ModelSession theOpenModel() {
    List<ModelSession> open = WorkbenchModels.get().getModels();
    assertEquals(1, open.size(), open.toString());
    return open.get(0);
  }

  @Test
  void aSaveAfterTheFileChangedAsksAndReloadOpensTheFilesVersion() throws Exception {
    ModelSession session = WorkbenchModels.get().openWithEditor(model, window);
    WorkbenchTest.processEvents();
    byte[] theirs = writeAsTheCommandLine();
    edit(session);
    answer(Messages.DiskChange_Reload, Messages.DiskChange_Reload); // reload, and yes, discard my edit
    pressSave(session);

    assertEquals(2, asked.size(), "asked what to do, then to confirm discarding the edit: " + asked);
    assertTrue(asked.get(0).contains("'halden-mutual' was changed on disk since it was opened")
        && asked.get(0).contains("halden-mutual.wedge.bak"), asked.get(0));
    assertArrayEquals(theirs, Files.readAllBytes(model), "the command line's version is left byte for byte");
    ModelSession reloaded = theOpenModel();
    assertNotSame(session, reloaded, "opened again from the file");
    assertEquals(THEIRS, cfo(reloaded).getRole());
    assertFalse(reloaded.isDirty());
    assertFalse(reloaded.changedOnDisk());
    assertTrue(Arrays.stream(page.getEditorReferences()).anyMatch(r -> r.getId().equals(
        ModelEditors.OVERVIEW_EDITOR_ID) && r.getEditor(false) instanceof SessionEditorPart p
        && p.getSession() == reloaded), "its editor is open again, on the file's version");
  }

  @Test
  void cancelLeavesTheFileAndTheEditAsTheyAre() throws Exception {
    ModelSession session = WorkbenchModels.get().openWithEditor(model, window);
    WorkbenchTest.processEvents();
    byte[] theirs = writeAsTheCommandLine();
    edit(session);
    answer(Messages.Common_Cancel);
    pressSave(session);

    assertEquals(1, asked.size(), asked.toString());
    assertArrayEquals(theirs, Files.readAllBytes(model));
    assertTrue(session.isDirty(), "the edit is still there, unsaved");
    assertEquals(MINE, cfo(session).getRole());
    assertTrue(session.changedOnDisk(), "and the next save asks again");
  }

  @Test
  void saveOverItWritesTheUsersVersionAndKeepsTheFilesAsTheBackup() throws Exception {
    ModelSession session = WorkbenchModels.get().openWithEditor(model, window);
    WorkbenchTest.processEvents();
    byte[] theirs = writeAsTheCommandLine();
    edit(session);
    answer(Messages.DiskChange_SaveOver);
    pressSave(session);

    assertEquals(1, asked.size(), asked.toString());
    assertFalse(session.isDirty());
    assertTrue(Files.readString(model).contains(MINE));
    assertArrayEquals(theirs, Files.readAllBytes(dir.resolve("halden-mutual.wedge.bak")));
    assertFalse(session.changedOnDisk());
  }

  @Test
  void activatingTheWindowReloadsAModelWithoutUnsavedChangesAndAsksAboutOneWithThem() throws Exception {
    ModelSession session = WorkbenchModels.get().openWithEditor(model, window);
    WorkbenchTest.processEvents();
    writeAsTheCommandLine();
    window.getShell().notifyListeners(SWT.Activate, new Event());
    WorkbenchTest.processEvents();
    ModelSession reloaded = theOpenModel();
    assertNotSame(session, reloaded, "reloaded without asking: there was nothing to lose");
    assertEquals(THEIRS, cfo(reloaded).getRole());
    assertTrue(asked.isEmpty());

    edit(reloaded);
    Files.copy(EXAMPLE, model, StandardCopyOption.REPLACE_EXISTING); // and the file changes again
    answer(Messages.DiskChange_KeepMine);
    window.getShell().notifyListeners(SWT.Activate, new Event());
    WorkbenchTest.processEvents();
    assertEquals(1, asked.size(), "unsaved changes: asked");
    assertTrue(asked.get(0).contains("unsaved changes"), asked.get(0));
    assertEquals(MINE, cfo(theOpenModel()).getRole(), "kept");
    window.getShell().notifyListeners(SWT.Activate, new Event());
    WorkbenchTest.processEvents();
    assertEquals(1, asked.size(), "and not asked again each time the window is activated");

    writeAsTheCommandLine("Changed again"); // until the file changes again
    answer(Messages.DiskChange_Reload);
    window.getShell().notifyListeners(SWT.Activate, new Event());
    WorkbenchTest.processEvents();
    assertEquals(2, asked.size(), "asked again: " + asked);
    assertEquals("Changed again", cfo(theOpenModel()).getRole(), "reloaded: the file's version");
    assertFalse(theOpenModel().isDirty());
  }
}
