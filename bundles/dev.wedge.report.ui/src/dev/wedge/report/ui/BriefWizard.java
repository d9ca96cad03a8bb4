package dev.wedge.report.ui;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

import dev.wedge.core.session.ModelSession;
import dev.wedge.report.BriefOptions;
import dev.wedge.report.Briefs;

/**
 * The executive brief of one model: format, which pilots, whether people are named, branding, where to save; a
 * preview of the PDF pages (rendered by PDFBox, so it works offline and without a browser); writing runs with a
 * progress bar and can be cancelled.
 */
public class BriefWizard extends Wizard {

  static final String COLOR = "color";
  static final String LOGO = "logo";
  static final String PAPER = "paper";
  static final String LANGUAGE = "language";

  private final ModelSession session;
  final BriefPage page;
  private Path written;

  public BriefWizard(ModelSession session) {
    this.session = session;
    this.page = new BriefPage(session, this::getDialogSettings);
    setWindowTitle(Messages.Brief_WindowTitle);
    setNeedsProgressMonitor(true);
    setDialogSettings(PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(BriefWizard.class))
        .getDialogSettings());
  }

  @Override
  public void addPages() {
    addPage(page);
  }

  /** The file written on Finish, or null. */
  public Path written() {
    return written;
  }

  @Override
  public boolean performFinish() {
    BriefOptions options = page.options();
    String format = page.format();
    Path target = page.target();
    try {
      getContainer().run(true, true, monitor -> {
        try {
          Briefs.write(session.getModel(), options, format, target, monitor);
        } catch (IOException e) {
          throw new InvocationTargetException(e);
        } catch (OperationCanceledException e) {
          throw new InterruptedException();
        }
      });
    } catch (InvocationTargetException e) {
      page.setErrorMessage(NLS.bind(Messages.Brief_WriteFailed, target, e.getCause().getMessage()));
      return false;
    } catch (InterruptedException e) {
      page.setErrorMessage(Messages.Brief_Cancelled);
      return false;
    }
    written = target;
    // the house style is kept for the next brief; who is named is asked afresh every time
    getDialogSettings().put(COLOR, page.color.getText().trim());
    getDialogSettings().put(LOGO, page.logo.getText().trim());
    getDialogSettings().put(PAPER, page.letter.getSelection() ? "letter" : "a4");
    getDialogSettings().put(LANGUAGE, options.language().getLanguage());
    return true;
  }

  @Override
  public void dispose() {
    page.disposeImages();
    super.dispose();
  }
}
