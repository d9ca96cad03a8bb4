package dev.wedge.team.ui;

import java.nio.file.Path;

import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;

import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessionListener;
import dev.wedge.team.git.ModelRepository;
import dev.wedge.team.git.PreRegistration;
import dev.wedge.team.git.TeamException;
import dev.wedge.ui.decorations.ModelLabels;

/**
 * The Models view's words beside a model kept in a Git repository: its branch and where it stands,
 * {@code [main: 1 ahead, modified]}; nothing for a model in no repository. Asked again after a save, a commit, a
 * pull or a push.
 */
public final class ModelStatusDecorator implements IStartup {

  private static final ModelSessionListener SAVED = new ModelSessionListener() {
    @Override
    public void stateChanged(ModelSession session) {
      ModelLabels.changed(session);
    }
  };

  @Override
  public void earlyStartup() {
    ModelLabels.register(ModelStatusDecorator::of);
  }

  private static String of(ModelSession s) {
    if (s.isDisposed()) {
      return null;
    }
    s.removeListener(SAVED);
    s.addListener(SAVED);
    return text(s.getFile());
  }

  /** The status words for {@code file}, or null when it is in no repository. */
  public static String text(Path file) {
    if (file == null) {
      return null;
    }
    try (var repo = PreRegistration.repositoryOf(file)) {
      if (repo == null || repo.isBare()) {
        return null; // not shared: no words
      }
    } catch (java.io.IOException e) {
      return "[repository not readable: " + e.getMessage() + "]";
    }
    try (ModelRepository r = ModelRepository.of(file)) {
      ModelRepository.Status s = r.status();
      return "[" + s.branch() + ": " + s.summary() + "]";
    } catch (TeamException e) {
      return "[" + e.getMessage() + "]";
    }
  }

  /** Asks for every model's words again (after a commit, a pull or a push). */
  static void refresh() {
    if (PlatformUI.isWorkbenchRunning()) {
      PlatformUI.getWorkbench().getDisplay().asyncExec(() -> ModelLabels.changed(null));
    }
  }
}
