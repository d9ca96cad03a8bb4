package dev.wedge.editor.metrics;

import java.nio.charset.Charset;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import dev.wedge.core.text.Dates;
import dev.wedge.core.text.DecimalStyle;
import dev.wedge.evidence.imports.CsvImport;
import dev.wedge.evidence.imports.CsvOptions;
import dev.wedge.evidence.imports.ImportPreview;
import dev.wedge.evidence.imports.Question;
import dev.wedge.evidence.imports.TextDecoder;

/**
 * The CSV import's settings, in two rows of three so every choice reads whole at 1280x800: how the bytes and lines
 * are read (character set, separator, header row), then how the values are (decimal mark, date order) and the
 * source's name. Each shows what was detected, or "choose" when the file leaves it open; a choice reads the file
 * again.
 */
final class CsvSettingsRow {

  static final String CHOOSE = "\u2014 choose \u2014";
  private static final String FROM_FILE = "as the file says";
  private static final String[] CHARSETS = {"UTF-8", "windows-1252", "ISO-8859-1", "ISO-8859-15", "UTF-16LE",
      "UTF-16BE", "windows-1250", "ISO-8859-2", "windows-1251", "windows-1253", "windows-1254", "windows-1257"};
  private static final char[] SEPARATORS = {',', ';', '\t', '|'};

  private final CsvImportDialog dialog;
  final Combo charset;
  final Combo separator;
  final Combo decimal;
  final Combo dates;
  private final Button header;
  private final Text sourceText;

  CsvSettingsRow(Composite parent, CsvImportDialog dialog, String source) {
    this.dialog = dialog;
    Composite settings = new Composite(parent, SWT.NONE);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(settings);
    GridLayoutFactory.fillDefaults().numColumns(6).spacing(6, 4).applyTo(settings);
    charset = combo(settings, "&Character set:", 230);
    separator = combo(settings, "&Separator:", 130);
    header = new Button(settings, SWT.CHECK);
    header.setText("&Header row");
    GridDataFactory.fillDefaults().span(2, 1).align(SWT.BEGINNING, SWT.CENTER).applyTo(header);
    decimal = combo(settings, "&Decimal mark:", 230);
    dates = combo(settings, "Da&tes:", 230);
    Label sourceLabel = new Label(settings, SWT.NONE);
    sourceLabel.setText("S&ource:");
    GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(sourceLabel);
    sourceText = new Text(settings, SWT.BORDER);
    sourceText.setText(source);
    sourceText.setToolTipText("The name of the system the file comes from; its cohort mapping is remembered under"
        + " this name for the next import.");
    GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(sourceText);
    listen();
  }

  private static Combo combo(Composite parent, String label, int width) {
    new Label(parent, SWT.NONE).setText(label);
    Combo combo = new Combo(parent, SWT.READ_ONLY);
    GridDataFactory.fillDefaults().hint(width, SWT.DEFAULT).applyTo(combo);
    return combo;
  }

  private void listen() {
    charset.addListener(SWT.Selection, e -> dialog.setOptions(dialog.options().withEncoding(
        charset.getSelectionIndex() == 0 ? null : Charset.forName(CHARSETS[charset.getSelectionIndex() - 1]))));
    separator.addListener(SWT.Selection, e -> dialog.setOptions(dialog.options().withSeparator(
        separator.getSelectionIndex() == 0 ? null : SEPARATORS[separator.getSelectionIndex() - 1])));
    decimal.addListener(SWT.Selection, e -> dialog.setOptions(dialog.options().withDecimal(
        decimal.getSelectionIndex() == 0 ? null : DecimalStyle.values()[decimal.getSelectionIndex() - 1])));
    dates.addListener(SWT.Selection, e -> dialog.setOptions(dialog.options().withDateOrder(
        dates.getSelectionIndex() == 0 ? null : Dates.Order.values()[dates.getSelectionIndex() - 1])));
    header.addListener(SWT.Selection, e -> dialog.setOptions(dialog.options().withHeader(header.getSelection())));
    sourceText.addListener(SWT.DefaultSelection, e -> dialog.setSource(sourceText.getText()));
    sourceText.addListener(SWT.FocusOut, e -> {
      if (!sourceText.getText().strip().equals(dialog.source())) {
        dialog.setSource(sourceText.getText());
      }
    });
  }

  /** Shows the source's name (after the user or a test named it). */
  void showSource(String source) {
    if (!sourceText.isDisposed() && !sourceText.getText().equals(source)) {
      sourceText.setText(source);
    }
  }

  /** Shows what was detected and what the user chose; {@code bytes} are the file's, for the detected charset. */
  void show(ImportPreview preview, CsvImport.Details d, CsvOptions options, byte[] bytes) {
    charset.removeAll();
    charset.add(d == null ? FROM_FILE : TextDecoder.name(options.encoding() == null ? d.decoding().charset()
        : TextDecoder.detect(bytes).charset()) + " (detected)");
    for (String cs : CHARSETS) {
      charset.add(TextDecoder.name(Charset.forName(cs)));
    }
    charset.select(options.encoding() == null ? 0 : 1 + indexOf(CHARSETS, options.encoding().name()));
    separator.setItems((d == null ? "?" : separatorWords(d.separator())) + " (detected)", "','", "';'", "tab",
        "'|'");
    separator.select(options.separator() == null ? 0 : 1 + new String(SEPARATORS).indexOf(options.separator()));
    boolean askDecimal = asked(preview, Question.Topic.DECIMAL);
    decimal.setItems(askDecimal ? CHOOSE : (d == null || d.decimal() == null ? "?" : d.decimal().words())
        + " (from the values)", DecimalStyle.POINT.words() + " (1,234.5)", DecimalStyle.COMMA.words() + " (1.234,5)");
    decimal.select(options.decimal() == null ? 0 : 1 + options.decimal().ordinal());
    boolean askOrder = asked(preview, Question.Topic.DATE_ORDER);
    dates.setItems(askOrder ? CHOOSE : d == null || d.dateOrder() == null ? "not needed (ISO dates)" : d
        .dateOrder().option() + " (from the dates)", "day-first (dd/mm/yyyy)", "month-first (mm/dd/yyyy)");
    dates.select(options.dateOrder() == null ? 0 : 1 + options.dateOrder().ordinal());
    header.setSelection(d == null ? options.header() == null || options.header() : d.header());
  }

  private static boolean asked(ImportPreview preview, Question.Topic topic) {
    return preview.questions().stream().anyMatch(q -> q.topic() == topic);
  }

  private static String separatorWords(char c) {
    return c == '\t' ? "tab" : "'" + c + "'";
  }

  static int indexOf(Object[] a, Object x) {
    for (int i = 0; i < a.length; i++) {
      if (a[i].equals(x)) {
        return i;
      }
    }
    return 0;
  }
}
