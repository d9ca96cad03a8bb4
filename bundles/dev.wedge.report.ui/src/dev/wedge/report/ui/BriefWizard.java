package dev.wedge.report.ui;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;

import dev.wedge.core.persistence.ModelStore;
import dev.wedge.core.session.ModelSession;
import dev.wedge.model.StrategyModel;
import dev.wedge.report.BriefOptions;
import dev.wedge.report.Briefs;
import dev.wedge.ui.wizards.WizardJob;

/**
 * The executive brief of one model: format, which pilots, whether people are named, branding, where to save; a
 * preview of the PDF pages (rendered by PDFBox, so it works offline and without a browser). Finish writes the brief
 * from a copy of the model in a job (in the Progress view, where it can be cancelled) and says where in a
 * notification; editing goes on meanwhile.
 */
public class BriefWizard extends Wizard {

  private final ModelSession session;
  final BriefPage page;
  private volatile Path written;
  private WizardJob job;

  public BriefWizard(ModelSession session) {
    this.session = session;
    this.page = new BriefPage(session);
    setWindowTitle(Messages.Brief_WindowTitle);
    setNeedsProgressMonitor(true); // the preview
  }

  @Override
  public void addPages() {
    addPage(page);
  }

  /** The file written by the job Finish started, once it has written it; null before and if it did not. */
  public Path written() {
    return written;
  }

  /** The job Finish started (it shows in the Progress view and ends with a notification), or null. */
  public WizardJob job() {
    return job;
  }

  @Override
  public boolean performFinish() {
    BriefOptions options = page.options();
    String format = page.format();
    Path target = page.target();
    StrategyModel copy;
    try { // the brief is written from the model as it is now; editing can go on while it is written
      copy = ModelStore.copyOf(session.getResource()).model();
    } catch (IOException | RuntimeException e) {
      page.setErrorMessage(NLS.bind(Messages.Brief_WriteFailed, target, e.getMessage()));
      return false;
    }
    String notKept = "";
    try { // the house style is kept for the next brief (Preferences › Executive Brief); who is named is asked afresh
      BriefDefaults.keep(options);
    } catch (IOException e) {
      notKept = " " + NLS.bind(Messages.BriefPreferences_NotKept, e.getMessage());
    }
    String alsoSaid = notKept;
    job = new WizardJob(getWindowTitle(), monitor -> {
      try {
        Briefs.write(copy, options, format, target, monitor);
      } catch (OperationCanceledException e) {
        return Messages.Brief_Cancelled;
      } catch (IOException e) {
        throw new IOException(NLS.bind(Messages.Brief_WriteFailed, target, e.getMessage()), e);
      }
      written = target;
      return NLS.bind(Messages.Brief_Written, target) + alsoSaid;
    });
    job.schedule();
    return true;
  }

  @Override
  public void dispose() {
    page.disposeImages();
    super.dispose();
  }
}
