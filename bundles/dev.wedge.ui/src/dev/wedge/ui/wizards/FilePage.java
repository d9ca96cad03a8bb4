package dev.wedge.ui.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import dev.wedge.core.session.ModelSession;
import dev.wedge.ui.Messages;

/**
 * The page of an import or export wizard: the model it works on, the file to read or write (typed or chosen), and
 * what the wizard adds below ({@link #extra}). An import's file must exist; an export's folder must.
 */
public class FilePage extends WizardPage {

  private final ModelSession session;
  private final boolean save;
  private final String[] extensions;
  private final String suggested;
  private Text file;
  private Consumer<Composite> extra = c -> { };
  private Runnable changed = () -> { };

  public FilePage(String name, String title, String description, ModelSession session, boolean save,
      String suggested, String... extensions) {
    super(name, title, null);
    setDescription(description);
    this.session = session;
    this.save = save;
    this.suggested = suggested;
    this.extensions = extensions;
  }

  /** What the wizard adds below the file, built with the page. */
  public FilePage extra(Consumer<Composite> build) {
    this.extra = build;
    return this;
  }

  /** Called when the file changes (after the page checked it). */
  public FilePage onChange(Runnable r) {
    this.changed = r;
    return this;
  }

  @Override
  public void createControl(Composite parent) {
    Composite c = new Composite(parent, SWT.NONE);
    GridLayoutFactory.swtDefaults().numColumns(3).applyTo(c);
    new Label(c, SWT.NONE).setText(Messages.WizardPage_Model);
    Label model = new Label(c, SWT.NONE);
    model.setText(session.getName() + "  (" + session.getFile() + ")");
    GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(model);
    new Label(c, SWT.NONE).setText(save ? Messages.WizardPage_To : Messages.WizardPage_From);
    file = new Text(c, SWT.BORDER | SWT.SINGLE);
    GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(file);
    if (save && suggested != null) {
      file.setText(session.getFile().resolveSibling(suggested).toString());
    }
    Button browse = new Button(c, SWT.PUSH);
    browse.setText(Messages.WizardPage_Browse);
    browse.addListener(SWT.Selection, e -> {
      FileDialog d = new FileDialog(getShell(), save ? SWT.SAVE : SWT.OPEN);
      d.setFilterExtensions(extensions);
      if (save) {
        d.setOverwrite(true);
        d.setFileName(suggested);
      }
      String f = d.open();
      if (f != null) {
        file.setText(f);
      }
    });
    Composite more = new Composite(c, SWT.NONE);
    GridLayoutFactory.fillDefaults().applyTo(more);
    GridDataFactory.fillDefaults().span(3, 1).grab(true, true).applyTo(more);
    extra.accept(more);
    file.addModifyListener(e -> check());
    setControl(c);
    check();
  }

  /** The text field of the file (tests type into it). */
  public Text fileField() {
    return file;
  }

  /** The file, or null when none is given. */
  public Path file() {
    String t = file == null ? "" : file.getText().strip();
    return t.isEmpty() ? null : Path.of(t).toAbsolutePath();
  }

  private void check() {
    Path f = file();
    String problem = null;
    if (f == null) {
      problem = save ? Messages.WizardPage_NameFile : Messages.WizardPage_ChooseFile;
    } else if (!save && !Files.isRegularFile(f)) {
      problem = NLS.bind(Messages.WizardPage_NoSuchFile, f);
    } else if (save && (f.getParent() == null || !Files.isDirectory(f.getParent()))) {
      problem = NLS.bind(Messages.WizardPage_NoSuchFolder, f.getParent());
    } else if (save && Files.isDirectory(f)) {
      problem = NLS.bind(Messages.WizardPage_IsFolder, f);
    } else if (save && f.equals(session.getFile().toAbsolutePath())) {
      problem = Messages.WizardPage_IsModel;
    }
    setErrorMessage(f == null ? null : problem);
    setPageComplete(problem == null);
    if (problem == null) {
      changed.run();
    }
  }
}
