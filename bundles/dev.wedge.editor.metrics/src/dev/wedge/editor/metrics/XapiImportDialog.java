package dev.wedge.editor.metrics;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import dev.wedge.evidence.imports.ImportResult;
import dev.wedge.evidence.imports.XapiImport;
import dev.wedge.model.Cohort;

/** Importing measurements from xAPI statements exported by a learning record store (score, date, verb; no names). */
public class XapiImportDialog extends TitleAreaDialog {

  private final Path file;
  private ImportResult result;
  private Combo cohort;
  private Combo score;
  private Text verbs;
  private List problems;

  public XapiImportDialog(Shell shell, Path file) {
    super(shell);
    this.file = file;
    setShellStyle(getShellStyle() | SWT.RESIZE);
  }

  public ImportResult result() {
    return result;
  }

  @Override
  protected Control createDialogArea(Composite parent) {
    Composite area = (Composite) super.createDialogArea(parent);
    setTitle("Import xAPI statements from " + file.getFileName());
    getShell().setText("Import measurements");
    Composite c = new Composite(area, SWT.NONE);
    GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
    GridLayoutFactory.swtDefaults().numColumns(2).applyTo(c);
    new Label(c, SWT.NONE).setText("Cohort of these learners:");
    cohort = new Combo(c, SWT.READ_ONLY);
    cohort.setItems("All", "Pilot", "Comparison");
    cohort.select(1);
    new Label(c, SWT.NONE).setText("Score:");
    score = new Combo(c, SWT.READ_ONLY);
    score.setItems("Scaled score, as a percentage", "Raw score");
    score.select(0);
    new Label(c, SWT.NONE).setText("Verbs (comma-separated; empty = any statement with a score):");
    verbs = new Text(c, SWT.BORDER);
    verbs.setText("passed, completed, scored");
    GridDataFactory.fillDefaults().grab(true, false).applyTo(verbs);
    Label privacy = new Label(c, SWT.WRAP);
    privacy.setText("Who the learner was is never imported: each measurement keeps only its date, score and verb.");
    GridDataFactory.fillDefaults().span(2, 1).applyTo(privacy);
    problems = new List(c, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
    GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(560, 140).applyTo(problems);
    cohort.addListener(SWT.Selection, e -> reread());
    score.addListener(SWT.Selection, e -> reread());
    verbs.addListener(SWT.Modify, e -> reread());
    return area;
  }

  @Override
  protected void createButtonsForButtonBar(Composite parent) {
    super.createButtonsForButtonBar(parent);
    reread();
  }

  private void reread() {
    Button ok = getButton(IDialogConstants.OK_ID);
    if (ok == null) {
      return;
    }
    Set<String> v = new LinkedHashSet<>();
    Arrays.stream(verbs.getText().split(",")).map(s -> s.trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty())
        .forEach(v::add);
    try (InputStream in = Files.newInputStream(file)) {
      result = XapiImport.read(in, Cohort.get(cohort.getSelectionIndex()),
          score.getSelectionIndex() == 0 ? XapiImport.Score.SCALED_PERCENT : XapiImport.Score.RAW, v);
    } catch (IOException e) {
      result = new ImportResult(java.util.List.of(), java.util.List.of(),
          java.util.List.of(new dev.wedge.evidence.imports.ImportProblem(0, "cannot read the file: " + e.getMessage())));
    }
    problems.setItems(result.problems().stream().map(Object::toString).toArray(String[]::new));
    int n = result.rows().size();
    setMessage(n + " statement" + (n == 1 ? "" : "s") + " can be imported" + (result.problems().isEmpty() ? "."
        : "; " + result.problems().size() + " cannot (below)."));
    ok.setText("Import " + n);
    ok.setEnabled(n > 0);
    ok.getParent().layout(true);
  }
}
