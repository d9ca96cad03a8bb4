package dev.wedge.ui.application;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import dev.wedge.ui.Messages;
import dev.wedge.ui.session.ActiveModel;

/** The main window: title, size, status line. Menus and tool bar are contributed in plugin.xml. */
public class WedgeWorkbenchWindowAdvisor extends WorkbenchWindowAdvisor {

  public WedgeWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
    super(configurer);
  }

  @Override
  public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
    return new ActionBarAdvisor(configurer);
  }

  @Override
  public void postWindowCreate() {
    ActiveModel.follow(getWindowConfigurer().getWindow());
    WorkshopMode.follow(getWindowConfigurer().getWindow());
    dev.wedge.ui.session.DiskChanges.follow(getWindowConfigurer().getWindow());
    org.eclipse.swt.widgets.Shell shell = getWindowConfigurer().getWindow().getShell();
    Rectangle area = screen();
    Rectangle fitted = within(shell.getBounds(), area);
    // a laptop screen: the whole of it rather than a window cut at an edge. Not setMaximized: without a window
    // manager (a projector's kiosk session, Xvfb) GTK then keeps the 1400x900 default and the window runs off the
    // screen while SWT reports it fitted
    shell.setBounds(fitted);
  }

  private static final int WIDTH = 1400;
  private static final int HEIGHT = 900;

  private static Rectangle screen() {
    org.eclipse.swt.widgets.Display d = org.eclipse.swt.widgets.Display.getCurrent();
    return d == null ? new Rectangle(0, 0, WIDTH, HEIGHT) : d.getPrimaryMonitor().getClientArea();
  }

  /**
   * {@code window} moved and shrunk to lie on {@code screen}: a window larger than a 1280x800 laptop screen takes the
   * whole of it instead of running off its edges.
   */
  static Rectangle within(Rectangle window, Rectangle screen) {
    int width = Math.min(window.width, screen.width);
    int height = Math.min(window.height, screen.height);
    int x = Math.max(screen.x, Math.min(window.x, screen.x + screen.width - width));
    int y = Math.max(screen.y, Math.min(window.y, screen.y + screen.height - height));
    return new Rectangle(x, y, width, height);
  }

  /** 1400x900, or the screen when it is smaller. */
  static Point initialSize() {
    Rectangle area = screen();
    return new Point(Math.min(WIDTH, area.width), Math.min(HEIGHT, area.height));
  }

  @Override
  public void preWindowOpen() {
    IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
    configurer.setInitialSize(initialSize());
    configurer.setShowCoolBar(true);
    configurer.setShowStatusLine(true);
    configurer.setShowPerspectiveBar(false);
    configurer.setShowProgressIndicator(true);
    configurer.setTitle(Messages.App_Title);
    configurer.addEditorAreaTransfer(org.eclipse.swt.dnd.FileTransfer.getInstance()); // .wedge files dropped open
    configurer.configureEditorAreaDropListener(new dev.wedge.ui.dnd.ModelFileDrop(configurer.getWindow()));
  }
}
