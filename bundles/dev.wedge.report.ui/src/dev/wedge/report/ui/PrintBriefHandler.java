package dev.wedge.report.ui;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.wedge.core.session.ModelSession;
import dev.wedge.report.BriefOptions;
import dev.wedge.report.Briefs;
import dev.wedge.ui.session.ActiveModel;

/**
 * File › Print Executive Brief…: the brief is printed through its PDF, written beside the model under a name no file
 * has yet (never over an earlier brief), and the sentence says where it is and how to print it.
 */
public class PrintBriefHandler extends AbstractHandler {

  @Override
  public Object execute(ExecutionEvent event) {
    IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
    ModelSession session = ActiveModel.get();
    if (session == null) {
      MessageDialog.openInformation(window.getShell(), Messages.Print_Title, Messages.Print_NoModel);
      return null;
    }
    Path[] written = new Path[1];
    try {
      new ProgressMonitorDialog(window.getShell()).run(true, true, monitor -> {
        try {
          written[0] = write(session, monitor);
        } catch (IOException e) {
          throw new InvocationTargetException(e);
        } catch (OperationCanceledException e) {
          throw new InterruptedException();
        }
      });
    } catch (InvocationTargetException e) {
      MessageDialog.openError(window.getShell(), Messages.Print_Title, NLS.bind(Messages.Print_Failed,
          session.getFile().getFileName(), e.getCause().getMessage()));
      return null;
    } catch (InterruptedException e) {
      return null; // cancelled: nothing written
    }
    MessageDialog.openInformation(window.getShell(), Messages.Print_Title, said(written[0]));
    return null;
  }

  /** What the user is told once the brief is written. */
  static String said(Path pdf) {
    return NLS.bind(Messages.Print_Written, pdf);
  }

  /** Writes the brief of {@code session}'s model, with the default options, as PDF beside the model file. */
  static Path write(ModelSession session, IProgressMonitor monitor) throws IOException {
    Path target = freeName(session.getFile());
    Briefs.write(session.getModel(), BriefOptions.defaults().withToday(session.today()), "pdf", target, monitor);
    return target;
  }

  /** NAME-brief.pdf beside {@code model}, or NAME-brief-2.pdf, -3, ... when that name is taken. */
  static Path freeName(Path model) {
    String name = model.getFileName().toString().replaceFirst("\\.wedge$", "");
    Path dir = model.toAbsolutePath().getParent();
    Path p = dir.resolve(name + "-brief.pdf");
    for (int i = 2; Files.exists(p); i++) {
      p = dir.resolve(name + "-brief-" + i + ".pdf");
    }
    return p;
  }
}
