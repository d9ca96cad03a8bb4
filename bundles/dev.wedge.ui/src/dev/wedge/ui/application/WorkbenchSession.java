package dev.wedge.ui.application;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.notifications.NotificationPopup;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.osgi.service.prefs.BackingStoreException;

import dev.wedge.core.persistence.ModelLoadException;
import dev.wedge.core.session.ModelSession;
import dev.wedge.ui.WedgeUi;
import dev.wedge.ui.session.ModelEditorInput;
import dev.wedge.ui.session.WorkbenchModels;
import dev.wedge.ui.Messages;

/**
 * What was open when Wedge was last closed (the models, and the editors on them), kept in the workspace's
 * preferences and opened again at the next start. Wedge keeps this itself rather than through the workbench's saved
 * layout, which on a restart added a second editor for a file named on the command line and lost the tool bar.
 */
final class WorkbenchSession {

  private static final String NODE = WedgeUi.PLUGIN_ID + ".session";
  private static final String MODELS = "models";
  private static final String EDITORS = "editors";
  private static final String SEP = "\t";

  private WorkbenchSession() {
  }

  /** Remembers the open models and editors of {@code window}. */
  static void save(IWorkbenchWindow window) {
    List<String> models = new ArrayList<>();
    for (ModelSession s : WorkbenchModels.get().getModels()) {
      models.add(s.getFile().toString());
    }
    List<String> editors = new ArrayList<>();
    IWorkbenchPage page = window == null ? null : window.getActivePage();
    if (page != null) {
      IEditorReference active = page.getActiveEditor() == null ? null
          : (IEditorReference) page.getReference(page.getActiveEditor());
      for (IEditorReference ref : page.getEditorReferences()) {
        try {
          if (ref.getEditorInput() instanceof ModelEditorInput in && ref != active) {
            editors.add(line(ref.getId(), in));
          }
        } catch (PartInitException e) {
          // an editor whose input cannot be restored is not remembered
        }
      }
      if (active != null) {
        try {
          if (active.getEditorInput() instanceof ModelEditorInput in) {
            editors.add(line(active.getId(), in)); // last: opened last, so it is on top again
          }
        } catch (PartInitException e) {
          // not remembered
        }
      }
    }
    IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(NODE);
    prefs.put(MODELS, String.join("\n", models));
    prefs.put(EDITORS, String.join("\n", editors));
    try {
      prefs.flush();
    } catch (BackingStoreException e) {
      WedgeUi.log("Could not remember the open models for the next start", e);
    }
  }

  private static String line(String editorId, ModelEditorInput in) {
    return editorId + SEP + in.getFile() + SEP + (in.getPartId() == null ? "" : in.getPartId());
  }

  /** Opens again what was open at the last exit; files that are gone are skipped, files that fail are said. */
  static void restore(IWorkbenchWindow window) {
    IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(NODE);
    List<String> problems = new ArrayList<>();
    for (String f : prefs.get(MODELS, "").split("\n")) {
      Path file = f.isBlank() ? null : Path.of(f);
      if (file == null || !Files.isRegularFile(file)) {
        continue;
      }
      try {
        WorkbenchModels.get().open(file, window.getShell());
      } catch (ModelLoadException e) {
        problems.add(file.getFileName() + ": " + e.getMessage());
      }
    }
    for (String l : prefs.get(EDITORS, "").split("\n")) {
      String[] parts = l.split(SEP, -1);
      if (parts.length < 3 || !Files.isRegularFile(Path.of(parts[1]))) {
        continue;
      }
      Path file = Path.of(parts[1]);
      if (WorkbenchModels.get().getModels().stream().noneMatch(s -> s.getFile().equals(file))) {
        continue; // the model could not be opened: said above
      }
      try {
        window.getActivePage().openEditor(new ModelEditorInput(file, parts[2].isEmpty() ? null : parts[2], null),
            parts[0]);
      } catch (PartInitException e) {
        problems.add(file.getFileName() + ": " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      NotificationPopup.forShell(window.getShell()).title(Messages.Session_NotReopened, true)
          .text(String.join("\n", problems)).delay(Long.MAX_VALUE / 4).open();
    }
  }
}
