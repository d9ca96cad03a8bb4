package dev.wedge.ui.session;

import java.util.EventObject;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.notifications.NotificationPopup;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessionListener;
import dev.wedge.ui.Messages;

/**
 * Says why an edit was refused, in full, where the user is looking: in the bar at the top of the active editor on the
 * model (or the editor beside the Properties or Models view the edit came from), otherwise in a notification that
 * wraps and stays until closed; and in the status line, which is cleared by the next edit that goes through.
 */
final class Refusals implements ModelSessionListener {

  private IStatusLineManager statusLine;
  private ModelSession statusOf;
  private String inStatusLine;

  @Override
  public void refused(ModelSession session, String message) {
    if (!PlatformUI.isWorkbenchRunning()) {
      return;
    }
    Display display = PlatformUI.getWorkbench().getDisplay();
    if (Display.getCurrent() == display) {
      show(session, message);
    } else {
      display.asyncExec(() -> show(session, message));
    }
  }

  @Override
  public void commandStackChanged(ModelSession session, EventObject event) {
    // an edit went through: the refusal the status line shows is no longer the news
    if (session == statusOf && session.getCommandStack().getMostRecentCommand() != null) {
      Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : null;
      if (display != null) {
        display.asyncExec(this::clearStatus);
      }
    }
  }

  private void clearStatus() {
    if (statusLine != null) {
      statusLine.setErrorMessage(null);
    }
    statusLine = null;
    statusOf = null;
    inStatusLine = null;
  }

  /** The refusal the status line shows now, or null once cleared. */
  String inStatusLine() {
    return inStatusLine;
  }

  private void show(ModelSession session, String message) {
    IWorkbenchWindow w = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    if (w == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
      w = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
    }
    if (w == null) {
      return;
    }
    IWorkbenchPage page = w.getActivePage();
    IWorkbenchPart active = page == null ? null : page.getActivePart();
    SessionEditorPart editor = active instanceof SessionEditorPart e && e.getSession() == session ? e : null;
    if (editor == null && page != null && page.getActiveEditor() instanceof SessionEditorPart e
        && e.getSession() == session) {
      editor = e; // the edit came from the Properties or the Models view: the editor beside them shows it
    }
    if (editor != null) {
      editor.showRefusal(message);
    } else {
      NotificationPopup.forShell(w.getShell()).title(Messages.Refusal_NotChanged, true).content(parent -> {
        Label l = new Label(parent, SWT.WRAP);
        l.setText(message.replace("&", "&&"));
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(l);
        return l;
      }).delay(Long.MAX_VALUE / 4).open();
    }
    IActionBars bars = bars(active != null ? active.getSite() : null);
    if (bars == null && editor != null) {
      bars = editor.getEditorSite().getActionBars();
    }
    if (bars != null) {
      clearStatus();
      statusLine = bars.getStatusLineManager();
      statusLine.setErrorMessage(message);
      statusOf = session;
      inStatusLine = message;
    }
  }

  private static IActionBars bars(IWorkbenchPartSite site) {
    return site instanceof IViewSite v ? v.getActionBars() : site instanceof IEditorSite e ? e.getActionBars() : null;
  }
}
