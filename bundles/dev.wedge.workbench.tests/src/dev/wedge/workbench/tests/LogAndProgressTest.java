package dev.wedge.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.session.ModelSession;
import dev.wedge.model.Pilot;
import dev.wedge.ui.session.WorkbenchModels;
import dev.wedge.ui.testing.UiTesting;

/** The Error Log view shows what bundles log; the Progress view shows the jobs running, analyses among them. */
class LogAndProgressTest {

  static final String ERROR_LOG = "org.eclipse.pde.runtime.LogView";
  static final String PROGRESS = "org.eclipse.ui.views.ProgressView";

  @TempDir
  Path dir;

  @AfterEach
  void closeViews() {
    IWorkbenchPage page = page();
    for (String id : List.of(ERROR_LOG, PROGRESS)) {
      IViewPart v = page.findView(id);
      if (v != null) {
        page.hideView(v);
      }
    }
    UiTesting.closeAllModels();
  }

  @Test
  void anErrorLoggedByABundleShowsInTheErrorLogView() throws Exception {
    IViewPart log = page().showView(ERROR_LOG);
    assertNotNull(log, "Window › Error Log opens the platform's Error Log view");
    String message = "A plug-in reports a test failure " + System.nanoTime();
    try (UiTesting.ErrorLog expected = new UiTesting.ErrorLog()) { // the error is provoked: recorded, not a failure
      ILog.of(org.osgi.framework.FrameworkUtil.getBundle(LogAndProgressTest.class))
          .log(new Status(IStatus.ERROR, "dev.wedge.workbench.tests", message));
      Tree tree = find((Composite) control(log), Tree.class);
      assertNotNull(tree, "the Error Log lists its entries in a tree");
      UiTesting.waitUntil(() -> Arrays.stream(tree.getItems()).anyMatch(i -> text(i).contains(message)),
          "the logged error to show in the Error Log");
      assertTrue(expected.errors().stream().anyMatch(e -> e.contains(message)));
    }
  }

  @Test
  void aRunningJobShowsInTheProgressView() throws Exception {
    assertTrue(PlatformUI.getWorkbench().getService(ICommandService.class)
        .getCommand("org.eclipse.ui.views.showView").isDefined());
    IViewPart progress = page().showView(PROGRESS);
    assertNotNull(progress, "Window › Progress opens the platform's Progress view");
    CountDownLatch release = new CountDownLatch(1);
    String name = "Writing the brief of a test model";
    Job job = Job.create(name, (IProgressMonitor m) -> {
      m.beginTask(name, IProgressMonitor.UNKNOWN);
      try {
        release.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Status.OK_STATUS;
    });
    job.schedule();
    try {
      UiTesting.waitUntil(() -> texts((Composite) control(progress)).stream().anyMatch(t -> t.contains(name)),
          "the running job to show in the Progress view");
    } finally {
      release.countDown();
      job.join(30_000, null);
    }
  }

  @Test
  void anAnalysisRunIsAJob() throws Exception {
    List<String> jobs = new CopyOnWriteArrayList<>();
    JobChangeAdapter recorder = new JobChangeAdapter() {
      @Override
      public void scheduled(IJobChangeEvent event) {
        jobs.add(event.getJob().getName());
      }
    };
    Job.getJobManager().addJobChangeListener(recorder);
    try {
      ModelSession session = WorkbenchModels.get().openWithEditor(UiTesting.copyExample(dir),
          PlatformUI.getWorkbench().getActiveWorkbenchWindow());
      UiTesting.processEvents();
      jobs.clear();
      Pilot pilot = session.getModel().getPilots().get(0);
      session.execute(org.eclipse.emf.edit.command.SetCommand.create(session.getEditingDomain(), pilot,
          dev.wedge.model.WedgePackage.Literals.NAMED__NAME, pilot.getName() + " (renamed)"));
      UiTesting.waitUntil(() -> jobs.stream().anyMatch(n -> n.startsWith("Analysing " + session.getName())),
          "an edit's analysis to run as a job");
      UiTesting.waitUntil(() -> Job.getJobManager().find(dev.wedge.analysis.ui.WorkbenchFindings.JOB_FAMILY).length == 0,
          "the analysis job to end");
    } finally {
      Job.getJobManager().removeJobChangeListener(recorder);
    }
  }

  private static IWorkbenchPage page() {
    return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
  }

  /** The view's own composite, as the workbench model holds it. */
  private static Control control(IViewPart view) {
    return (Control) view.getSite().getService(org.eclipse.e4.ui.model.application.ui.basic.MPart.class).getWidget();
  }

  private static void walk(Control c, java.util.function.Consumer<Control> visit) {
    visit.accept(c);
    if (c instanceof Composite comp) {
      for (Control child : comp.getChildren()) {
        walk(child, visit);
      }
    }
  }

  private static <T extends Control> T find(Composite root, Class<T> type) {
    List<T> found = new ArrayList<>();
    walk(root, c -> {
      if (type.isInstance(c)) {
        found.add(type.cast(c));
      }
    });
    return found.isEmpty() ? null : found.get(0);
  }

  private static List<String> texts(Composite root) {
    List<String> out = new ArrayList<>();
    walk(root, c -> {
      if (c instanceof Label l) {
        out.add(l.getText());
      }
    });
    return out;
  }

  private static String text(TreeItem item) {
    StringBuilder b = new StringBuilder();
    for (int c = 0; c < Math.max(1, item.getParent().getColumnCount()); c++) {
      b.append(item.getText(c)).append(' ');
    }
    return b.toString();
  }
}
