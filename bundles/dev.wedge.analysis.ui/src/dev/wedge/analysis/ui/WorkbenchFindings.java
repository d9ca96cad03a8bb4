package dev.wedge.analysis.ui;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Display;

import dev.wedge.analysis.Finding;
import dev.wedge.analysis.Severity;
import dev.wedge.analysis.engine.AnalysisEngine;
import dev.wedge.analysis.engine.AnalysisFailure;
import dev.wedge.analysis.engine.AnalysisEngines;
import dev.wedge.analysis.engine.FindingsSnapshot;
import dev.wedge.core.session.ModelSession;
import dev.wedge.ui.decorations.ModelDecorations;
import dev.wedge.ui.decorations.ObjectDecorator;
import org.eclipse.osgi.util.NLS;

/**
 * The findings of every open model in the workbench: starts each model's analysis engine, keeps the latest findings,
 * marks objects in the editors, and tells the Findings view and the status line (on the UI thread).
 */
public final class WorkbenchFindings implements ObjectDecorator {

  private static final WorkbenchFindings INSTANCE = new WorkbenchFindings();
  /** The family of the jobs that show analysis runs in the Progress view. */
  public static final Object JOB_FAMILY = "dev.wedge.analysis.runs";

  private final Map<ModelSession, Entry> entries = new ConcurrentHashMap<>();
  private final List<Consumer<ModelSession>> listeners = new CopyOnWriteArrayList<>();

  /**
   * One model's findings. The engine's runs arrive on its thread; each is indexed there (the strongest finding per
   * object) and compared with the one before, and the result is published on the UI thread, once per turn of the
   * event loop however many runs came in between, together with the objects whose marks changed. The status line, the
   * Findings view and the marks in the editors all read what was published, so they agree at every moment.
   */
  private static final class Entry {
    /** What the workbench shows (written on the UI thread only). */
    volatile FindingsSnapshot shown = FindingsSnapshot.EMPTY;
    volatile Map<EObject, Decoration> shownIndex = Map.of();
    /** The latest run, indexed, not yet shown (written on the engine's thread). */
    FindingsSnapshot next;
    Map<EObject, Decoration> nextIndex = Map.of();
    final Set<EObject> changed = new HashSet<>();
    boolean scheduled;
    /** The failures already written to the Error Log (on the UI thread). */
    final Set<AnalysisFailure> logged = new HashSet<>();
  }

  public static WorkbenchFindings get() {
    return INSTANCE;
  }

  private WorkbenchFindings() {
    ModelDecorations.register(this);
  }

  /** Starts analysing {@code session} (on the UI thread, which edits the model); idempotent. */
  public void attach(ModelSession session) {
    if (session == null || session.isDisposed() || entries.containsKey(session)) {
      return;
    }
    Entry entry = new Entry();
    entries.put(session, entry);
    AnalysisEngine engine = AnalysisEngines.of(session);
    engine.addRunListener(new AnalysisRunJob(session));
    engine.addListener(snapshot -> arrived(session, entry, snapshot));
    session.addListener(new dev.wedge.core.session.ModelSessionListener() {
      @Override
      public void disposed(ModelSession s) {
        entries.remove(s);
      }
    });
    FindingsSnapshot first = engine.snapshot();
    if (first != FindingsSnapshot.EMPTY) {
      arrived(session, entry, first); // a run that finished before this listened: shown like any other
    }
  }

  /** A run of the engine finished (on its thread, or on the UI thread for the run already there when attached). */
  private void arrived(ModelSession session, Entry entry, FindingsSnapshot snapshot) {
    Map<EObject, Decoration> index = index(snapshot);
    synchronized (entry) {
      if (entry.next != null && entry.next.epoch() > snapshot.epoch() || entry.shown.epoch() > snapshot.epoch()) {
        return; // an older run than one already indexed
      }
      diff(entry.nextIndex, index, entry.changed);
      entry.next = snapshot;
      entry.nextIndex = index;
      if (entry.scheduled) {
        return;
      }
      entry.scheduled = true;
    }
    Display display = Display.getDefault();
    if (display.isDisposed()) {
      return;
    }
    if (display.getThread() == Thread.currentThread()) {
      publish(session, entry);
    } else {
      display.asyncExec(() -> publish(session, entry));
    }
  }

