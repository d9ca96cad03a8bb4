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
      Notices.show(window.getShell(), "Not opened", String.join("\n", refused));
    }
    return refused;
  }

  private String open(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (Files.isDirectory(file)) {
      return "Cannot open " + name + ": it is a folder; drop a .wedge model file.";
    }
    if (!lower.endsWith(".wedge")) {
      if (lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".json") || lower.endsWith(".ndjson")
          || lower.endsWith(".jsonl")) {
        return "Cannot open " + name + " as a model: to import its measurements, drop it onto a metric (in the"
            + " Metrics editor or the Models view).";
      }
      return "Cannot open " + name + ": Wedge opens .wedge model files.";
    }
    try {
      ModelSession session = WorkbenchModels.get().open(file, window.getShell());
      ModelEditors.openOverview(window.getActivePage(), session);
      return null;
    } catch (ModelLoadException e) {
      return e.getMessage();
    } catch (PartInitException e) {
      return "Opened " + name + " in the Models view, but not its overview: " + e.getMessage();
    }
  }
}
