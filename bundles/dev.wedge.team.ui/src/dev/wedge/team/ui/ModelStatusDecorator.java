package dev.wedge.team.ui;

import java.nio.file.Path;

import org.eclipse.ui.IStartup;

import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessionListener;
import dev.wedge.team.git.ModelRepository;
import dev.wedge.team.git.PreRegistration;
import dev.wedge.team.git.TeamException;
import dev.wedge.ui.decorations.ModelLabels;
import org.eclipse.osgi.util.NLS;

/**
 * The Models view's words beside a model kept in a Git repository: its branch and where it stands,
 * {@code [main: 1 ahead, modified]}; nothing for a model in no repository. Asked again after a save, a commit, a
 * pull or a push.
 */
public final class ModelStatusDecorator implements IStartup {

  /** Each model's words as last worked out (the empty string: in no repository). */
  private static final java.util.Map<ModelSession, String> WORDS = new java.util.concurrent.ConcurrentHashMap<>();

  private static final ModelSessionListener SAVED = new ModelSessionListener() {
    @Override
    public void stateChanged(ModelSession session) {
      work(session);
    }
  };

  @Override
  public void earlyStartup() {
    ModelLabels.register(ModelStatusDecorator::of);
  }

  /**
   * The words last worked out for {@code s}; the first time, none while they are worked out. Git's status reads the
   * repository and walks the working tree, so it runs in a job, never while the Models view paints.
   */
  private static String of(ModelSession s) {
    if (s.isDisposed()) {
      WORDS.remove(s);
      return null;
    }
    String words = WORDS.get(s);
    if (words == null) {
      s.removeListener(SAVED);
      s.addListener(SAVED);
      work(s);
      return null;
    }
    return words.isEmpty() ? null : words;
  }

  /** Works out the words for {@code s} in the background, then has the Models view show them. */
  private static void work(ModelSession s) {
    org.eclipse.core.runtime.jobs.Job job = org.eclipse.core.runtime.jobs.Job.create(NLS.bind(Messages.Status_Job,
        s.getName()), monitor -> {
          String words = text(s.getFile());
          WORDS.put(s, words == null ? "" : words);
          ModelLabels.changed(s);
        });
    job.setSystem(true);
    job.schedule();
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
      return NLS.bind(Messages.Status_Unreadable, e.getMessage());
    }
    try (ModelRepository r = ModelRepository.of(file)) {
      ModelRepository.Status s = r.status();
      return "[" + s.branch() + ": " + s.summary() + "]";
    } catch (TeamException e) {
      return "[" + e.getMessage() + "]";
    }
  }

  /** Works out every model's words again (after a commit, a pull or a push). */
  static void refresh() {
    WORDS.keySet().forEach(ModelStatusDecorator::work);
  }
}
