package dev.wedge.ui.application;

import org.eclipse.swt.graphics.Point;
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
  }

  @Override
  public void preWindowOpen() {
    IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
    configurer.setInitialSize(new Point(1400, 900));
    configurer.setShowCoolBar(true);
    configurer.setShowStatusLine(true);
    configurer.setShowPerspectiveBar(false);
    configurer.setShowProgressIndicator(true);
    configurer.setTitle(Messages.App_Title);
  }
}
