package dev.wedge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.persistence.ModelStore;
import dev.wedge.core.session.ModelSession;
import dev.wedge.model.WedgePackage;
import dev.wedge.ui.Messages;
import dev.wedge.ui.session.WorkbenchFailures;
import dev.wedge.ui.session.WorkbenchModels;
import dev.wedge.ui.session.WorkbenchRecovery;

/**
 * A failure in the workbench, simulated by throwing from the event loop as real code would (not a real shortage of
 * memory): it is said in a dialog in full, the unsaved work is written to a recovery file beside the model (never
 * over it), and the next start offers to restore it.
 */
class FailureTest {

  private static final String CHANGED = "Halden Mutual (changed after the last save)";

  @TempDir
  Path dir;

  @AfterEach
  void closeEverything() {
    for (Shell s : Display.getCurrent().getShells()) {
      if (isFailureDialog(s)) {
        s.close();
      }
    }
    for (ModelSession s : WorkbenchModels.get().getModels()) {
      WorkbenchModels.get().closeDiscarding(s);
    }
    WorkbenchTest.processEvents();
  }

  @Test
  void runningOutOfMemoryIsSaidInADialogAndTheUnsavedWorkIsRestoredAtTheNextStart() throws Exception {
    Path model = copyExample();
    byte[] saved = Files.readAllBytes(model);
    ModelSession session = WorkbenchModels.get().open(model, null);
    assertTrue(session.execute(SetCommand.create(session.getEditingDomain(), session.getModel(),
        WedgePackage.Literals.STRATEGY_MODEL__ORGANIZATION, CHANGED)));
    assertTrue(session.isDirty());

    Display.getCurrent().asyncExec(() -> {
      throw new OutOfMemoryError("Java heap space");
    });
    WorkbenchTest.processEvents();

    Shell dialog = failureDialog(WorkbenchFailures.OUT_OF_MEMORY_TITLE);
    String text = texts(dialog);
    Path recovery = model.resolveSibling("halden-mutual.wedge.recovery");
    assertTrue(text.startsWith("Wedge ran out of memory (it may use "), text);
    assertTrue(text.contains("halden-mutual: " + recovery), "the dialog names the recovery file: " + text);
    assertTrue(text.contains("WEDGE_VMARGS=-Xmx"), "and how to give Wedge more memory: " + text);
    assertTrue(text.contains("\n\nDetails: "), "where the details are: " + text);
    Path log = Path.of(text.substring(text.indexOf("Details: ") + "Details: ".length()).trim());
    assertTrue(Files.readString(log).contains("java.lang.OutOfMemoryError: Java heap space"), "the log has it all");
    assertTrue(dialog.isVisible() && (dialog.getStyle() & SWT.APPLICATION_MODAL) != 0, "in front of the user");
    screenshot(Path.of("target/failure-dialog.png")); // for a look after the build

    assertArrayEquals(saved, Files.readAllBytes(model), "the model file is never written by the emergency save");
    assertTrue(session.isDirty(), "the changes are still unsaved in the workbench");
    assertEquals(CHANGED, ModelStore.load(recovery).model().getOrganization(), "the recovery file has them");
    dialog.close();

    // Wedge stops before the user saves: at the next start the model is offered back with its changes
    WorkbenchModels.get().closeDiscarding(session);
    answerTheRecoveryQuestion(Messages.Recovery_Restore);
    IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    WorkbenchRecovery.offerPending(window);
    WorkbenchTest.processEvents();
    ModelSession restored = WorkbenchModels.get().getModels().stream().filter(s -> s.getFile().equals(model))
        .findFirst().orElseThrow(() -> new AssertionError("the model was not offered back"));
    assertEquals(CHANGED, restored.getModel().getOrganization());
    assertTrue(restored.isDirty(), "restored changes are unsaved until the user saves them");
    assertArrayEquals(saved, Files.readAllBytes(model), "restoring does not write the model file either");

    assertTrue(WorkbenchModels.save(restored, window.getShell()));
    assertFalse(Files.exists(recovery), "once saved, the recovery file is gone");
    assertEquals(CHANGED, ModelStore.load(model).model().getOrganization());
  }