  /** Shows the latest run: the snapshot and the marks, then tells the editors which rows and the views. */
  private void publish(ModelSession session, Entry entry) {
    Set<EObject> changed;
    synchronized (entry) {
      entry.scheduled = false;
      if (entry.next == null) {
        return;
      }
      entry.shown = entry.next;
      entry.shownIndex = entry.nextIndex;
      entry.next = null;
      changed = Set.copyOf(entry.changed);
      entry.changed.clear();
    }
    ModelDecorations.changed(session, changed);
    logFailures(session, entry);
    listeners.forEach(l -> l.accept(session));
  }

  /** Each analysis switched off is a warning in the Error Log, with why and how to switch it on again, once. */
  private static void logFailures(ModelSession session, Entry entry) {
    for (AnalysisFailure f : entry.shown.failures()) {
      if (entry.logged.add(f)) {
        Platform.getLog(WorkbenchFindings.class).log(new Status(IStatus.WARNING, "dev.wedge.analysis.ui",
            session.getName() + ": " + FailureDetails.text(f)));
      }
    }
    entry.logged.retainAll(entry.shown.failures());
  }

  /** Adds to {@code out} the objects whose mark differs between {@code before} and {@code after}. */
  static void diff(Map<EObject, Decoration> before, Map<EObject, Decoration> after, Set<EObject> out) {
    for (Map.Entry<EObject, Decoration> e : after.entrySet()) {
      if (!e.getValue().equals(before.get(e.getKey()))) {
        out.add(e.getKey());
      }
    }
    for (EObject o : before.keySet()) {
      if (!after.containsKey(o)) {
        out.add(o);
      }
    }
  }

  /**
   * The findings the workbench shows for {@code session} (on the UI thread: the status line, the Findings view and
   * the marks agree on it); {@link FindingsSnapshot#EMPTY} before the first run of its analyses is shown.
   */
  public FindingsSnapshot snapshotOf(ModelSession session) {
    Entry e = session == null ? null : entries.get(session);
    return e == null ? FindingsSnapshot.EMPTY : e.shown;
  }

  /** Called on the UI thread whenever a model's findings changed. */
  public void addListener(Consumer<ModelSession> l) {
    listeners.add(l);
  }

  public void removeListener(Consumer<ModelSession> l) {
    listeners.remove(l);
  }

  @Override
  public Decoration decorationOf(ModelSession session, EObject object) {
    Entry e = entries.get(session);
    if (e == null) {
      return Decoration.NONE;
    }
    Decoration d = e.shownIndex.get(object);
    return d == null ? Decoration.NONE : d;
  }

  private static Map<EObject, Decoration> index(FindingsSnapshot s) {
    Map<EObject, Decoration> out = new HashMap<>();
    for (Finding f : s.findings()) {
      EObject o = f.primaryObject();
      if (o == null) {
        continue;
      }
      Level level = switch (f.severity()) {
        case ERROR -> Level.ERROR;
        case WARNING -> Level.WARNING;
        case ADVICE -> Level.ADVICE;
      };
      Decoration old = out.get(o);
      if (old == null) {
        out.put(o, new Decoration(level, f.message()));
      } else {
        Level strongest = old.level().ordinal() >= level.ordinal() ? old.level() : level;
        out.put(o, new Decoration(strongest, old.tooltip() + "\n" + f.message()));
      }
    }
    return out;
  }

  /**
   * "3 errors · 12 warnings · 5 advice", with " · 1 analysis off" when an analysis was switched off (or "No findings",
   * or "Analysing…" before the first run is in): the status line and the Findings view's title say this of the same
   * snapshot.
   */
  public static String shortSummary(FindingsSnapshot s) {
    if (s == FindingsSnapshot.EMPTY) {
      return Messages.Summary_Analysing;
    }
    java.util.List<String> parts = new java.util.ArrayList<>();
    if (s.findings().isEmpty()) {
      parts.add(Messages.Summary_NoFindings);
    } else {
      parts.add(dev.wedge.core.text.Plurals.count(s.count(Severity.ERROR), Messages.Summary_Error,
          Messages.Summary_Errors));
      parts.add(dev.wedge.core.text.Plurals.count(s.count(Severity.WARNING), Messages.Summary_Warning,
          Messages.Summary_Warnings));
      parts.add(dev.wedge.core.text.Plurals.count(s.count(Severity.ADVICE), Messages.Summary_AdviceOne,
          Messages.Summary_AdviceOther));
    }
    if (!s.failures().isEmpty()) {
      parts.add(NLS.bind(Messages.Summary_AnalysesOff, dev.wedge.core.text.Plurals.count(s.failures().size(),
          Messages.Summary_Analysis, Messages.Summary_Analyses)));
    }
    return String.join(Messages.Summary_Separator, parts);
  }
}
