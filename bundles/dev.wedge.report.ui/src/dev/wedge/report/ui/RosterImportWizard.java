package dev.wedge.report.ui;

import java.nio.file.Path;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

import dev.wedge.core.session.ModelSession;
import dev.wedge.evidence.imports.ImportException;
import dev.wedge.evidence.imports.ImportFiles;
import dev.wedge.evidence.imports.ImportProblem;
import dev.wedge.evidence.imports.Question;
import dev.wedge.evidence.imports.RosterImport;
import dev.wedge.evidence.imports.RosterPreview;
import dev.wedge.ui.wizards.FilePage;
import dev.wedge.ui.wizards.WizardJob;

/**
 * File › Import › Wedge › Initiatives (or Stakeholders) from a Spreadsheet: the file read by {@link RosterImport}
 * and shown before anything changes (how it was read, each row new or already in the model, the refused rows with
 * their line and reason); a name already in the model is asked about, and Finish waits for the answer. The import is
 * one command (one Undo), run by a job that says what it added, updated, skipped and refused.
 */
public final class RosterImportWizard extends Wizard implements IImportWizard {

  private final ModelSession session;
  private final RosterImport.Kind kind;
  private FilePage page;
  private Text preview;
  private Combo existing;
  private Label question;
  private RosterPreview read;
  private WizardJob job;

  public RosterImportWizard(ModelSession session, RosterImport.Kind kind) {
    this.session = session;
    this.kind = kind;
    setWindowTitle(kind == RosterImport.Kind.INITIATIVES ? Messages.RosterImport_InitiativesTitle
        : Messages.RosterImport_StakeholdersTitle);
  }

  @Override
  public void init(IWorkbench workbench, IStructuredSelection selection) {
    // into the model in focus, given at construction
  }

  @Override
  public void addPages() {
    page = new FilePage("roster", getWindowTitle(), NLS.bind(Messages.RosterImport_Description, kind.words(),
        kind.template()), session, false, null, "*.csv;*.txt", "*.*").extra(this::previewArea).onChange(this::read);
    addPage(page);
  }

  private void previewArea(Composite c) {
    GridLayoutFactory.fillDefaults().numColumns(2).applyTo(c);
    question = new Label(c, SWT.WRAP);
    GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(600, SWT.DEFAULT).applyTo(question);
    new Label(c, SWT.NONE).setText(Messages.RosterImport_Existing);
    existing = new Combo(c, SWT.READ_ONLY);
    existing.setItems(Messages.RosterImport_Ask, Messages.RosterImport_Update, Messages.RosterImport_Skip);
    existing.select(0);
    existing.addListener(SWT.Selection, e -> read());
    preview = new Text(c, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
    GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(600, 260).applyTo(preview);
  }

  /** The page (tests). */
  public FilePage page() {
    return page;
  }

  /** The answer for names already in the model: 0 asked, 1 update, 2 skip (tests). */
  public Combo existingChoice() {
    return existing;
  }

  /** The preview text (tests). */
  public Text previewText() {
    return preview;
  }

  /** The job started by Finish, or null. */
  public WizardJob job() {
    return job;
  }

  private void read() {
    Path f = page.file();
    if (f == null || preview == null) {
      return;
    }
    RosterImport.Options o = RosterImport.Options.of(kind).withExisting(switch (existing.getSelectionIndex()) {
      case 1 -> RosterImport.Existing.UPDATE;
      case 2 -> RosterImport.Existing.SKIP;
      default -> null;
    });
    try {
      read = RosterImport.analyse(ImportFiles.read(f, ImportFiles.maxBytes()), f.getFileName().toString(), o,
          session.getModel());
    } catch (ImportException e) {
      read = null;
      page.setErrorMessage(e.getMessage());
      page.setPageComplete(false);
      preview.setText("");
      return;
    }
    StringBuilder b = new StringBuilder();
    if (read.fatal() != null) {
      b.append(read.fatal());
    } else {
      read.notes().forEach(n -> b.append(n).append('\n'));
      b.append('\n');
      for (RosterPreview.Row r : read.rows()) {
        b.append(NLS.bind(Messages.RosterImport_Row, new Object[] {r.line(), r.name() == null ? "" : r.name(),
            r.refusal() != null ? Messages.RosterImport_Refused : r.existing() != null
                ? Messages.RosterImport_InModel : Messages.RosterImport_New})).append('\n');
      }
      if (!read.problems().isEmpty()) {
        b.append('\n').append(NLS.bind(Messages.RosterImport_RefusedRows, read.problems().size())).append('\n');
        for (ImportProblem p : read.problems()) {
          b.append("  ").append(p).append('\n');
        }
      }
    }
    preview.setText(b.toString());
    Question q = read.questions().isEmpty() ? null : read.questions().get(0);
    question.setText(q == null ? "" : q.text());
    question.getParent().layout(true, true);
    String problem = read.fatal() != null ? read.fatal() : q != null && q.topic() == Question.Topic.EXISTING
        ? Messages.RosterImport_Answer : q != null ? q.text() : read.added().isEmpty() && read.updated().isEmpty()
            ? NLS.bind(Messages.RosterImport_NothingToImport, read.summary()) : null;
    page.setErrorMessage(problem);
    page.setPageComplete(problem == null);
  }

  @Override
  public boolean performFinish() {
    RosterPreview p = read;
    if (p == null || !p.ready()) {
      return false;
    }
    job = new WizardJob(getWindowTitle(), monitor -> {
      boolean[] done = new boolean[1];
      WizardJob.inUi(() -> {
        Command c = p.command(session.getEditingDomain(), session.getModel());
        done[0] = c != null && session.execute(c);
      });
      if (!done[0]) {
        throw new IllegalStateException(NLS.bind(Messages.RosterImport_NotDone, session.lastRefusal()));
      }
      return NLS.bind(Messages.RosterImport_Done, p.summary());
    });
    job.schedule();
    return true;
  }
}
