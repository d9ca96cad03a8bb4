package dev.wedge.ui.dnd;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import dev.wedge.core.session.ModelSession;
import dev.wedge.model.BusinessMetric;
import dev.wedge.ui.models.ModelEditors;
import dev.wedge.ui.session.WorkbenchModels;
import org.eclipse.osgi.util.NLS;
import dev.wedge.ui.Messages;

/**
 * Files dropped onto the Models view: a CSV or xAPI file onto a metric opens the metrics editor at it and starts its
 * import; a .wedge file opens; anything else is refused with a sentence.
 */
public final class ModelTreeFileDrop extends ViewerDropAdapter {

  private final IWorkbenchPage page;

  private ModelTreeFileDrop(StructuredViewer viewer, IWorkbenchPage page) {
    super(viewer);
    this.page = page;
    setFeedbackEnabled(false);
  }

  /** Takes files dropped onto {@code viewer}'s nodes. */
  public static ModelTreeFileDrop attach(StructuredViewer viewer, IWorkbenchPage page) {
    ModelTreeFileDrop drop = new ModelTreeFileDrop(viewer, page);
    viewer.addDropSupport(DND.DROP_COPY | DND.DROP_DEFAULT, new Transfer[] {FileTransfer.getInstance()}, drop);
    return drop;
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
    return drop(getCurrentTarget(), files).isEmpty();
  }

  /** Drops {@code files} onto {@code target} (a node of the view); returns the sentences of the files refused. */
  public List<String> drop(Object target, List<Path> files) {
    List<String> refused = new ArrayList<>();
    List<Path> models = new ArrayList<>();
    for (Path f : files) {
      if (f.getFileName() != null && f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".wedge")) {
        models.add(f);
        continue;
      }
      String why = MeasurementFiles.refusal(target, f);
      if (why == null) {
        why = startImport((BusinessMetric) target, f);
      }
      if (why != null) {
        refused.add(why);
      }
    }
    if (!models.isEmpty()) {
      refused.addAll(new ModelFileDrop(page.getWorkbenchWindow()).drop(models));
    }
    if (!refused.isEmpty() && models.isEmpty()) {
      Notices.show(page.getWorkbenchWindow().getShell(), Messages.Drop_NotImported, String.join("\n", refused));
    }
    return refused;
  }

  private String startImport(BusinessMetric metric, Path file) {
    ModelSession session = WorkbenchModels.get().sessionOf(metric).orElse(null);
    if (session == null) {
      return NLS.bind(Messages.Drop_ModelClosed, file.getFileName());
    }
    try {
      IEditorPart editor = ModelEditors.openObject(page, session, metric);
      MeasurementFiles.Import start = editor == null ? null : MeasurementFiles.of(editor);
      if (start == null) {
        return NLS.bind(Messages.Drop_NoImporter, file.getFileName());
      }
      start.start(metric, file, MeasurementFiles.kind(file));
      return null;
    } catch (PartInitException e) {
      return NLS.bind(Messages.Drop_MetricsEditorFailed, file.getFileName(), e.getMessage());
    }
  }
}
