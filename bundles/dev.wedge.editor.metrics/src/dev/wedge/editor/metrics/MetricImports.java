package dev.wedge.editor.metrics;

import org.eclipse.osgi.util.NLS;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessions;
import dev.wedge.evidence.imports.CsvImport;
import dev.wedge.evidence.imports.CsvOptions;
import dev.wedge.evidence.imports.ImportException;
import dev.wedge.evidence.imports.ImportFiles;
import dev.wedge.evidence.imports.ImportPreview;
import dev.wedge.evidence.imports.ImportTarget;
import dev.wedge.evidence.imports.MeasurementImport;
import dev.wedge.model.BusinessMetric;

/**
 * The metrics editor's ways in for measurements: a CSV file, an xAPI file, rows pasted from a spreadsheet. Each opens
 * its dialog on the file (or imports pasted rows at once when they leave nothing open) and imports the confirmed
 * preview as one command with its import record; what happened is said in the editor's status line.
 */
final class MetricImports {

  private final ModelSession session;
  private final Supplier<Shell> shell;
  private final Consumer<String> say;
  private ImportTarget.Keys keys = ImportTarget.Keys.user();
  private boolean blockDialogs = true;

  MetricImports(ModelSession session, Supplier<Shell> shell, Consumer<String> say) {
    this.session = session;
    this.shell = shell;
    this.say = say;
  }

  private LocalDate today() {
    return session.today();
  }

  void setKeys(ImportTarget.Keys keys) {
    this.keys = keys;
  }

  void setBlockDialogs(boolean block) {
    this.blockDialogs = block;
  }

  /** Imports a confirmed preview into {@code metric} as one command (one undo) with its import record. */
  void importPreview(BusinessMetric metric, ImportPreview preview) {
    if (metric == null || !preview.ready()) {
      return;
    }
    int n = preview.importable().size();
    if (session.execute(MeasurementImport.command(session.getEditingDomain(), metric, preview,
        ModelSessions.getDefault().getClock().instant()))) {
      String firstRefusal = preview.problems().stream().filter(x -> !ImportPreview.leftOut(x.reason())).findFirst()
          .map(Object::toString).orElse("");
      StringBuilder said = new StringBuilder(n == 1 ? NLS.bind(Messages.Imports_One, metric.getName(), preview
          .fileName()) : NLS.bind(Messages.Imports_Many, new Object[] {n, metric.getName(), preview.fileName()}));
      if (preview.rowsLeftOut() > 0) {
        said.append(NLS.bind(Messages.Imports_LeftOut, preview.rowsLeftOut()));
      }
      if (preview.rowsRefused() > 0) {
        said.append(NLS.bind(preview.rowsRefused() > 1 ? Messages.Imports_RefusedMore : Messages.Imports_Refused,
            preview.rowsRefused(), firstRefusal));
      }
      say.accept(said.append(Messages.Imports_Undo).toString());
    } else {
      say.accept(NLS.bind(Messages.Imports_NothingImported, session.lastRefusal()));
    }
  }

  /** Asks for a file with one of {@code extensions}; null when the user cancels. */
  Path chooseFile(String... extensions) {
    FileDialog d = new FileDialog(shell.get(), SWT.OPEN);
    d.setFilterExtensions(extensions);
    String f = d.open();
    return f == null ? null : Path.of(f);
  }

  /** Opens the CSV import dialog on {@code file} for {@code metric}; returns it (open when not blocking). */
  CsvImportDialog importCsv(BusinessMetric metric, Path file) {
    byte[] bytes;
    try {
      bytes = ImportFiles.read(file, ImportFiles.maxBytes());
    } catch (ImportException e) {
      MessageDialog.openError(shell.get(), Messages.Imports_ErrorTitle, e.getMessage());
      return null;
    }
    CsvImportDialog d = new CsvImportDialog(shell.get(), bytes, file.getFileName().toString(), false, metric,
        today(), keys);
    d.setBlockOnOpen(blockDialogs);
    if (d.open() == Window.OK && blockDialogs) {
      importPreview(metric, d.preview());
    }
    return d;
  }

  /** Opens the xAPI import dialog on {@code file} for {@code metric}; returns it (open when not blocking). */
  XapiImportDialog importXapi(BusinessMetric metric, Path file) {
    try {
      ImportFiles.check(file, ImportFiles.maxBytes());
    } catch (ImportException e) {
      MessageDialog.openError(shell.get(), Messages.Imports_ErrorTitle, e.getMessage());
      return null;
    }
    XapiImportDialog d = new XapiImportDialog(shell.get(), file, ImportFiles.maxBytes(), metric, today(), keys);
    d.setBlockOnOpen(blockDialogs);
    if (d.open() == Window.OK && blockDialogs) {
      importPreview(metric, d.preview());
    }
    return d;
  }

  /** Pastes rows copied from a spreadsheet (date, value[, cohort, note]) into {@code m}. */
  void paste(BusinessMetric m) {
    Clipboard clipboard = new Clipboard(shell.get().getDisplay());
    try {
      Object text = clipboard.getContents(TextTransfer.getInstance());
      if (text instanceof String s && !s.isBlank()) {
        pasteText(m, s);
      }
    } finally {
      clipboard.dispose();
    }
  }

  /**
   * The paste path, from text: rows that leave nothing open are imported at once (the refused ones named in the
   * status line); otherwise the import dialog opens on them with its questions.
   */
  ImportPreview pasteText(BusinessMetric m, String text) {
    ImportTarget target = ImportTarget.of(m, "pasted rows", today(), keys);
    ImportPreview p = CsvImport.analysePasted(text, CsvOptions.infer(), target);
    if (p.ready() && !p.importable().isEmpty()) {
      importPreview(m, p);
      return p;
    }
    if (p.fatal() != null) {
      say.accept(NLS.bind(Messages.Imports_NothingPasted, p.fatal()));
      return p;
    }
    CsvImportDialog d = new CsvImportDialog(shell.get(), text.getBytes(StandardCharsets.UTF_8), "pasted rows", true, m,
        today(), keys);
    d.setBlockOnOpen(blockDialogs);
    if (d.open() == Window.OK && blockDialogs) {
      importPreview(m, d.preview());
    }
    return p;
  }
}
