package dev.wedge.ui.application;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;

/**
 * The mouse wheel scrolls the page it is over, never the value of a drop-down the pointer happens to pass (GTK
 * changes a combo's value on the wheel: scrolling a pilot's page changed its initiative). A combo the user has
 * clicked into still takes the wheel.
 */
public final class WheelScrollsPages implements Listener {

  /** Pixels a wheel notch scrolls. */
  static final int STEP = 24;

  private WheelScrollsPages() {
  }

  /** Installs the rule for every window of {@code display}. */
  public static void install(Display display) {
    display.addFilter(SWT.MouseVerticalWheel, new WheelScrollsPages());
  }

  @Override
  public void handleEvent(Event e) {
    if (!(e.widget instanceof Combo || e.widget instanceof CCombo)) {
      return;
    }
    Control combo = (Control) e.widget;
    if (combo.isFocusControl()) {
      return;
    }
    e.doit = false;
    for (Composite p = combo.getParent(); p != null; p = p.getParent()) {
      if (p instanceof ScrolledComposite s && s.getContent() != null) {
        Point origin = s.getOrigin();
        s.setOrigin(origin.x, Math.max(0, origin.y - e.count * STEP));
        return;
      }
    }
  }
}
