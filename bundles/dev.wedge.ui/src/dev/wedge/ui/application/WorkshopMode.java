package dev.wedge.ui.application;

import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PerspectiveAdapter;

import dev.wedge.core.session.ModelSession;
import dev.wedge.ui.WedgeUi;
import dev.wedge.ui.models.ModelEditors;
import dev.wedge.ui.models.ModelParts;
import dev.wedge.ui.session.ActiveModel;
import org.eclipse.osgi.util.NLS;
import dev.wedge.ui.Messages;

/**
 * What the Workshop perspective does to the window while it is shown: full screen, type half as large again on every
 * control (those created later too), and the model's strategy map and stakeholders (the power/interest grid) open.
 * Leaving it puts the window and the type back as they were.
 */
public final class WorkshopMode extends PerspectiveAdapter {

  /** How much larger the type is in the Workshop. */
  public static final double SCALE = 1.5;

  private final IWorkbenchWindow window;
  private final Map<Control, Font> originalFonts = new WeakHashMap<>();
  /** What each original font was, to make it again if it was disposed while in the Workshop (a page rebuilt). */
  private final Map<Control, FontData[]> originalData = new WeakHashMap<>();
  private final Map<String, Font> largeFonts = new HashMap<>();
  private final Listener enlargeNew = this::enlargeNew;
  private boolean active;
  private boolean wasFullScreen;

  private WorkshopMode(IWorkbenchWindow window) {
    this.window = window;
  }

  /** Follows the perspectives of {@code window} (once, when it is created). */
  public static void follow(IWorkbenchWindow window) {
    WorkshopMode mode = new WorkshopMode(window);
    window.addPerspectiveListener(mode);
    IWorkbenchPage page = window.getActivePage();
    if (page != null && page.getPerspective() != null) {
      mode.perspectiveActivated(page, page.getPerspective());
    }
  }

  @Override
  public void perspectiveActivated(IWorkbenchPage page, IPerspectiveDescriptor perspective) {
    if (WorkshopPerspective.ID.equals(perspective.getId())) {
      enter(page);
    } else {
      leave();
    }
  }

  @Override
  public void perspectiveDeactivated(IWorkbenchPage page, IPerspectiveDescriptor perspective) {
    if (WorkshopPerspective.ID.equals(perspective.getId())) {
      leave();
    }
  }

  private void enter(IWorkbenchPage page) {
    Shell shell = window.getShell();
    if (active || shell == null || shell.isDisposed()) {
      return;
    }
    active = true;
    wasFullScreen = shell.getFullScreen();
    shell.setFullScreen(true);
    shell.getDisplay().addListener(SWT.Skin, enlargeNew);
    enlarge(shell);
    openWorkshopEditors(page);
    shell.layout(true, true);
  }

  private void leave() {
    Shell shell = window.getShell();
    if (!active || shell == null || shell.isDisposed()) {
      return;
    }
    active = false;
    shell.getDisplay().removeListener(SWT.Skin, enlargeNew);
    originalFonts.forEach((c, f) -> {
      if (!c.isDisposed()) {
        Font back = usable(f);
        if (back == null && f != null && f.isDisposed() && originalData.get(c) != null) {
          back = org.eclipse.jface.resource.JFaceResources.getResources().create(
              org.eclipse.jface.resource.FontDescriptor.createFrom(originalData.get(c)));
        }
        c.setFont(back);
      }
    });
    originalFonts.clear();
    originalData.clear();
    restoreCopies(shell);
    largeFonts.values().forEach(Font::dispose);
    largeFonts.clear();
    shell.setFullScreen(wasFullScreen);
    shell.layout(true, true);
  }

  /**
   * The font to put back: the control's own, or the default (null) when that font is gone (a resource disposed while
   * in the Workshop) or is one of the Workshop's (a control that copied its parent's large font when it was made).
   */
  private Font usable(Font original) {
    return original == null || original.isDisposed() || largeFonts.containsValue(original) ? null : original;
  }

  /** Controls made in the Workshop that copied a large font and were not enlarged by it: the default font again. */
  private void restoreCopies(Control c) {
    if (c.isDisposed()) {
      return;
    }
    if (largeFonts.containsValue(c.getFont())) {
      c.setFont(null);
    }
    if (c instanceof Composite comp) {
      for (Control child : comp.getChildren()) {
        restoreCopies(child);
      }
    }
  }

  /** Whether the window is in the Workshop's large type now. */
  public boolean isActive() {
    return active;
  }

  private void openWorkshopEditors(IWorkbenchPage page) {
    ModelSession session = ActiveModel.get();
    if (session == null) {
      return; // no model open: the start page stays, in large type
    }
    try {
      for (String part : new String[] {"resistance", "strategy"}) { // the map last: it is the one shown
        var p = ModelParts.find(part);
        if (p.isPresent()) {
          ModelEditors.openPart(page, session, p.get(), null);
        }
      }
    } catch (PartInitException e) {
      WedgeUi.log("Could not open the workshop's editors on " + session.getName(), e);
      org.eclipse.jface.dialogs.ErrorDialog.openError(window.getShell(), Messages.Workshop_Title,
          NLS.bind(Messages.Workshop_CannotOpen, session.getName()), e.getStatus());
    }
  }

  private void enlargeNew(Event e) {
    if (e.widget instanceof Control c && c.getShell() == window.getShell()) {
      c.getDisplay().asyncExec(() -> {
        if (active) { // not once the Workshop was left
          enlarge(c); // after the widget set its own font
        }
      });
    }
  }

  private void enlarge(Control c) {
    if (c.isDisposed()) {
      return;
    }
    if (!originalFonts.containsKey(c)) {
      Font current = c.getFont();
      if (current == null || current.isDisposed()) {
        return;
      }
      if (largeFonts.containsValue(current)) {
        originalFonts.put(c, null); // copied from a large parent: already large, and its own font is the default
      } else {
        originalFonts.put(c, current);
        originalData.put(c, current.getFontData());
        c.setFont(large(current));
      }
    }
    if (c instanceof Composite comp) {
      for (Control child : comp.getChildren()) {
        enlarge(child);
      }
    }
  }

  private Font large(Font font) {
    FontData[] data = font.getFontData();
    String key = data[0].toString();
    return largeFonts.computeIfAbsent(key, k -> {
      FontData[] bigger = new FontData[data.length];
      for (int i = 0; i < data.length; i++) {
        bigger[i] = new FontData(data[i].getName(), (int) Math.round(data[i].getHeight() * SCALE), data[i].getStyle());
      }
      return new Font(Display.getCurrent(), bigger);
    });
  }
}
