package dev.wedge.ui.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.wedge.ui.Messages;
import dev.wedge.ui.session.WorkbenchModels;

/** File › Open model (Ctrl+O). */
public class OpenModelHandler extends AbstractHandler {

  @Override
  public Object execute(ExecutionEvent event) {
    IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
    FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN | SWT.MULTI);
    dialog.setText(Messages.Open_Title);
    dialog.setFilterPath(dev.wedge.ui.application.GeneralPreferences.modelsFolder().toString());
    dialog.setFilterExtensions(new String[] {"*.wedge", "*"});
    dialog.setFilterNames(new String[] {Messages.Open_FilterModels, Messages.Open_FilterAll});
    if (dialog.open() == null) {
      return null;
    }
    for (String name : dialog.getFileNames()) {
      WorkbenchModels.get().openWithEditor(Path.of(dialog.getFilterPath(), name), window);
    }
    return null;
  }
}
