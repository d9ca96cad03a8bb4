package dev.wedge.analysis.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;

import dev.wedge.analysis.Analysis;
import dev.wedge.analysis.AnalysisContext;
import dev.wedge.analysis.AnalysisDescriptor;
import dev.wedge.analysis.AnalysisPreferences;
import dev.wedge.analysis.AnalysisRegistry;
import dev.wedge.analysis.Finding;
import dev.wedge.analysis.Fix;
import dev.wedge.analysis.ObjectAnalysis;
import dev.wedge.analysis.Severity;
import dev.wedge.containment.ContainedPool;
import dev.wedge.containment.Limits;
import dev.wedge.containment.Task;
import dev.wedge.containment.checkpoint.ContainedThread;
import dev.wedge.containment.checkpoint.Stopped;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.WedgePackage;

/**
 * Runs a model's analyses and keeps their findings current.
 *
 * <ul>
 * <li>After every change (seen by a content adapter on the model's own thread, which only records it) the engine
 * re-runs, on a background thread, the analyses whose {@code Dependencies} the change concerns; an
 * {@link ObjectAnalysis} re-examines only the objects the change touched.</li>
 * <li>Each analysis runs in its own task with a time limit. One that throws, reports a malformed finding, changes
 * the model (the change is reverted) or runs too long is reported as a failure naming its plug-in and disabled
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
  private final ExecutorService orchestrator = Executors.newSingleThreadExecutor(daemon("Wedge analyses"));
  private final ContainedPool workers = new ContainedPool("Wedge analysis",
      Math.max(2, Runtime.getRuntime().availableProcessors()));
  private final ConcurrentLinkedQueue<Change> changes = new ConcurrentLinkedQueue<>();
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
  private final Tracker tracker = new Tracker();
  private final Object scheduleLock = new Object();
  private boolean scheduled;
  private final AtomicInteger inFlight = new AtomicInteger();
  private volatile FindingsSnapshot snapshot = FindingsSnapshot.EMPTY;
  private volatile boolean disposed;
  private final ThreadLocal<Slot> running = new ThreadLocal<>();

  /** Analyses stopped for the session, in every engine, with why. */
  private static final Map<String, String> SESSION_STOPS = new ConcurrentHashMap<>();
  /** How long a stopped analysis has to end before its thread is abandoned. */
  private static final long STOP_GRACE_MILLIS = 1000;

  /** A change recorded by the tracker: what changed, and for containment changes, what was added or removed. */
  private record Change(EObject notifier, EStructuralFeature feature, List<Object> values) {
  }

  /** One analysis and its state in this engine. */
  private static final class Slot {
    final AnalysisDescriptor descriptor;
    Analysis analysis;
    String failure;
    boolean enabled;
    boolean needsFullRun = true;
    final Set<EObject> recheck = new HashSet<>();
    List<Finding> findings = List.of(); // model-wide analyses
    final Map<EObject, List<Finding>> byObject = new LinkedHashMap<>(); // object analyses

    Slot(AnalysisDescriptor descriptor) {
      this.descriptor = descriptor;
    }
  }

  public AnalysisEngine(StrategyModel model, AnalysisRegistry registry, Supplier<LocalDate> today, long timeoutMillis) {
    this.model = model;
    this.today = today;
    this.timeoutMillis = timeoutMillis;
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
        return update();
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
          SESSION_STOPS.remove(analysisId);
          s.failure = null;
          s.analysis = null;
          s.needsFullRun = true;
        }
      }
      return update();
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
        return update();
      } finally {
        inFlight.decrementAndGet();
        runListeners.forEach(RunListener::runFinished);
      }
    });
  }

  // ---------------------------------------------------------------- the run

  private FindingsSnapshot update() {
    long startEpoch = epoch.get();
    List<Change> batch = new ArrayList<>();
    for (Change c; (c = changes.poll()) != null;) {
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
      String stopped = SESSION_STOPS.get(s.descriptor.id());
      if (stopped != null && s.failure == null) {
        fail(s, stopped); // stopped in another model of this session: not run again
      }
      if (!enabled || s.failure != null) {
        s.findings = List.of();
        s.byObject.clear();
        continue;
      }
      if (!s.needsFullRun) {
        plan(s, batch);
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
      if (task.stopped() != null) { // stopped, even if it then returned: what it found is incomplete
        stopForGood(s, stopReason(task, cause));
      } else if (cause == null) {
        results.put(s, task.value());
      } else if (cause instanceof Stopped || cause instanceof TooManyFindings
          || cause instanceof VirtualMachineError) {
        stopForGood(s, stopReason(task, cause));
      } else if (epoch.get() != startEpoch && !(cause instanceof ModelChanged)) {
        stale = true; // read while the model changed: not the analysis' fault; run again
        s.needsFullRun = true;
      } else {
        fail(s, describe(cause));
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
      apply(e.getKey(), e.getValue());
    }
    publish(startEpoch);
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
        task.stop("took longer than " + duration(timeoutMillis));
        return task.await(STOP_GRACE_MILLIS);
      }
    }
    return true;
  }

  private static String stopReason(Task<?> task, Throwable cause) {
    if (cause == null) {
      return task.stopped();
    }
    if (cause instanceof StackOverflowError) {
      return "recursed without end (its stack overflowed)";
    }
    if (cause instanceof OutOfMemoryError) {
      return "ran out of memory";
    }
    if (cause instanceof TooManyFindings || cause instanceof Stopped) {
      return cause.getMessage();
    }
    return task.stopped() != null ? task.stopped() : describe(cause);
  }

  /** Lets every analysis stopped for the session run again, as when Wedge starts (tests; Retry in the workbench). */
  public static void forgetSessionStops() {
    SESSION_STOPS.clear();
  }

  /**
   * Stops {@code s} for the rest of the session, in every model: an analysis that ran over its time or memory, tried
   * to end Wedge or flooded the model with findings would do it again (until the user asks to retry).
   */
  private void stopForGood(Slot s, String reason) {
    SESSION_STOPS.putIfAbsent(s.descriptor.id(), reason);
    fail(s, SESSION_STOPS.get(s.descriptor.id()));
  }

  /** Decides, from the changes, whether {@code s} must run and on which objects. */
  private void plan(Slot s, List<Change> batch) {
    Analysis a = s.analysis;
    if (a == null) {
      s.needsFullRun = true;
      return;
    }
    for (Change c : batch) {
      if (c.feature() == WedgePackage.Literals.STRATEGY_MODEL__DISABLED_ANALYSES) {
        continue;
      }
      if (!a.dependencies().concerns(c.notifier(), c.feature(), c.values())) {
        continue;
      }
      if (!(a instanceof ObjectAnalysis<?> oa) || !oa.isLocal()) {
        s.needsFullRun = true;
        return;
      }
      EObject owner = oa.owner(c.notifier());
      if (owner != null) {
        s.recheck.add(owner);
      }
      for (Object v : c.values()) {
        if (v instanceof EObject added) {
          EObject o = oa.owner(added);
          if (o != null) {
            s.recheck.add(o);
          }
          added.eAllContents().forEachRemaining(x -> {
            if (oa.type().isInstance(x)) {
              s.recheck.add(x);
            }
          });
        }
      }
      if (owner == null && c.values().isEmpty()) {
        s.needsFullRun = true; // a change above the objects of this analysis: examine them all
        return;
      }
    }
  }

  /** What one analysis reported in one run. */
  private record Result(boolean full, List<Finding> findings, Map<EObject, List<Finding>> byObject) {
  }

  /** Thrown into an analysis that changed the model (the change is already reverted). */
  private static final class ModelChanged extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ModelChanged(String what) {
      super(what, null, false, false);
    }
  }

  /** Findings one analysis may report in one run (a plug-in that floods the model is stopped). */
  static final int MAX_FINDINGS = Integer.getInteger("wedge.analysis.maxFindings", 10_000);

  /** An analysis that reported more findings than {@link #MAX_FINDINGS}. */
  private static final class TooManyFindings extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooManyFindings(String what) {
      super(what, null, false, false);
    }
  }

  /** A malformed finding. */
  private static final class BadFinding extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadFinding(String what) {
      super(what, null, false, false);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Result run(Slot s) {
    running.set(s);
    try {
      if (s.analysis == null) {
        s.analysis = s.descriptor.factory().get();
        if (s.analysis == null) {
          throw new BadFinding("its factory returned no analysis");
        }
      }
      Context ctx = new Context(s);
      if (s.needsFullRun || !(s.analysis instanceof ObjectAnalysis)) {
        if (s.analysis instanceof ObjectAnalysis oa) {
          Map<EObject, List<Finding>> byObject = new LinkedHashMap<>();
          ctx.target = new ArrayList<>();
          oa.prepare(ctx);
          for (Object o : oa.objects(model)) {
            ctx.target = new ArrayList<>();
            oa.check((EObject) o, ctx);
            if (!ctx.target.isEmpty()) {
              byObject.put((EObject) o, ctx.target);
            }
          }
          return new Result(true, null, byObject);
        }
        ctx.target = new ArrayList<>();
        s.analysis.analyze(ctx);
        return new Result(true, ctx.target, null);
      }
      ObjectAnalysis oa = (ObjectAnalysis) s.analysis;
      Map<EObject, List<Finding>> byObject = new LinkedHashMap<>();
      ctx.target = new ArrayList<>();
      oa.prepare(ctx);
      for (EObject o : List.copyOf(s.recheck)) {
        ctx.target = new ArrayList<>();
        if (inModel(o)) {
          oa.check(o, ctx);
        }
        byObject.put(o, ctx.target);
      }
      return new Result(false, null, byObject);
    } finally {
      running.remove();
    }
  }

  private void apply(Slot s, Result r) {
    s.recheck.clear();
    if (r.full()) {
      s.needsFullRun = false;
      s.byObject.clear();
      if (r.byObject() != null) {
        s.byObject.putAll(r.byObject());
        s.findings = List.of();
      } else {
        s.findings = List.copyOf(r.findings());
      }
      return;
    }
    for (Map.Entry<EObject, List<Finding>> e : r.byObject().entrySet()) {
      if (e.getValue().isEmpty()) {
        s.byObject.remove(e.getKey());
      } else {
        s.byObject.put(e.getKey(), e.getValue());
      }
    }
    s.byObject.keySet().removeIf(o -> !inModel(o)); // objects deleted since
  }

  private boolean inModel(EObject o) {
    for (EObject x = o; x != null; x = x.eContainer()) {
      if (x == model) {
        return true;
      }
    }
    return false;
  }

  private void fail(Slot s, String reason) {
    s.failure = reason;
    s.analysis = null;
    s.findings = List.of();
    s.byObject.clear();
    s.recheck.clear();
  }

  static String duration(long millis) {
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  private static String describe(Throwable t) {
    if (t instanceof ModelChanged || t instanceof BadFinding) {
      return t.getMessage();
    }
    StackTraceElement where = null; // the analysis' own code, not the JDK method that threw for it
    for (StackTraceElement e : t.getStackTrace()) {
      String c = e.getClassName();
      if (where == null) {
        where = e;
      }
      if (!c.startsWith("java.") && !c.startsWith("jdk.") && !c.startsWith("sun.")) {
        where = e;
        break;
      }
    }
    return "threw " + t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage())
        + (where == null ? "" : " (at " + where.getClassName() + "." + where.getMethodName() + ":"
            + where.getLineNumber() + ")");
  }

  private void publish(long atEpoch) {
    List<Finding> all = new ArrayList<>();
    List<AnalysisFailure> failures = new ArrayList<>();
    for (Slot s : slots) {
      if (s.failure != null) {
        failures.add(new AnalysisFailure(s.descriptor.id(), s.descriptor.name(), s.descriptor.contributor(),
            s.failure));
        continue;
      }
      all.addAll(s.findings);
      for (List<Finding> l : s.byObject.values()) {
        all.addAll(l);
      }
    }
    all.sort(Comparator.comparing(Finding::severity).thenComparing(Finding::category)
        .thenComparing(Finding::analysisId));
    FindingsSnapshot next = new FindingsSnapshot(List.copyOf(all), List.copyOf(failures), atEpoch);
    snapshot = next;
    for (FindingsListener l : listeners) {
      try {
        l.findingsChanged(next);
      } catch (RuntimeException e) {
        // a listener's problem is not the engine's
      }
    }
  }

  // ---------------------------------------------------------------- context given to analyses

  private final class Context implements AnalysisContext {
    private final Slot slot;
    private final LocalDate day = today.get();
    private int reported;
    List<Finding> target;

    Context(Slot slot) {
      this.slot = slot;
    }

    @Override
    public StrategyModel model() {
      return model;
    }

    @Override
    public LocalDate today() {
      return day;
    }

    @Override
    public Severity severity() {
      return slot.descriptor.defaultSeverity();
    }

    @Override
    public void report(Severity severity, String message, Fix fix, EObject... objects) {
      if (severity == null) {
        throw new BadFinding("reported a finding without a severity");
      }
      if (message == null || message.isBlank()) {
        throw new BadFinding("reported a finding without a message");
      }
      if (message.length() > 2000) {
        throw new BadFinding("reported a finding with a message of " + message.length() + " characters");
      }
      List<EObject> list = new ArrayList<>();
      for (EObject o : objects == null ? new EObject[0] : objects) {
        if (o == null || !inModel(o)) {
          throw new BadFinding("reported a finding about an object that is not in the model");
        }
        list.add(o);
      }
      if (++reported > MAX_FINDINGS) {
        String why = "reported more than " + String.format(java.util.Locale.ROOT, "%,d", MAX_FINDINGS)
            + " findings, more than Wedge shows from one analysis; it was stopped";
        if (Thread.currentThread() instanceof ContainedThread t && t.budget() != null) {
          t.budget().stop(why); // a plug-in that catches this and goes on meets its checkpoints
        }
        throw new TooManyFindings(why);
      }
      target.add(new Finding(slot.descriptor.id(), slot.descriptor.category(), severity, message, list, fix));
    }
  }

  // ---------------------------------------------------------------- change tracking

  /** Records changes (on the model's thread) and reverts changes made by analyses. */
  private final class Tracker extends EContentAdapter {
    @Override
    public void notifyChanged(Notification n) {
      super.notifyChanged(n);
      if (n.isTouch() || !(n.getNotifier() instanceof EObject notifier)) {
        return;
      }
      Slot culprit = running.get();
      if (culprit != null) {
        revert(n);
        throw new ModelChanged("changed the model ('"
            + (n.getFeature() instanceof EStructuralFeature f ? f.getName() : "?") + "' of "
            + notifier.eClass().getName() + "); analyses may only read it. The change was undone");
      }
      epoch.incrementAndGet();
      EStructuralFeature feature = n.getFeature() instanceof EStructuralFeature f ? f : null;
      changes.add(new Change(notifier, feature, values(n)));
      schedule();
    }

    private List<Object> values(Notification n) {
      List<Object> out = new ArrayList<>(2);
      add(out, n.getNewValue());
      add(out, n.getOldValue());
      return out;
    }

    private void add(List<Object> out, Object v) {
      if (v instanceof EObject) {
        out.add(v);
      } else if (v instanceof Collection<?> c) {
        for (Object o : c) {
          if (o instanceof EObject) {
            out.add(o);
          }
        }
      }
    }

    @SuppressWarnings("unchecked")
    private void revert(Notification n) {
      if (!(n.getNotifier() instanceof EObject o) || !(n.getFeature() instanceof EStructuralFeature f)) {
        return;
      }
      running.remove(); // the revert's own notification is not a violation
      try {
        switch (n.getEventType()) {
          case Notification.SET, Notification.UNSET -> {
            if (!f.isMany()) {
              o.eSet(f, n.getOldValue());
            }
          }
          case Notification.ADD -> ((List<Object>) o.eGet(f)).remove(n.getNewValue());
          case Notification.ADD_MANY -> ((List<Object>) o.eGet(f)).removeAll((Collection<?>) n.getNewValue());
          case Notification.REMOVE -> ((List<Object>) o.eGet(f)).add(Math.max(0, n.getPosition()), n.getOldValue());
          case Notification.REMOVE_MANY -> ((List<Object>) o.eGet(f)).addAll((Collection<?>) n.getOldValue());
          default -> {
            // MOVE and others: leave (no analysis has a reason to do them)
          }
        }
      } finally {
        epoch.incrementAndGet(); // the model was touched: results of this run are discarded
      }
    }
  }
}
