package dev.wedge.ui.dnd;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;

import dev.wedge.core.persistence.ModelLoadException;
import dev.wedge.core.session.ModelSession;
import dev.wedge.ui.models.ModelEditors;
import dev.wedge.ui.session.WorkbenchModels;
import org.eclipse.osgi.util.NLS;
import dev.wedge.ui.Messages;

/**
 * Files dropped onto the window's editor area: each .wedge file opens as a model, on its overview; any other file is
 * refused with a sentence that says what to do instead (a CSV or xAPI file is dropped onto its metric).
 */
public final class ModelFileDrop extends DropTargetAdapter {

  private final IWorkbenchWindow window;

  public ModelFileDrop(IWorkbenchWindow window) {
    this.window = window;
  }

  @Override
  public void dragEnter(DropTargetEvent event) {
    if (FileTransfer.getInstance().isSupportedType(event.currentDataType)) {
      event.detail = DND.DROP_COPY;
    } else {
      event.detail = DND.DROP_NONE;
    }
  }

  @Override
  public void dragOperationChanged(DropTargetEvent event) {
    dragEnter(event);
  }

  @Override
  public void drop(DropTargetEvent event) {
    if (event.data instanceof String[] names) {
      List<Path> files = new ArrayList<>();
      for (String n : names) {
        files.add(Path.of(n));
      }
      drop(files);
    }
  }

  /** Opens the models among {@code files}; returns the sentences of the files refused (also shown to the user). */
  public List<String> drop(List<Path> files) {
    List<String> refused = new ArrayList<>();
    for (Path f : files) {
      String why = open(f);
      if (why != null) {
        refused.add(why);
      }
    }
    if (!refused.isEmpty()) {
      Notices.show(window.getShell(), Messages.Drop_NotOpened, String.join("\n", refused));
    }
    return refused;
  }

  private String open(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (Files.isDirectory(file)) {
      return NLS.bind(Messages.Drop_Folder, name);
    }
    if (!lower.endsWith(".wedge")) {
      if (lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".json") || lower.endsWith(".ndjson")
          || lower.endsWith(".jsonl")) {
        return NLS.bind(Messages.Drop_MeasurementsFile, name);
      }
      return NLS.bind(Messages.Drop_NotAModel, name);
    }
    try {
      ModelSession session = WorkbenchModels.get().open(file, window.getShell());
      ModelEditors.openOverview(window.getActivePage(), session);
      return null;
    } catch (ModelLoadException e) {
      return e.getMessage();
    } catch (PartInitException e) {
      return NLS.bind(Messages.Drop_NoOverview, name, e.getMessage());
    }
  }
}
