package dev.wedge.analysis.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;

import dev.wedge.analysis.AnalysisDescriptor;
import dev.wedge.analysis.AnalysisPreferences;
import dev.wedge.analysis.AnalysisRegistry;
import dev.wedge.analysis.ObjectAnalysis;
import dev.wedge.containment.ContainedPool;
import dev.wedge.containment.Limits;
import dev.wedge.containment.Task;
import dev.wedge.containment.checkpoint.Stopped;
import dev.wedge.model.StrategyModel;
import dev.wedge.analysis.engine.Slot.Result;

/**
 * Runs a model's analyses and keeps their findings current.
 *
 * <ul>
 * <li>After every change (seen by a content adapter on the model's own thread, which only records it) the engine
 * re-runs, on a background thread, the analyses whose {@code Dependencies} the change concerns; an
 * {@link ObjectAnalysis} re-examines only the objects the change touched.</li>
 * <li>Each analysis runs in its own task with a time limit. One that throws, reports a malformed finding, changes
 * the model (the change is reverted) or runs too long (in the live runs: three in a row) is reported as a failure
 * naming its plug-in and disabled
 * for the session; the others go on.</li>
 * <li>Results are published only from runs during which the model did not change; otherwise the run is repeated.</li>
 * </ul>
 */
public final class AnalysisEngine {

  private static final AtomicInteger THREADS = new AtomicInteger();

  private final StrategyModel model;
  private final List<Slot> slots = new ArrayList<>();
  private final Supplier<LocalDate> today;
  private final long timeoutMillis;
  private final ExecutorService orchestrator = Executors.newSingleThreadExecutor(daemon("Wedge analyses")); // NON-NLS: a thread name
  private final ContainedPool workers = new ContainedPool("Wedge analysis", // NON-NLS: a thread name
      Math.max(2, Runtime.getRuntime().availableProcessors()));
  private final ConcurrentLinkedQueue<ModelChanges.Change> changes = new ConcurrentLinkedQueue<>();
  private final AtomicLong epoch = new AtomicLong();
  private final List<FindingsListener> listeners = new CopyOnWriteArrayList<>();
  private final List<RunListener> runListeners = new CopyOnWriteArrayList<>();

  /** Told when a run of the analyses (after an edit, at start, on a preference change) starts and when it ends. */
  public interface RunListener {
    /** A run starts, on the engine's thread. */
    void runStarted();

    /** The run that started last has ended (its findings, if any, were told to the findings listeners first). */
    void runFinished();
  }
  private final ChangeTracker tracker;
  private final Object scheduleLock = new Object();
  private boolean scheduled;
  private final AtomicInteger inFlight = new AtomicInteger();
  private volatile FindingsSnapshot snapshot = FindingsSnapshot.EMPTY;
  private volatile boolean disposed;
  private final ThreadLocal<Slot> running = new ThreadLocal<>();
  private final Overruns overruns = new Overruns();
  /** The language of the findings; null: the workbench's. */
  private volatile java.util.Locale language;

  /** How long a stopped analysis has to end before its thread is abandoned. */
  private static final long STOP_GRACE_MILLIS = 1000;

  public AnalysisEngine(StrategyModel model, AnalysisRegistry registry, Supplier<LocalDate> today, long timeoutMillis) {
    this.model = model;
    this.today = today;
    this.timeoutMillis = timeoutMillis;
    this.tracker = new ChangeTracker(running, epoch, changes, this::schedule);
    for (AnalysisDescriptor d : registry.all()) {
      slots.add(new Slot(d));
    }
  }

  public AnalysisEngine(StrategyModel model, AnalysisRegistry registry) {
    this(model, registry, () -> dev.wedge.core.session.ModelSessions.getDefault().today(model),
        AnalysisPreferences.timeoutMillis());
  }

  public StrategyModel model() {
    return model;
  }

  /**
   * Writes the findings of the runs from now on in {@code locale}'s language (null, the default: the workbench's), as
   * the brief does for its {@code --language}. Analysis ids, severities and objects do not change with it.
   */
  public AnalysisEngine language(java.util.Locale locale) {
    this.language = locale;
    return this;
  }

  private static ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name + " " + THREADS.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** Starts following the model (call on the thread that edits it) and schedules a first full run. */
  public void start() {
    model.eAdapters().add(tracker);
    schedule();
  }

