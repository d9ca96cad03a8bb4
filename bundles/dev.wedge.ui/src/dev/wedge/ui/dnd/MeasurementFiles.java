package dev.wedge.ui.dnd;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.ui.IEditorPart;

import dev.wedge.model.BusinessMetric;
import org.eclipse.osgi.util.NLS;
import dev.wedge.ui.Messages;

/**
 * CSV and xAPI files dropped onto a metric: which import a file starts, and the editor that runs it (the metrics
 * editor registers itself), so a drop onto a metric in the Models view starts the same import dialog as one onto the
 * metric in its editor.
 */
public final class MeasurementFiles {

  /** Starts the import of {@code file} into {@code metric} (its dialog); returns the dialog, or null if none opened. */
  @FunctionalInterface
  public interface Import {
    Object start(BusinessMetric metric, Path file, Kind kind);
  }

  /** What a dropped file is read as. */
  public enum Kind {
    CSV, XAPI
  }

  private static final Map<IEditorPart, Import> EDITORS = new WeakHashMap<>();

  private MeasurementFiles() {
  }

  /** {@code editor} starts the imports of files dropped onto metrics. */
  public static synchronized void register(IEditorPart editor, Import start) {
    EDITORS.put(editor, start);
  }

  static synchronized Import of(IEditorPart editor) {
    return EDITORS.get(editor);
  }

  /** CSV for .csv, .tsv and .txt; xAPI for .json, .ndjson and .jsonl; null for anything else. */
  public static Kind kind(Path file) {
    String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".csv") || n.endsWith(".tsv") || n.endsWith(".txt")) {
      return Kind.CSV;
    }
    if (n.endsWith(".json") || n.endsWith(".ndjson") || n.endsWith(".jsonl")) {
      return Kind.XAPI;
    }
    return null;
  }

  /** Why {@code file} dropped onto {@code target} starts no import, or null when it does. */
  public static String refusal(Object target, Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    if (!(target instanceof BusinessMetric)) {
      return NLS.bind(Messages.Drop_ImportNotHere, name);
    }
    if (kind(file) == null) {
      return NLS.bind(Messages.Drop_ImportWhatKind, name);
    }
    return null;
  }
}
