package dev.wedge.ui.session;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.notifications.NotificationPopup;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import dev.wedge.core.persistence.LoadProblem;
import dev.wedge.core.persistence.ModelLoadException;
import dev.wedge.core.persistence.ModelSaveException;
import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessions;
import dev.wedge.ui.Messages;
import dev.wedge.ui.WedgeUi;
import dev.wedge.ui.forms.FieldEdits;

/**
 * The models open in the workbench (what the Models view lists). The workbench holds one reference to each session
 * until the user closes the model; every editor holds one more while it is open. Closing an editor therefore never
 * loses changes: the model stays open, marked dirty, until it is saved or closed (which asks first).
 */
public final class WorkbenchModels {

  private static final WorkbenchModels INSTANCE = new WorkbenchModels();

  /** Edits refused by a rule (frozen criteria, the governance gate) are explained where the user is looking. */
  private static final Refusals REFUSALS = new Refusals();

  /** The refused edit the status line shows now, or null (it is cleared by the next edit that goes through). */
  public static String refusalInStatusLine() {
    return REFUSALS.inStatusLine();
  }

  private final Set<ModelSession> held = new LinkedHashSet<>();
  private final List<Runnable> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

  /** Called (on the thread that opened or closed) whenever a model is opened in or closed from the workbench. */
  public void addChangeListener(Runnable listener) {
    listeners.add(listener);
  }

  public void removeChangeListener(Runnable listener) {
    listeners.remove(listener);
  }

  private void fireChanged() {
    for (Runnable r : listeners) {
      r.run();
    }
  }

  public static WorkbenchModels get() {
    return INSTANCE;
  }

  public synchronized List<ModelSession> getModels() {
    held.removeIf(ModelSession::isDisposed);
    return new ArrayList<>(held);
  }

  /**
   * Opens {@code file} in the workbench (or finds it open) without opening an editor. Tells the user about
   * anything that was kept as it is while loading.
   */
  public ModelSession open(Path file, Shell shell) throws ModelLoadException {
    Optional<ModelSession> existing = heldSession(file);
    if (existing.isPresent()) {
      return existing.get();
    }
    ModelSession session = restoreIfAsked(file, shell);
    if (session == null) {
      session = ModelSessions.getDefault().acquire(file);
    }
    synchronized (this) {
      if (!held.add(session)) {
        ModelSessions.getDefault().release(session); // raced with another open of the same file
      }
    }
    fireChanged();
    session.addListener(REFUSALS);
    RecentModels.add(session.getFile());
    if (shell != null && !session.getLoadProblems().isEmpty()) {
      // nothing was lost: say so without stopping the user (a notification that fades, not a dialog)
      String notes = session.getLoadProblems().stream().map(LoadProblem::toString)
          .collect(Collectors.joining("\n\u2022 ", "\u2022 ", ""));
      String text = MessageFormat.format(Messages.Open_Notes, session.getName(), notes);
      // wrapped to the popup's width: a long note is read whole, not cut at the screen's edge
      NotificationPopup.forShell(shell).title(Messages.Open_Title, true).content(parent -> {
        org.eclipse.swt.widgets.Label l = new org.eclipse.swt.widgets.Label(parent, org.eclipse.swt.SWT.WRAP);
        l.setText(text.replace("&", "&&"));
        org.eclipse.jface.layout.GridDataFactory.fillDefaults().grab(true, false).hint(360,
            org.eclipse.swt.SWT.DEFAULT).applyTo(l);
        return l;
      }).delay(8000).open();
    }
    return session;
  }