  /** Runs every enabled analysis now, on the calling thread's behalf, and returns the findings. */
  public FindingsSnapshot runNow() {
    try {
      return orchestrator.submit(() -> {
        changes.clear();
        for (Slot s : slots) {
          s.needsFullRun = true;
        }
        return update(false);
      }).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return snapshot;
    } catch (ExecutionException e) {
      throw new IllegalStateException("analysis engine failed", e.getCause());
    }
  }

  /** Waits until pending changes have been analysed (tests, the command line). */
  public boolean awaitIdle(long millis) throws InterruptedException {
    long end = System.currentTimeMillis() + millis;
    while (System.currentTimeMillis() < end) {
      synchronized (scheduleLock) {
        if (!scheduled && inFlight.get() == 0 && changes.isEmpty()) {
          return true;
        }
      }
      Thread.sleep(2);
    }
    return false;
  }

  public FindingsSnapshot snapshot() {
    return snapshot;
  }

  public void addListener(FindingsListener l) {
    listeners.add(l);
  }

  public void removeListener(FindingsListener l) {
    listeners.remove(l);
  }

  public void addRunListener(RunListener l) {
    runListeners.add(l);
  }

  public void removeRunListener(RunListener l) {
    runListeners.remove(l);
  }

  public List<AnalysisDescriptor> descriptors() {
    return slots.stream().map(s -> s.descriptor).toList();
  }

  /** Whether the analysis runs for this model (not switched off in the model or the preferences, not failed). */
  public boolean isActive(String analysisId) {
    return slots.stream().anyMatch(s -> s.descriptor.id().equals(analysisId) && s.enabled && s.failure == null);
  }

  /** Lets a failed analysis run again (after its plug-in was fixed, or to retry). */
  public void retry(String analysisId) {
    orchestrator.submit(() -> {
      for (Slot s : slots) {
        if (s.descriptor.id().equals(analysisId)) {
          SessionStops.lift(analysisId);
          s.failure = null;
          s.analysis = null;
          s.needsFullRun = true;
        }
      }
      return update(true);
    });
  }

  /** Re-reads the preferences (analyses switched off for every model) and re-runs what they changed. */
  public void preferencesChanged() {
    schedule();
  }

  public void dispose() {
    disposed = true;
    model.eAdapters().remove(tracker);
    orchestrator.shutdownNow();
    workers.shutdown();
  }

  private void schedule() {
    synchronized (scheduleLock) {
      if (scheduled || disposed) {
        return;
      }
      scheduled = true;
      inFlight.incrementAndGet();
    }
    orchestrator.submit(() -> {
      synchronized (scheduleLock) {
        scheduled = false;
      }
      runListeners.forEach(RunListener::runStarted);
      try {
        return update(true);
      } finally {
        inFlight.decrementAndGet();
        runListeners.forEach(RunListener::runFinished);
      }
    });
  }

  // ---------------------------------------------------------------- the run

