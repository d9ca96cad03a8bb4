package dev.wedge.ui.session;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Layout;
import org.eclipse.swt.widgets.Link;
import dev.wedge.ui.Messages;

/**
 * A bar at the top of an editor that shows why an edit was refused, in full and wrapped, until the user dismisses it
 * (or another refusal replaces it). It lies over the top of the editor's contents: nothing under the mouse moves
 * when it appears or goes, so the next click lands on the control the user aimed at. Hidden, it takes no room.
 */
public final class MessageBar {

  private final Composite bar;
  private final Label text;
  private final Color background;
  private Image icon;

  MessageBar(Composite parent) {
    background = new Color(new RGB(253, 236, 234));
    bar = new Composite(parent, SWT.BORDER);
    bar.setBackground(background);
    bar.setBackgroundMode(SWT.INHERIT_FORCE);
    GridLayoutFactory.fillDefaults().numColumns(3).margins(8, 6).spacing(10, 0).applyTo(bar);
    bar.setVisible(false);
    Label iconLabel = new Label(bar, SWT.NONE);
    icon = errorIcon(bar);
    iconLabel.setImage(icon);
    GridDataFactory.swtDefaults().align(SWT.CENTER, SWT.TOP).applyTo(iconLabel);
    text = new Label(bar, SWT.WRAP);
    GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(text);
    Link dismiss = new Link(bar, SWT.NONE);
    dismiss.setText("<a>" + Messages.MessageBar_Dismiss + "</a>");
    dismiss.setToolTipText(Messages.MessageBar_Hide);
    dismiss.addListener(SWT.Selection, e -> hide());
    GridDataFactory.swtDefaults().align(SWT.END, SWT.TOP).applyTo(dismiss);
    bar.addDisposeListener(e -> {
      background.dispose();
      if (icon != null) {
        icon.dispose();
      }
    });
  }

  /** The system's error icon at about two lines of text high (the dialogs' 16-pixel one is lost beside a sentence). */
  private static Image errorIcon(Composite parent) {
    Image system = parent.getDisplay().getSystemImage(SWT.ICON_ERROR);
    if (system == null) {
      return null;
    }
    int lineHeight = parent.getFont().getFontData()[0].getHeight() * parent.getDisplay().getDPI().y / 72;
    int size = Math.max(24, Math.min(40, lineHeight * 2));
    ImageData data = system.getImageData();
    return new Image(parent.getDisplay(), data.width == size ? data : data.scaledTo(size, size));
  }

  /** The layout of the editor's frame: {@code contents} fill it, the bar (when shown) lies over their top. */
  Layout overlaying(Control contents) {
    return new Layout() {
      @Override
      protected Point computeSize(Composite composite, int wHint, int hHint, boolean flushCache) {
        return contents.computeSize(wHint, hHint, flushCache);
      }

      @Override
      protected void layout(Composite composite, boolean flushCache) {
        Rectangle area = composite.getClientArea();
        contents.setBounds(area);
        if (bar.isVisible()) {
          int height = Math.min(area.height, bar.computeSize(area.width, SWT.DEFAULT, true).y);
          bar.setBounds(area.x, area.y, area.width, height);
          bar.moveAbove(null);
        }
      }
    };
  }

  /** Shows {@code message}, whole, at the top of the editor. */
  public void show(String message) {
    if (bar.isDisposed()) {
      return;
    }
    text.setText(message == null ? "" : message.replace("&", "&&"));
    bar.setVisible(true);
    bar.getParent().layout(true, true);
  }

  public void hide() {
    if (bar.isDisposed() || !bar.isVisible()) {
      return;
    }
    bar.setVisible(false);
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

  /** Where the bar lies, in its editor's frame (tests check that nothing under it moved). */
  public Rectangle bounds() {
    return bar.getBounds();
  }
}