  /**
   * When {@code file} has a recovery file (unsaved changes kept through a failure) and is not open yet, asks whether
   * to restore them: the session then opens with them, unsaved; discarded, the recovery file is removed; later, the
   * saved version opens and the question comes again next time. Null when the saved version is to open.
   */
  private static ModelSession restoreIfAsked(Path file, Shell shell) {
    Optional<Path> recovery = shell == null || ModelSessions.getDefault().find(file).isPresent() ? Optional.empty()
        : WorkbenchRecovery.pending(file);
    if (recovery.isEmpty()) {
      return null;
    }
    switch (WorkbenchRecovery.ask(file, recovery.get(), shell)) {
      case RESTORE:
        try {
          return ModelSessions.getDefault().acquireRecovered(file, recovery.get());
        } catch (ModelLoadException e) {
          MessageDialog.openError(shell, Messages.Recovery_Title, MessageFormat.format(Messages.Recovery_Failed,
              e.getMessage(), recovery.get()));
          return null;
        }
      case DISCARD:
        try {
          WorkbenchRecovery.discard(file);
        } catch (java.io.IOException e) {
          MessageDialog.openError(shell, Messages.Recovery_Title, MessageFormat.format(
              Messages.Recovery_NotRemoved, recovery.get(), dev.wedge.core.persistence.Words.of(e)));
        }
        return null;
      default:
        return null;
    }
  }

  /** Opens {@code file} and its overview; errors are shown to the user. Returns null when it could not open. */
  public ModelSession openWithEditor(Path file, IWorkbenchWindow window) {
    try {
      ModelSession session = open(file, window.getShell());
      dev.wedge.ui.models.ModelEditors.openOverview(window.getActivePage(), session);
      return session;
    } catch (ModelLoadException e) {
      MessageDialog.openError(window.getShell(), Messages.Open_Failed, e.getMessage());
    } catch (PartInitException e) {
      WedgeUi.log("Could not open the editor on " + file, e);
      MessageDialog.openError(window.getShell(), Messages.Open_Failed, e.getMessage());
    }
    return null;
  }

  private synchronized Optional<ModelSession> heldSession(Path file) {
    Path key = file.toAbsolutePath().normalize();
    return held.stream().filter(s -> !s.isDisposed() && s.getFile().equals(key)).findFirst();
  }

  /** The open session that holds {@code object}, if any. */
  public synchronized Optional<ModelSession> sessionOf(Object object) {
    Resource r = object instanceof EObject e ? e.eResource() : null;
    if (r == null) {
      return Optional.empty();
    }
    return ModelSessions.getDefault().getSessions().stream().filter(s -> s.getResource() == r).findFirst();
  }

  /**
   * Closes a model: asks to save unsaved changes (Yes / No / Cancel), closes its editors, releases the workbench's
   * reference. Returns false when the user cancelled or the save failed.
   */
  public boolean close(ModelSession session, Shell shell) {
    FieldEdits.commitAll(session);
    if (session.isDirty()) {
      MessageDialog dialog = new MessageDialog(shell, Messages.Close_Title, null,
          MessageFormat.format(Messages.Close_Question, session.getName()), MessageDialog.QUESTION,
          new String[] {Messages.Close_Save, Messages.Close_DontSave, Messages.Common_Cancel}, 0);
      int answer = dialog.open();
      if (answer == 2 || answer < 0) {
        return false;
      }
      if (answer == 0 && !save(session, shell)) {
        return false;
      }
    }
    closeEditors(session);
    synchronized (this) {
      if (!held.remove(session)) {
        return true;
      }
    }
    ModelSessions.getDefault().release(session);
    fireChanged();
    return true;
  }

  /** Closes a model without asking (tests, and after the user chose to discard at exit). */
  public void closeDiscarding(ModelSession session) {
    closeEditors(session);
    boolean wasHeld;
    synchronized (this) {
      wasHeld = held.remove(session);
    }
    if (wasHeld) {
      ModelSessions.getDefault().release(session);
      fireChanged();
    }
  }

  /**
   * Saves, telling the user when it failed (the file on disk is then unchanged); what is typed in a field of any
   * editor of the model and not yet applied is applied first.
   */
  public static boolean save(ModelSession session, Shell shell) {
    FieldEdits.commitAll(session);
    try {
      session.save();
      return true;
    } catch (dev.wedge.core.persistence.ModelChangedOnDiskException e) {
      return DiskChanges.askAtSave(session, shell);
    } catch (ModelSaveException e) {
      MessageDialog.openError(shell, Messages.Save_Failed, e.getMessage());
      return false;
    }
  }

