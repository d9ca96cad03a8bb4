package dev.wedge.help;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.help.AbstractHelpUI;
import org.eclipse.help.IContext;
import org.eclipse.help.IHelpResource;

/**
 * Wedge's help system for the platform ({@code org.eclipse.ui.helpSupport}): Help › Help Contents and every
 * {@code displayHelp...} call of the workbench open {@link HelpWindow}. At start it installs F1 ({@link ContextHelp}).
 */
public final class WedgeHelp extends AbstractHelpUI implements IStartup {

  private static HelpLibrary library;

  /** The help's pages, read from this bundle once. */
  public static synchronized HelpLibrary library() {
    if (library == null) {
      library = HelpLibrary.bundled();
    }
    return library;
  }

  @Override
  public void earlyStartup() {
    Display display = PlatformUI.getWorkbench().getDisplay();
    display.asyncExec(() -> ContextHelp.install(display));
  }

  private static Shell activeShell() {
    return Display.getCurrent() == null ? null : Display.getCurrent().getActiveShell();
  }

  @Override
  public void displayHelp() {
    HelpWindow.open(activeShell(), HelpLibrary.HOME);
  }

  @Override
  public void displayContext(IContext context, int x, int y) {
    IHelpResource[] topics = context.getRelatedTopics();
    if (topics != null && topics.length > 0 && topics[0].getHref() != null) {
      displayHelpResource(topics[0].getHref());
    } else {
      HelpWindow.open(activeShell(), ContextHelp.topicFor(activeShell()));
    }
  }

  @Override
  public void displayHelpResource(String href) {
    String page = href.startsWith("/dev.wedge.help/") ? href.substring("/dev.wedge.help/".length()) : href;
    HelpWindow.open(activeShell(), page.startsWith("/") ? page.substring(1) : page);
  }

  @Override
  public boolean isContextHelpDisplayed() {
    return HelpWindow.current().isPresent();
  }
}
