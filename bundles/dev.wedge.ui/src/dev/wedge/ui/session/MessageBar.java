package dev.wedge.ui.session;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;

/**
 * A bar at the top of an editor that shows why an edit was refused, in full and wrapped, until the user dismisses it
 * (or another refusal replaces it). Hidden, it takes no room.
 */
public final class MessageBar {

  private final Composite bar;
  private final Label text;
  private final Color background;

  MessageBar(Composite parent) {
    background = new Color(new RGB(253, 236, 234));
    bar = new Composite(parent, SWT.NONE);
    bar.setBackground(background);
    bar.setBackgroundMode(SWT.INHERIT_FORCE);
    GridLayoutFactory.fillDefaults().numColumns(3).margins(8, 5).spacing(8, 0).applyTo(bar);
    GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(bar);
    bar.setVisible(false);
    Label icon = new Label(bar, SWT.NONE);
    icon.setImage(JFaceResources.getImage(Dialog.DLG_IMG_MESSAGE_ERROR));
    GridDataFactory.swtDefaults().align(SWT.CENTER, SWT.TOP).applyTo(icon);
    text = new Label(bar, SWT.WRAP);
    GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(text);
    Link dismiss = new Link(bar, SWT.NONE);
    dismiss.setText("<a>Dismiss</a>");
    dismiss.setToolTipText("Hide this message");
    dismiss.addListener(SWT.Selection, e -> hide());
    GridDataFactory.swtDefaults().align(SWT.END, SWT.TOP).applyTo(dismiss);
    bar.addDisposeListener(e -> background.dispose());
  }

  /** Shows {@code message}, whole, at the top of the editor. */
  public void show(String message) {
    if (bar.isDisposed()) {
      return;
    }
    text.setText(message == null ? "" : message.replace("&", "&&"));
    bar.setVisible(true);
    ((org.eclipse.swt.layout.GridData) bar.getLayoutData()).exclude = false;
    bar.getParent().layout(true, true);
  }

  public void hide() {
    if (bar.isDisposed() || !bar.isVisible()) {
      return;
    }
    bar.setVisible(false);
    ((org.eclipse.swt.layout.GridData) bar.getLayoutData()).exclude = true;
    bar.getParent().layout(true, true);
  }

  public boolean isShown() {
    return !bar.isDisposed() && bar.isVisible();
  }

  /** The sentence shown (null when the bar is hidden). */
  public String message() {
    return isShown() ? text.getText().replace("&&", "&") : null;
  }

  /** The height the bar takes now (tests check it shows the whole sentence). */
  public boolean showsWholeText() {
    if (!isShown()) {
      return false;
    }
    int needed = text.computeSize(text.getSize().x, SWT.DEFAULT).y;
    return text.getSize().y >= needed;
  }
}