  /**
   * One run. {@code patient}: the live runs, where an analysis past the time limit is run again and switched off only
   * after {@link Overruns#IN_A_ROW} such runs in a row; a single run asked for ({@link #runNow()}, the command line)
   * switches it off at once, so its result never lacks a check silently.
   */
  private FindingsSnapshot update(boolean patient) {
    long startEpoch = epoch.get();
    List<ModelChanges.Change> batch = new ArrayList<>();
    for (ModelChanges.Change c; (c = changes.poll()) != null;) {
      batch.add(c);
    }
    Set<String> off = AnalysisPreferences.disabled();
    List<String> modelOff = List.copyOf(model.getDisabledAnalyses());
    List<Slot> toRun = new ArrayList<>();
    for (Slot s : slots) {
      boolean enabled = s.descriptor.enabledByDefault() && !off.contains(s.descriptor.id())
          && !modelOff.contains(s.descriptor.id());
      if (enabled && !s.enabled) {
        s.needsFullRun = true;
      }
      s.enabled = enabled;
      String stopped = SessionStops.of(s.descriptor.id());
      if (stopped != null && s.failure == null) {
        s.fail(stopped); // stopped in another model of this session: not run again
      }
      if (!enabled || s.failure != null) {
        s.findings = List.of();
        s.byObject.clear();
        continue;
      }
      if (!s.needsFullRun) {
        RunPlan.plan(s, batch);
      }
      if (s.needsFullRun || !s.recheck.isEmpty()) {
        toRun.add(s);
      }
    }
    Map<Slot, Task<Result>> tasks = new LinkedHashMap<>();
    for (Slot s : toRun) {
      tasks.put(s, workers.submit("the analysis '" + s.descriptor.name() + "'", Limits.of(timeoutMillis), () -> run(s)));
    }
    boolean stale = false;
    boolean again = false;
    Map<Slot, Result> results = new LinkedHashMap<>();
    for (Map.Entry<Slot, Task<Result>> e : tasks.entrySet()) {
      Slot s = e.getKey();
      Task<Result> task = e.getValue();
      try {
        if (!await(task)) {
          stopForGood(s, (task.stopped() == null ? "took longer than " + duration(timeoutMillis) : task.stopped())
              + " and did not stop when asked; its thread was left behind at the lowest priority");
          workers.abandon(task);
          continue;
        }
      } catch (InterruptedException ie) {
        Thread.currentThread().interrupt();
        tasks.values().forEach(t -> t.stop("Wedge closed the model"));
        return snapshot;
      }
      Throwable cause = task.failure();
      boolean overran = timeLimitWords().equals(task.stopped());
      if (overran && patient && overruns.runAgain(s.descriptor.id())) {
        s.needsFullRun = true; // what it found is incomplete; its earlier findings stay until a run ends in time
        again = true;
      } else if (overran && patient) {
        stopForGood(s, Overruns.reason(duration(timeoutMillis)));
      } else if (task.stopped() != null) { // stopped, even if it then returned: what it found is incomplete
        stopForGood(s, SessionStops.reason(task, cause));
      } else if (cause == null) {
        overruns.inTime(s.descriptor.id());
        results.put(s, task.value());
      } else if (cause instanceof Stopped || cause instanceof AnalysisFaults.TooManyFindings
          || cause instanceof VirtualMachineError) {
        stopForGood(s, SessionStops.reason(task, cause));
      } else if (epoch.get() != startEpoch && !(cause instanceof AnalysisFaults.ModelChanged)) {
        stale = true; // read while the model changed: not the analysis' fault; run again
        s.needsFullRun = true;
      } else {
        s.fail(AnalysisFaults.describe(cause));
      }
    }
    if (epoch.get() != startEpoch) {
      stale = true;
    }
    if (stale) {
      for (Slot s : toRun) {
        s.needsFullRun = true; // what this run saw may mix two states of the model
      }
      schedule();
      return snapshot;
    }
    for (Map.Entry<Slot, Result> e : results.entrySet()) {
      e.getKey().apply(e.getValue(), this::inModel);
    }
    publish(startEpoch);
    if (again) {
      schedule();
    }
    return snapshot;
  }

  /**
   * Waits for {@code task} to end; past the time limit it is stopped (its checkpoints throw), and given a moment to
   * end. False when it did not end even then.
   */
  private boolean await(Task<Result> task) throws InterruptedException {
    while (!task.await(20)) {
      if (disposed) {
        task.stop("Wedge closed the model");
      }
      if (task.started() && task.elapsedMillis() > timeoutMillis) {
        task.stop(timeLimitWords());
        return task.await(STOP_GRACE_MILLIS);
      }
    }
    return true;
  }

  private String timeLimitWords() {
    return "took longer than " + duration(timeoutMillis);
  }

  /** Lets every analysis stopped for the session run again, as when Wedge starts (tests; Retry in the workbench). */
  public static void forgetSessionStops() {
    SessionStops.forget();
  }

  /** Findings one analysis may report in one run (a plug-in that floods the model is stopped). */
  static final int MAX_FINDINGS = Integer.getInteger("wedge.analysis.maxFindings", 10_000);

  private Result run(Slot s) {
    running.set(s);
    try {
      return dev.wedge.core.text.Localized.in(language, () -> s.run(model, new RunContext(model, s, today.get(),
          this::inModel), this::inModel));
    } finally {
      running.remove();
    }
  }

  private boolean inModel(EObject o) {
    for (EObject x = o; x != null; x = x.eContainer()) {
      if (x == model) {
        return true;
      }
    }
    return false;
  }

  /**
   * Stops {@code s} for the rest of the session, in every model: an analysis that ran over its time or memory, tried
   * to end Wedge or flooded the model with findings would do it again (until the user asks to retry).
   */
  private void stopForGood(Slot s, String reason) {
    s.fail(SessionStops.stop(s.descriptor.id(), reason));
  }

  static String duration(long millis) {
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  private void publish(long atEpoch) {
    FindingsSnapshot next = Slot.snapshot(slots, atEpoch);
    snapshot = next;
    for (FindingsListener l : listeners) {
      try {
        l.findingsChanged(next);
      } catch (RuntimeException e) {
        // a listener's problem is not the engine's
      }
    }
  }
}
