package dev.wedge.help;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * F1 anywhere in Wedge: the help page of what has the focus, found in one place ({@code contexts.properties}) so
 * no editor, view or wizard carries help code of its own. The F1 key is a binding ({@link ContextHelpHandler}); SWT's
 * help event (which GTK sends on Ctrl+F1 and Shift+F1) is answered here in every shell. Keys are a part's id (editors and views), a wizard's class
 * and its page's name ({@code NewPilotWizard.metric}), or a dialog's class ({@code CsvImportDialog}); what is not
 * listed opens the help's contents.
 */
public final class ContextHelp {

  private static final String HOOKED = ContextHelp.class.getName();
  private static final Properties TOPICS = load();

  private ContextHelp() {
  }

  private static Properties load() {
    Properties topics = new Properties();
    try (InputStream in = ContextHelp.class.getResourceAsStream("/contexts.properties")) {
      if (in == null) {
        throw new IllegalStateException(Messages.Help_NoContexts);
      }
      topics.load(in);
    } catch (IOException e) {
      throw new IllegalStateException("contexts.properties could not be read: " + e.getMessage(), e);
    }
    return topics;
  }

  /** The help's href for {@code key} (a part id, {@code Wizard.page} or a dialog's class), or {@code null}. */
  public static String topic(String key) {
    return key == null ? null : TOPICS.getProperty(key);
  }

  /** Every key listed, for the tests that check each names a page that exists. */
  public static java.util.Set<String> keys() {
    return TOPICS.stringPropertyNames();
  }

  /** What F1 in {@code shell} is about: the key of its wizard page or dialog, or of the workbench's active part. */
  public static String keyOf(Shell shell) {
    Object data = shell == null ? null : shell.getData();
    if (data instanceof WizardDialog dialog && dialog.getCurrentPage() != null) {
      IWizardPage page = dialog.getCurrentPage();
      return wizardClass(page) + "." + page.getName();
    }
    if (data instanceof Window window) {
      return ownClass(window.getClass());
    }
    for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
      if (window.getShell() == shell) {
        IWorkbenchPage page = window.getActivePage();
        IWorkbenchPartReference part = page == null ? null : page.getActivePartReference();
        return part == null ? null : part.getId();
      }
    }
    return null;
  }

  private static String wizardClass(IWizardPage page) {
    return page.getWizard() == null ? "" : ownClass(page.getWizard().getClass());
  }

  /** The simple name of the first class that is Wedge's (a test's subclass of a wizard dialog counts as it). */
  private static String ownClass(Class<?> type) {
    Class<?> c = type;
    while (c != null && c.getSimpleName().isEmpty()) {
      c = c.getSuperclass();
    }
    return c == null ? type.getName() : c.getSimpleName();
  }

  /** The href F1 opens in {@code shell}: its mapped page, or the help's contents. */
  public static String topicFor(Shell shell) {
    String topic = topic(keyOf(shell));
    return topic != null ? topic : HelpLibrary.HOME;
  }

  /**
   * Makes F1 open the help page of the focus in every shell of {@code display}, the workbench's windows and every
   * dialog and wizard as it opens.
   */
  public static void install(Display display) {
    Listener f1 = ContextHelp::helpRequested;
    display.addFilter(SWT.Help, f1);
    display.addFilter(SWT.Activate, e -> hook(e.widget));
    for (Shell shell : display.getShells()) {
      hook(shell);
    }
  }

  /**
   * A shell takes part in SWT's F1 only when some control of it listens for help: every shell gets a listener, and
   * the display's filter answers F1 before any other listener does.
   */
  private static void hook(Widget widget) {
    if (widget instanceof Shell shell && shell.getData(HOOKED) == null) {
      shell.setData(HOOKED, Boolean.TRUE);
      shell.addListener(SWT.Help, e -> {
      });
    }
  }

  private static void helpRequested(Event event) {
    if (!(event.widget instanceof org.eclipse.swt.widgets.Control control) || control.isDisposed()) {
      return;
    }
    Shell shell = control.getShell();
    if (HelpWindow.isHelpShell(shell)) {
      event.type = SWT.None;
      return;
    }
    event.type = SWT.None;
    HelpWindow.open(shell, topicFor(shell));
  }
}
