package dev.wedge.core.session;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;

/** The {@link EditGuard}s contributed to {@code dev.wedge.core.editGuards}. */
public final class EditGuards {

  public static final String EXTENSION_POINT = "dev.wedge.core.editGuards";

  private EditGuards() {
  }

  /**
   * Every contributed guard, created once per call. A guard that cannot be created is an error in the log, naming the
   * bundle, and it does not silently pass edits it would have refused: the guard that replaces it refuses every edit
   * its bundle's rules would cover with that sentence.
   */
  public static List<EditGuard> contributed() {
    List<EditGuard> out = new ArrayList<>();
    if (Platform.getExtensionRegistry() == null) {
      return out;
    }
    for (IConfigurationElement e : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
      if (!"guard".equals(e.getName())) {
        continue;
      }
      try {
        out.add((EditGuard) e.createExecutableExtension("class"));
      } catch (CoreException | ClassCastException | LinkageError ex) {
        String who = e.getContributor().getName();
        ILog.of(EditGuards.class).log(Status.error("The edit guard " + e.getAttribute("class") + " of " + who
            + " could not be created; edits are refused until it is fixed", ex));
        String sentence = "Edits are refused: the rules of " + who + " could not be loaded (see the error log).";
        out.add((session, command) -> sentence);
      }
    }
    return out;
  }
}
