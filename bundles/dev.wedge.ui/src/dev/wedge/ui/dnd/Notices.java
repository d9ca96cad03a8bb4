package dev.wedge.ui.dnd;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.notifications.NotificationPopup;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** A notification that stays until closed, for what a drop did not do. */
final class Notices {

  private Notices() {
  }

  static void show(Shell shell, String title, String text) {
    NotificationPopup.forShell(shell).title(title, true).content(parent -> {
      Label l = new Label(parent, SWT.WRAP);
      l.setText(text.replace("&", "&&"));
      GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(l);
      return l;
    }).delay(Long.MAX_VALUE / 4).open();
  }
}
