package dev.wedge.help;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * F1 (the key binding, in windows and dialogs alike): the help page of the active editor, view, wizard page or
 * dialog. GTK itself sends SWT's help event only on Ctrl+F1 and Shift+F1; {@link ContextHelp} answers those.
 */
public final class ContextHelpHandler extends AbstractHandler {
  @Override
  public Object execute(ExecutionEvent event) {
    Shell shell = HandlerUtil.getActiveShell(event);
    if (shell == null || shell.isDisposed()) {
      shell = Display.getCurrent().getActiveShell();
    }
    if (!HelpWindow.isHelpShell(shell)) {
      HelpWindow.open(shell, ContextHelp.topicFor(shell));
    }
    return null;
  }
}
