package dev.wedge.ui.session;

import java.text.MessageFormat;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import dev.wedge.core.persistence.DiskState;
import dev.wedge.core.persistence.ModelSaveException;
import dev.wedge.core.session.ModelSession;
import dev.wedge.ui.Messages;
import dev.wedge.ui.forms.FieldEdits;

/**
 * What the workbench does when an open model's file was changed on disk by another program (or {@code wedge} on the
 * command line), as the Eclipse IDE's text editors do: a save asks (Save Over It / Reload / Cancel) instead of
 * replacing the other version; and when the window is activated, a model without unsaved changes is reloaded (the
 * status line says so), one with unsaved changes asks (Reload / Keep Mine).
 */
public final class DiskChanges {

  /**
   * Models whose user chose to keep their version, with the file's version they were asked about: activation asks
   * no more until the file changes again (a save still asks).
   */
  private static final Map<ModelSession, DiskState> KEPT = new WeakHashMap<>();
  private static boolean checking;

  private DiskChanges() {
  }

  /** Checks the open models each time {@code window} is activated. */
  public static void follow(IWorkbenchWindow window) {
    Shell shell = window.getShell();
    shell.addListener(SWT.Activate, e -> shell.getDisplay().asyncExec(() -> {
      if (!shell.isDisposed()) {
        check(window); // after the activation, not inside it: a dialog may open
      }
    }));
  }

  /** Reloads or asks about every open model whose file was changed on disk. */
  public static void check(IWorkbenchWindow window) {
    if (checking) {
      return; // a dialog of this check closing activates the window again
    }
    checking = true;
    try {
      for (ModelSession s : WorkbenchModels.get().getModels()) {
        if (s.isDisposed() || !s.changedOnDisk()) {
          continue;
        }
        if (!s.isDirty() && !FieldEdits.hasPending(s)) {
          if (WorkbenchModels.get().reload(s, window) != null) {
            status(window, MessageFormat.format(Messages.DiskChange_Reloaded, s.getName()));
          }
        } else if (!asked(s)) {
          MessageDialog dialog = new MessageDialog(window.getShell(), Messages.DiskChange_Title, null,
              MessageFormat.format(Messages.DiskChange_Changed, s.getName()), MessageDialog.QUESTION,
              new String[] {Messages.DiskChange_Reload, Messages.DiskChange_KeepMine}, 1);
          if (dialog.open() == 0) {
            WorkbenchModels.get().reload(s, window);
          } else {
            KEPT.put(s, stateOf(s));
          }
        }
      }
    } finally {
      checking = false;
    }
  }

  /**
   * A save of {@code session} was refused because its file changed on disk: asks Save Over It / Reload / Cancel.
   * True when the model was saved (over the file's version, which is kept as the .bak).
   */
  static boolean askAtSave(ModelSession session, Shell shell) {
    String backup = session.getFile().getFileName() + ".bak";
    MessageDialog dialog = new MessageDialog(shell, Messages.DiskChange_Title, null,
        MessageFormat.format(Messages.DiskChange_AtSave, session.getName(), backup), MessageDialog.WARNING,
        new String[] {Messages.DiskChange_SaveOver, Messages.DiskChange_Reload, Messages.Common_Cancel}, 2);
    int answer = dialog.open();
    if (answer == 0) {
      try {
        session.saveOverwriting();
        KEPT.remove(session);
        return true;
      } catch (ModelSaveException e) {
        MessageDialog.openError(shell, Messages.Save_Failed, e.getMessage());
        return false;
      }
    }
    if (answer == 1 && confirmDiscard(session, shell)) {
      IWorkbenchWindow window = PlatformUI.isWorkbenchRunning()
          ? PlatformUI.getWorkbench().getActiveWorkbenchWindow() : null;
      // after the save that asked has returned: the editor that is saving is closed and opened again
      Display.getCurrent().asyncExec(() -> {
        if (!session.isDisposed()) {
          WorkbenchModels.get().reload(session, window);
        }
      });
    }
    return false;
  }

  /** Whether the user chose to keep their version of {@code s} over the file's version as it is now. */
  private static boolean asked(ModelSession s) {
    DiskState kept = KEPT.get(s);
    return kept != null && kept.sameContent(stateOf(s));
  }

  private static DiskState stateOf(ModelSession s) {
    try {
      return DiskState.of(s.getFile());
    } catch (java.io.IOException unreadable) {
      return null; // not the same as any version asked about: the next activation asks again
    }
  }

  private static boolean confirmDiscard(ModelSession session, Shell shell) {
    if (!session.isDirty() && !FieldEdits.hasPending(session)) {
      return true;
    }
    MessageDialog confirm = new MessageDialog(shell, Messages.DiskChange_Title, null,
        MessageFormat.format(Messages.DiskChange_ConfirmReload, session.getName()), MessageDialog.CONFIRM,
        new String[] {Messages.DiskChange_Reload, Messages.Common_Cancel}, 1);
    return confirm.open() == 0;
  }

  private static void status(IWorkbenchWindow window, String message) {
    IWorkbenchPage page = window == null ? null : window.getActivePage();
    IWorkbenchPart active = page == null ? null : page.getActivePart();
    IStatusLineManager status = active == null ? null
        : active.getSite() instanceof IViewSite v ? v.getActionBars().getStatusLineManager()
        : active.getSite() instanceof IEditorSite e ? e.getActionBars().getStatusLineManager() : null;
    if (status != null) {
      status.setMessage(message);
    }
  }
}
