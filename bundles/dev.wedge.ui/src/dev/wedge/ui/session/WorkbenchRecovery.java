package dev.wedge.ui.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.preference.IPersistentPreferenceStore;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;

import dev.wedge.core.persistence.ModelSaveException;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.core.session.ModelSession;
import dev.wedge.ui.Messages;
import dev.wedge.ui.WedgeUi;

/**
 * Unsaved work kept through a failure: {@link WorkbenchFailures} writes each model with unsaved changes to
 * {@code NAME.wedge.recovery} beside it (the model file is never written), and remembers which; when such a model is
 * opened again (at the next start, or later), Wedge offers to restore the changes, which then open as unsaved
 * changes of the model, for the user to check and save.
 */
public final class WorkbenchRecovery {

  private static final String KEY = "pendingRecovery";

  /** The answers of the question asked when a model with a recovery file is opened. */
  public enum Answer {
    RESTORE, DISCARD, LATER
  }

  private WorkbenchRecovery() {
  }

  /** Writes {@code session}'s model to its recovery file and remembers it for the next start. */
  public static Path write(ModelSession session) throws ModelSaveException {
    Path p = session.writeRecovery();
    remember(session.getFile(), true);
    return p;
  }

  /**
   * Asks about {@code file}'s recovery file, if it has one: restore the changes (true: the caller opens the model
   * from it), discard them (the recovery file is removed), or decide later (the saved version opens, and the question
   * comes again next time).
   */
  static Answer ask(Path file, Path recovery, Shell shell) {
    String when;
    try {
      when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
          .format(Files.getLastModifiedTime(recovery).toInstant().atZone(ZoneId.systemDefault()));
    } catch (IOException | RuntimeException e) {
      when = "an earlier session";
    }
    String name = file.getFileName().toString().replaceFirst("\\.wedge$", "");
    MessageDialog dialog = new MessageDialog(shell, Messages.Recovery_Title, null,
        MessageFormat.format(Messages.Recovery_Question, name, when, recovery, file), MessageDialog.QUESTION,
        new String[] {Messages.Recovery_Restore, Messages.Recovery_Discard, Messages.Recovery_Later}, 0);
    int answer = dialog.open();
    return answer == 0 ? Answer.RESTORE : answer == 1 ? Answer.DISCARD : Answer.LATER;
  }

  /** The recovery file {@code file} has, if any. */
  static Optional<Path> pending(Path file) {
    return ModelStore.pendingRecovery(file);
  }

  /** Removes {@code file}'s recovery file (the user discarded the changes in it). */
  static void discard(Path file) throws IOException {
    ModelStore.discardRecovery(file);
    remember(file, false);
  }

  /**
   * At start: offers to restore the unsaved changes of every model that has a recovery file and is not open yet (a
   * model reopened at start was asked about as it opened).
   */
  public static void offerPending(IWorkbenchWindow window) {
    for (Path file : remembered()) {
      boolean open = WorkbenchModels.get().getModels().stream().anyMatch(s -> s.getFile().equals(file));
      if (open || !Files.isRegularFile(file) || pending(file).isEmpty()) {
        if (pending(file).isEmpty()) {
          remember(file, false);
        }
        continue;
      }
      WorkbenchModels.get().openWithEditor(file, window);
    }
  }

  /** Forgets {@code file} once it has no recovery file any more (restored and saved, or discarded). */
  static void settled(Path file) {
    if (pending(file).isEmpty()) {
      remember(file, false);
    }
  }

  static List<Path> remembered() {
    List<Path> out = new ArrayList<>();
    IPreferenceStore store = store();
    if (store == null) {
      return out;
    }
    for (String s : store.getString(KEY).split("\n")) {
      if (!s.isBlank()) {
        out.add(Path.of(s));
      }
    }
    return out;
  }

  private static void remember(Path file, boolean pending) {
    IPreferenceStore store = store();
    if (store == null) {
      return;
    }
    Set<Path> files = new LinkedHashSet<>(remembered());
    Path p = file.toAbsolutePath().normalize();
    if (pending ? !files.add(p) : !files.remove(p)) {
      return;
    }
    store.setValue(KEY, String.join("\n", files.stream().map(Path::toString).toList()));
    if (store instanceof IPersistentPreferenceStore persistent) {
      try {
        persistent.save(); // at once: the workbench may not get to save its preferences
      } catch (IOException e) {
        // the question still comes when the model is opened again (its recovery file is beside it)
        return;
      }
    }
  }

  private static IPreferenceStore store() {
    return WedgeUi.getDefault() == null ? null : WedgeUi.getDefault().getPreferenceStore();
  }
}
