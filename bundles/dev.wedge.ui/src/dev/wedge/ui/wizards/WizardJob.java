package dev.wedge.ui.wizards;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.notifications.NotificationPopup;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import dev.wedge.ui.Messages;

/**
 * The work of a File › Import or File › Export wizard after Finish: a job (it shows in the Progress view) whose
 * result is a sentence saying what it did and what it skipped, shown in a notification that stays until closed; a
 * failure is said whole in the same place (and in the job's status, so the Progress view has it too).
 */
public final class WizardJob extends Job {

  /** The family of these jobs (tests wait for it). */
  public static final Object FAMILY = WizardJob.class;

  /** The work: returns the sentence of what it did; an exception's message is the failure said. */
  @FunctionalInterface
  public interface Work {
    String run(IProgressMonitor monitor) throws Exception;
  }

  private static volatile String last;
  private final Work work;
  private final String title;
  private Consumer<String> done = s -> { };

  public WizardJob(String title, Work work) {
    super(title);
    this.title = title;
    this.work = work;
    setUser(true);
  }

  /** The sentence said last, done or failed (tests). */
  public static String last() {
    return last;
  }

  /** Also called with the sentence, in the UI thread, when the job ends. */
  public WizardJob whenDone(Consumer<String> then) {
    this.done = then;
    return this;
  }

  @Override
  public boolean belongsTo(Object family) {
    return family == FAMILY;
  }

  @Override
  protected IStatus run(IProgressMonitor monitor) {
    String sentence;
    IStatus status;
    try {
      sentence = work.run(monitor);
      status = Status.OK_STATUS;
    } catch (Exception e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      sentence = NLS.bind(Messages.WizardJob_Failed, title, why);
      status = Status.info(sentence); // said in the notification; not an error of Wedge's own code to log
    }
    last = sentence;
    String said = sentence;
    Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : null;
    if (display != null && !display.isDisposed()) {
      display.asyncExec(() -> {
        show(title, said);
        done.accept(said);
      });
    }
    return status;
  }

  /** Runs {@code r} in the UI thread and waits (commands go on the model's stack there, as every edit does). */
  public static void inUi(Runnable r) {
    PlatformUI.getWorkbench().getDisplay().syncExec(r);
  }

  private static void show(String title, String sentence) {
    IWorkbenchWindow w = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    if (w == null) {
      return;
    }
    NotificationPopup.forShell(w.getShell()).title(title, true).content(parent -> {
      Label l = new Label(parent, SWT.WRAP);
      l.setText(sentence.replace("&", "&&"));
      GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(l);
      return l;
    }).delay(Long.MAX_VALUE / 4).open();
  }
}