  /**
   * Discards {@code session} (its unsaved changes included) and opens its file again as it is on disk now, with the
   * editors that were open on it. Returns the new session, or null when the file could not be opened (the user is
   * told; the model is then closed).
   */
  public ModelSession reload(ModelSession session, IWorkbenchWindow window) {
    record Open(IWorkbenchPage page, ModelEditorInput input, String id, boolean active) {
    }
    List<Open> editors = new ArrayList<>();
    if (PlatformUI.isWorkbenchRunning()) {
      for (IWorkbenchWindow w : PlatformUI.getWorkbench().getWorkbenchWindows()) {
        for (IWorkbenchPage page : w.getPages()) {
          for (IEditorReference ref : page.getEditorReferences()) {
            try {
              if (ref.getEditorInput() instanceof ModelEditorInput in && in.getFile().equals(session.getFile())) {
                editors.add(new Open(page, in, ref.getId(), page.getActiveEditor() != null
                    && page.getActiveEditor() == ref.getEditor(false)));
              }
            } catch (PartInitException e) {
              // an editor whose input cannot be restored is not ours to open again
            }
          }
        }
      }
    }
    Path file = session.getFile();
    String name = session.getName();
    closeDiscarding(session);
    Shell shell = window == null ? null : window.getShell();
    try {
      ModelSession fresh = open(file, null);
      for (Open o : editors) {
        o.page().openEditor(o.input(), o.id(), false);
      }
      for (Open o : editors) {
        if (o.active()) {
          o.page().openEditor(o.input(), o.id(), true);
        }
      }
      return fresh;
    } catch (ModelLoadException e) {
      MessageDialog.openError(shell, Messages.Open_Failed, MessageFormat.format(Messages.DiskChange_ReloadFailed,
          name, e.getMessage()));
    } catch (PartInitException e) {
      WedgeUi.log("Could not open the editor on " + file + " again", e);
      MessageDialog.openError(shell, Messages.Open_Failed, MessageFormat.format(Messages.DiskChange_ReloadFailed,
          name, e.getMessage()));
    }
    return null;
  }

  /** At exit: asks once about every model with unsaved changes. False when the user cancelled. */
  public boolean confirmExit(Shell shell) {
    getModels().forEach(FieldEdits::commitAll);
    List<ModelSession> dirty = getModels().stream().filter(ModelSession::isDirty).toList();
    if (dirty.isEmpty()) {
      return true;
    }
    String names = dirty.stream().map(s -> "\u2022 " + s.getName() + "  (" + s.getFile() + ")")
        .collect(Collectors.joining("\n")) + "\n";
    MessageDialog dialog = new MessageDialog(shell, Messages.Exit_Title, null,
        MessageFormat.format(Messages.Exit_Question, names), MessageDialog.QUESTION,
        new String[] {Messages.Exit_SaveAll, Messages.Exit_Discard, Messages.Common_Cancel}, 0);
    int answer = dialog.open();
    if (answer == 0) {
      for (ModelSession s : dirty) {
        if (!save(s, shell)) {
          return false;
        }
      }
      return true;
    }
    return answer == 1;
  }

  private static void closeEditors(ModelSession session) {
    if (!PlatformUI.isWorkbenchRunning()) {
      return;
    }
    for (IWorkbenchWindow w : PlatformUI.getWorkbench().getWorkbenchWindows()) {
      for (IWorkbenchPage page : w.getPages()) {
        List<IEditorReference> mine = new ArrayList<>();
        for (IEditorReference ref : page.getEditorReferences()) {
          try {
            if (ref.getEditorInput() instanceof ModelEditorInput in && in.getFile().equals(session.getFile())) {
              mine.add(ref);
            }
          } catch (PartInitException e) {
            // an editor whose input cannot be restored is not ours to close
          }
        }
        page.closeEditors(mine.toArray(new IEditorReference[0]), false);
      }
    }
  }
}
