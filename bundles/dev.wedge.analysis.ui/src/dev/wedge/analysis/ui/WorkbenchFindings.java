package dev.wedge.analysis.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Display;

import dev.wedge.analysis.Finding;
import dev.wedge.analysis.Severity;
import dev.wedge.analysis.engine.AnalysisEngine;
import dev.wedge.analysis.engine.AnalysisEngines;
import dev.wedge.analysis.engine.FindingsSnapshot;
import dev.wedge.core.session.ModelSession;
import dev.wedge.ui.decorations.ModelDecorations;
import dev.wedge.ui.decorations.ObjectDecorator;

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

  /** One model's latest findings, with an index of the strongest finding per object. */
  private static final class Entry {
    volatile FindingsSnapshot snapshot = FindingsSnapshot.EMPTY;
    volatile Map<EObject, Decoration> index = Map.of();
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
    engine.addListener(snapshot -> {
      entry.snapshot = snapshot;
      entry.index = index(snapshot);
      ModelDecorations.changed(session);
      Display display = Display.getDefault();
      if (!display.isDisposed()) {
        display.asyncExec(() -> listeners.forEach(l -> l.accept(session)));
      }
    });
    session.addListener(new dev.wedge.core.session.ModelSessionListener() {
      @Override
      public void disposed(ModelSession s) {
        entries.remove(s);
      }
    });
    if (engine.snapshot() != FindingsSnapshot.EMPTY) {
      entry.snapshot = engine.snapshot();
      entry.index = index(entry.snapshot);
    }
  }

  public FindingsSnapshot snapshotOf(ModelSession session) {
    Entry e = session == null ? null : entries.get(session);
    return e == null ? FindingsSnapshot.EMPTY : e.snapshot;
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
    Decoration d = e.index.get(object);
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

  /** "3 errors · 12 warnings · 5 advice" (or "no findings"). */
  public static String shortSummary(FindingsSnapshot s) {
    if (s.findings().isEmpty()) {
      return s.failures().isEmpty() ? "No findings"
          : dev.wedge.core.text.Plurals.count(s.failures().size(), "analysis", "analyses") + " failed";
    }
    return dev.wedge.core.text.Plurals.count(s.count(Severity.ERROR), "error", "errors") + " \u00b7 "
        + dev.wedge.core.text.Plurals.count(s.count(Severity.WARNING), "warning", "warnings") + " \u00b7 "
        + s.count(Severity.ADVICE) + " advice";
  }
}
