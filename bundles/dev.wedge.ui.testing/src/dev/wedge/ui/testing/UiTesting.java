package dev.wedge.ui.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import dev.wedge.core.session.ModelSession;
import dev.wedge.ui.models.ModelEditors;
import dev.wedge.ui.models.ModelParts;
import dev.wedge.ui.session.WorkbenchModels;

/**
 * What workbench tests share: a copy of the example model to work on, opening it and one of its editors, letting the
 * event loop run, and closing every model afterwards. Used by the UI test fragments only; not in the product.
 */
public final class UiTesting {

  /** The example model, from a test fragment's folder (the working directory of its tests). */
  public static final Path EXAMPLE = Path.of("../../examples/halden-mutual.wedge");

  private UiTesting() {
  }

  /** Runs the pending events (async runnables, repaints, layouts) a few rounds over. */
  public static void processEvents() {
    Display d = Display.getCurrent();
    for (int i = 0; i < 50; i++) {
      while (d.readAndDispatch()) {
        // drain
      }
    }
  }

  /**
   * Runs events until {@code condition} holds (work in the background: an analysis, a job, the workbench's start);
   * fails, saying {@code what} was awaited, when it still does not after {@code timeout}, which is a bound for a
   * machine under load, not a measure.
   */
  public static void waitUntil(BooleanSupplier condition, Duration timeout, String what) {
    long end = System.nanoTime() + timeout.toNanos();
    Display d = Display.getCurrent();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("still waiting after " + timeout.toSeconds() + " s for " + what);
      }
      if (!d.readAndDispatch()) {
        d.timerExec(20, () -> { }); // wakes the sleep below soon, whatever else arrives
        d.sleep();
      }
    }
    processEvents();
  }

  /** {@link #waitUntil(BooleanSupplier, Duration, String)} for up to 30 s. */
  public static void waitUntil(BooleanSupplier condition, String what) {
    waitUntil(condition, Duration.ofSeconds(30), what);
  }

  /** A copy of the example model in {@code dir}, so a test may edit and save it. */
  public static Path copyExample(Path dir) throws IOException {
    Path model = dir.resolve("halden-mutual.wedge");
    Files.copy(EXAMPLE, model, StandardCopyOption.REPLACE_EXISTING);
    return model;
  }

  /** A copy of the example model, opened in the workbench. */
  public static ModelSession openExample(Path dir) throws IOException {
    return WorkbenchModels.get().open(copyExample(dir), null);
  }

  /** Opens the editor that claims the model part {@code part} ("pilots", "metrics", ...) and lets it draw. */
  public static <T extends IEditorPart> T openPart(ModelSession session, String part, Class<T> type)
      throws PartInitException {
    IEditorPart editor = ModelEditors.openPart(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(),
        session, ModelParts.find(part).orElseThrow(), null);
    processEvents();
    return type.cast(editor);
  }

  /**
   * Records the errors logged while it is open (by any bundle: the platform logs exceptions thrown in the UI thread
   * too), so a test can fail on them.
   */
  public static final class ErrorLog implements ILogListener, AutoCloseable {
    private final List<IStatus> errors = new CopyOnWriteArrayList<>();

    public ErrorLog() {
      Platform.addLogListener(this);
    }

    @Override
    public void logging(IStatus status, String plugin) {
      if (status.matches(IStatus.ERROR)) {
        errors.add(status);
      }
    }

    /** The errors logged so far, one line each ("plugin: message: exception"). */
    public List<String> errors() {
      return errors.stream().map(s -> s.getPlugin() + ": " + s.getMessage()
          + (s.getException() == null ? "" : ": " + s.getException())).toList();
    }

    /** Fails when anything was logged as an error. */
    public void assertNone() {
      processEvents();
      if (!errors.isEmpty()) {
        throw new AssertionError("errors were logged: " + errors());
      }
    }

    @Override
    public void close() {
      Platform.removeLogListener(this);
    }
  }

  /** Closes every open model without saving, and their editors. */
  public static void closeAllModels() {
    for (ModelSession s : WorkbenchModels.get().getModels()) {
      WorkbenchModels.get().closeDiscarding(s);
    }
    processEvents();
  }
}