  @Test
  void anyExceptionInTheEventLoopIsSaidInFullAndDiscardedChangesAreGone() throws Exception {
    Path model = copyExample();
    ModelSession session = WorkbenchModels.get().open(model, null);
    session.execute(SetCommand.create(session.getEditingDomain(), session.getModel(),
        WedgePackage.Literals.STRATEGY_MODEL__ORGANIZATION, CHANGED));

    Display.getCurrent().asyncExec(() -> {
      throw new IllegalStateException("the chart's axis has no range");
    });
    WorkbenchTest.processEvents();
    Shell dialog = failureDialog(WorkbenchFailures.FAILURE_TITLE);
    String text = texts(dialog);
    assertTrue(text.startsWith("Something in Wedge failed, and what it was doing did not finish: the chart's axis has"
        + " no range."), text);
    assertFalse(text.contains("IllegalStateException"), "in words, not Java's: " + text);
    Path recovery = model.resolveSibling("halden-mutual.wedge.recovery");
    assertTrue(Files.exists(recovery));
    dialog.close();

    // a second failure while the first is shown does not stack dialogs
    WorkbenchFailures.report(new IllegalStateException("once"));
    WorkbenchFailures.report(new IllegalStateException("twice"));
    WorkbenchTest.processEvents();
    assertEquals(1, Stream.of(Display.getCurrent().getShells()).filter(FailureTest::isFailureDialog).count());
    failureDialog(WorkbenchFailures.FAILURE_TITLE).close();

    WorkbenchModels.get().closeDiscarding(session);
    answerTheRecoveryQuestion(Messages.Recovery_Discard);
    ModelSession reopened = WorkbenchModels.get().openWithEditor(model,
        PlatformUI.getWorkbench().getActiveWorkbenchWindow());
    assertNotNull(reopened);
    assertFalse(reopened.isDirty(), "discarded: the saved version opens");
    assertFalse(Files.exists(recovery), "and the recovery file is removed");
  }

  /** The whole screen, as the user sees it. */
  private static void screenshot(Path png) {
    Display d = Display.getCurrent();
    WorkbenchTest.processEvents();
    org.eclipse.swt.graphics.Rectangle b = d.getBounds();
    org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(d, b.width, b.height);
    org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(d);
    try {
      gc.copyArea(image, 0, 0);
      org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
      loader.data = new org.eclipse.swt.graphics.ImageData[] {image.getImageData()};
      loader.save(png.toString(), SWT.IMAGE_PNG);
    } finally {
      gc.dispose();
      image.dispose();
    }
  }

  private Path copyExample() throws java.io.IOException {
    Path model = dir.resolve("halden-mutual.wedge");
    Files.copy(WorkbenchTest.EXAMPLE, model);
    return model;
  }

  private static boolean isFailureDialog(Shell s) {
    return !s.isDisposed() && (WorkbenchFailures.OUT_OF_MEMORY_TITLE.equals(s.getText())
        || WorkbenchFailures.FAILURE_TITLE.equals(s.getText()));
  }

  private static Shell failureDialog(String title) {
    return Stream.of(Display.getCurrent().getShells()).filter(s -> !s.isDisposed() && title.equals(s.getText()))
        .findFirst().orElseThrow(() -> new AssertionError("no dialog '" + title + "' is open"));
  }

  /** The texts of a dialog's labels, in order. */
  private static String texts(Composite c) {
    List<String> out = new ArrayList<>();
    collect(c, out);
    return String.join("\n", out);
  }

  private static void collect(Control c, List<String> out) {
    if (c instanceof Label l && !l.getText().isBlank()) {
      out.add(l.getText());
    }
    if (c instanceof Composite comp) {
      for (Control child : comp.getChildren()) {
        collect(child, out);
      }
    }
  }

  /**
   * Presses {@code button} of the question about a recovery file as soon as it is shown (it blocks the test in its
   * own event loop, which runs this).
   */
  private static void answerTheRecoveryQuestion(String button) {
    Display d = Display.getCurrent();
    Runnable[] press = new Runnable[1];
    int[] tries = {0};
    press[0] = () -> {
      for (Shell s : d.getShells()) {
        if (!s.isDisposed() && Messages.Recovery_Title.equals(s.getText())) {
          Button b = find(s, button);
          if (b != null) {
            if (button.equals(Messages.Recovery_Restore)) {
              screenshot(Path.of("target/recovery-question.png"));
            }
            b.notifyListeners(SWT.Selection, new Event());
            return;
          }
        }
      }
      if (++tries[0] < 10_000) {
        d.asyncExec(press[0]);
      }
    };
    d.asyncExec(press[0]);
  }

  private static Button find(Composite c, String text) {
    for (Control child : c.getChildren()) {
      if (child instanceof Button b && text.equals(b.getText())) {
        return b;
      }
      if (child instanceof Composite comp) {
        Button found = find(comp, text);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
