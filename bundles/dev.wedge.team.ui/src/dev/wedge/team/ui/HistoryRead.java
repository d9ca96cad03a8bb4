package dev.wedge.team.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.osgi.util.NLS;

import dev.wedge.team.git.ModelHistory;
import dev.wedge.team.git.ModelRepository;
import dev.wedge.team.git.PreRegistration;
import dev.wedge.team.git.TeamException;

/**
 * Reads an object's history from the repository of its model in a job (a long history never holds up the window):
 * the commits that changed it, newest first, or why there are none to read.
 */
final class HistoryRead {

  /** What was read: the entries, or (entries empty) the sentence that says why there are none. */
  record Result(List<ModelHistory.Entry> entries, String said) {
  }

  private HistoryRead() {
  }

  /**
   * Reads at most {@code max} commits that changed {@code objectId} in the model at {@code file}, then gives the
   * result to {@code done} in the job's thread. Returns the job.
   */
  static Job read(Path file, String objectId, String subject, int max, Consumer<Result> done) {
    Job job = Job.create(NLS.bind(Messages.HistoryRead_Job, subject), monitor -> {
      done.accept(result(file, objectId, max));
      return Status.OK_STATUS;
    });
    job.setSystem(true);
    job.schedule();
    return job;
  }

  static Result result(Path file, String objectId, int max) {
    if (file == null) {
      return new Result(List.of(), Messages.HistoryProperties_NotShared);
    }
    try (Repository repo = PreRegistration.repositoryOf(file)) {
      if (repo == null || repo.isBare()) {
        return new Result(List.of(), Messages.HistoryProperties_NotShared);
      }
    } catch (IOException e) {
      return new Result(List.of(), NLS.bind(Messages.HistoryRead_Unreadable, file, e.getMessage()));
    }
    try (ModelRepository r = ModelRepository.of(file)) {
      List<ModelHistory.Entry> entries = ModelHistory.of(r, objectId, max);
      return new Result(entries, entries.isEmpty() ? Messages.HistoryProperties_None : null);
    } catch (TeamException e) {
      return new Result(List.of(), e.getMessage());
    }
  }
}
