package dev.wedge.editor.metrics;

import org.eclipse.osgi.util.NLS;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;

import dev.wedge.model.BusinessMetric;
import dev.wedge.ui.dnd.MeasurementFiles;

/**
 * CSV and xAPI files dropped onto a metric of the metrics editor start the import dialog for that metric, as
 * Import CSV… and Import xAPI… do; the editor also starts the imports of files dropped onto a metric in the Models
 * view. Any other file, or a drop beside the metrics, is refused with a sentence.
 */
final class MetricFileDrop extends ViewerDropAdapter {

  private final MetricsEditor editor;

  MetricFileDrop(TableViewer metrics, MetricsEditor editor) {
    super(metrics);
    this.editor = editor;
    setFeedbackEnabled(false);
  }

  /** Takes files dropped onto the rows of {@code metrics}. */
  static void attach(MetricsEditor editor, TableViewer metrics) {
    MetricFileDrop drop = new MetricFileDrop(metrics, editor);
    metrics.addDropSupport(DND.DROP_COPY | DND.DROP_DEFAULT, new Transfer[] {FileTransfer.getInstance()}, drop);
    MeasurementFiles.register(editor, drop::start);
  }

  @Override
  public boolean validateDrop(Object target, int operation, TransferData type) {
    return FileTransfer.getInstance().isSupportedType(type);
  }

  @Override
  public boolean performDrop(Object data) {
    if (!(data instanceof String[] names)) {
      return false;
    }
    List<Path> files = new ArrayList<>();
    for (String n : names) {
      files.add(Path.of(n));
    }
    return drop(getCurrentTarget(), files) != null;
  }

  /**
   * Drops {@code files} onto {@code target} (a metric, or what was under the pointer): starts the import of the first
   * one (one dialog at a time); returns its dialog, or null after saying why nothing was imported.
   */
  Object drop(Object target, List<Path> files) {
    if (files.isEmpty()) {
      return null;
    }
    Path file = files.get(0);
    String why = MeasurementFiles.refusal(target, file);
    if (why == null && files.size() > 1) {
      why = NLS.bind(Messages.Drop_OneAtATime, files.size());
    }
    if (why != null) {
      editor.showRefusal(why);
      return null;
    }
    return start((BusinessMetric) target, file, MeasurementFiles.kind(file));
  }

  private Object start(BusinessMetric metric, Path file, MeasurementFiles.Kind kind) {
    editor.selectObject(metric);
    return kind == MeasurementFiles.Kind.XAPI ? editor.importXapi(metric, file) : editor.importCsv(metric, file);
  }

}
