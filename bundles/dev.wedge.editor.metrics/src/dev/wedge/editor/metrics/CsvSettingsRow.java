package dev.wedge.editor.metrics;

import org.eclipse.osgi.util.NLS;
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

  static final String CHOOSE = Messages.Csv_Choose;
  private static final String FROM_FILE = Messages.Csv_FromFile;
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
    charset = combo(settings, Messages.Csv_Charset, 230);
    separator = combo(settings, Messages.Csv_Separator, 130);
    header = new Button(settings, SWT.CHECK);
    header.setText(Messages.Csv_Header);
    GridDataFactory.fillDefaults().span(2, 1).align(SWT.BEGINNING, SWT.CENTER).applyTo(header);
    decimal = combo(settings, Messages.Csv_Decimal, 230);
    dates = combo(settings, Messages.Csv_Dates, 230);
    Label sourceLabel = new Label(settings, SWT.NONE);
    sourceLabel.setText(Messages.Csv_Source);
    GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(sourceLabel);
    sourceText = new Text(settings, SWT.BORDER);
    sourceText.setText(source);
    sourceText.setToolTipText(Messages.Csv_SourceTip);
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
    charset.add(d == null ? FROM_FILE : NLS.bind(Messages.Csv_Detected, TextDecoder.name(options.encoding() == null
        ? d.decoding().charset() : TextDecoder.detect(bytes).charset())));
    for (String cs : CHARSETS) {
      charset.add(TextDecoder.name(Charset.forName(cs)));
    }
    charset.select(options.encoding() == null ? 0 : 1 + indexOf(CHARSETS, options.encoding().name()));
    separator.setItems(NLS.bind(Messages.Csv_Detected, d == null ? "?" : separatorWords(d.separator())), "','",
        "';'", Messages.Csv_Tab, "'|'");
    separator.select(options.separator() == null ? 0 : 1 + new String(SEPARATORS).indexOf(options.separator()));
    boolean askDecimal = asked(preview, Question.Topic.DECIMAL);
    decimal.setItems(askDecimal ? CHOOSE : NLS.bind(Messages.Csv_FromValues, d == null || d.decimal() == null ? "?"
        : decimalWords(d.decimal())), Messages.Csv_PointExample, Messages.Csv_CommaExample);
    decimal.select(options.decimal() == null ? 0 : 1 + options.decimal().ordinal());
    boolean askOrder = asked(preview, Question.Topic.DATE_ORDER);
    dates.setItems(askOrder ? CHOOSE : d == null || d.dateOrder() == null ? Messages.Csv_NoDateOrder : NLS.bind(
        Messages.Csv_FromDates, d.dateOrder() == Dates.Order.DAY_FIRST ? Messages.Csv_DayFirstWord
            : Messages.Csv_MonthFirstWord), Messages.Csv_DayFirst, Messages.Csv_MonthFirst);
    dates.select(options.dateOrder() == null ? 0 : 1 + options.dateOrder().ordinal());
    header.setSelection(d == null ? options.header() == null || options.header() : d.header());
  }

  private static boolean asked(ImportPreview preview, Question.Topic topic) {
    return preview.questions().stream().anyMatch(q -> q.topic() == topic);
  }

  private static String decimalWords(DecimalStyle style) {
    return style == DecimalStyle.COMMA ? Messages.Csv_DecimalComma : Messages.Csv_DecimalPoint;
  }

  private static String separatorWords(char c) {
    return c == '\t' ? Messages.Csv_Tab : "'" + c + "'";
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
