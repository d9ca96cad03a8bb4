package dev.wedge.analysis.ui;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import dev.wedge.analysis.engine.AnalysisEngine;
import dev.wedge.core.session.ModelSession;
import org.eclipse.osgi.util.NLS;

/**
 * A run of a model's analyses as a job of the workbench, so the Progress view (and the progress area of the status
 * line) shows "Analysing MODEL" while the analyses run after an edit. The engine runs them on its own threads; the job
 * lasts as long as the run. Cancelling it does not stop the analyses (they stop themselves when they overrun their
 * time), so the job then says the run is finishing and ends with it.
 */
final class AnalysisRunJob implements AnalysisEngine.RunListener {

  private final ModelSession session;
  private volatile CountDownLatch running;

  AnalysisRunJob(ModelSession session) {
    this.session = session;
  }

  @Override
  public void runStarted() {
    CountDownLatch done = new CountDownLatch(1);
    running = done;
    Job job = new Job(NLS.bind(Messages.Run_Job, session.getName())) {
      @Override
      protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        try {
          while (!done.await(50, TimeUnit.MILLISECONDS)) {
            if (monitor.isCanceled()) {
              monitor.subTask(Messages.Run_Finishing);
            }
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } finally {
          monitor.done();
        }
        return Status.OK_STATUS;
      }

      @Override
      public boolean belongsTo(Object family) {
        return WorkbenchFindings.JOB_FAMILY.equals(family);
      }
    };
    job.setPriority(Job.DECORATE);
    job.schedule();
  }

  @Override
  public void runFinished() {
    CountDownLatch done = running;
    if (done != null) {
      done.countDown();
    }
  }
}
