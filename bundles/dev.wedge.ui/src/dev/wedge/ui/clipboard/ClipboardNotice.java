package dev.wedge.ui.clipboard;

import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.notifications.NotificationPopup;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import dev.wedge.core.clipboard.ModelPaste;
import dev.wedge.core.session.ModelSession;
import dev.wedge.ui.session.SessionEditorPart;
import dev.wedge.ui.Messages;

/**
 * Says what a copy, cut, paste or duplicate did: in the status line always; and when it dropped references or did
 * nothing, also in the bar at the top of the editor on the model (or a notification that stays until closed), so
 * no reference is lost unsaid. Refusals of an edit guard are said by the session's own listener.
 */
public final class ClipboardNotice {

  private static volatile String last;

  private ClipboardNotice() {
  }

  /** The sentence said last (tests). */
  public static String last() {
    return last;
  }

  static void show(ModelSession session, ModelPaste.Result r) {
    last = r.message();
    if (r.byGuard()) {
      return;
    }
    IWorkbenchWindow w = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    if (w == null) {
      return;
    }
    IWorkbenchPage page = w.getActivePage();
    IWorkbenchPart active = page == null ? null : page.getActivePart();
    IStatusLineManager status = active == null ? null
        : active.getSite() instanceof IViewSite v ? v.getActionBars().getStatusLineManager()
        : active.getSite() instanceof IEditorSite e ? e.getActionBars().getStatusLineManager() : null;
    boolean warn = !r.done() || !r.dropped().isEmpty();
    if (status != null) {
      status.setErrorMessage(warn ? r.message() : null);
      status.setMessage(warn ? null : r.message());
    }
    if (!warn) {
      return;
    }
    SessionEditorPart editor = active instanceof SessionEditorPart e && e.getSession() == session ? e
        : page != null && page.getActiveEditor() instanceof SessionEditorPart e && e.getSession() == session ? e
        : null;
    if (editor != null) {
      editor.showRefusal(r.message());
    } else {
      NotificationPopup.forShell(w.getShell()).title(r.done() ? Messages.Clipboard_PastedNotAll : Messages.Clipboard_NotDone, true)
          .content(parent -> {
            Label l = new Label(parent, SWT.WRAP);
            l.setText(r.message().replace("&", "&&"));
            GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(l);
            return l;
          }).delay(Long.MAX_VALUE / 4).open();
    }
  }
}
