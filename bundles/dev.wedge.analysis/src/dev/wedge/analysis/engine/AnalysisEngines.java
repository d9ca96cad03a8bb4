package dev.wedge.analysis.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import dev.wedge.analysis.AnalysisRegistry;
import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessionListener;

/** One analysis engine per open model session, started on demand and disposed with the session. */
public final class AnalysisEngines {

  private static final Map<ModelSession, AnalysisEngine> ENGINES = new LinkedHashMap<>();
  private static final List<Consumer<AnalysisEngine>> CREATED = new CopyOnWriteArrayList<>();
  private static AnalysisRegistry registry;

  private AnalysisEngines() {
  }

  /** The session's engine, created and started if needed (call on the thread that edits the model). */
  public static synchronized AnalysisEngine of(ModelSession session) {
    AnalysisEngine engine = ENGINES.get(session);
    if (engine == null) {
      engine = new AnalysisEngine(session.getModel(), registry());
      ENGINES.put(session, engine);
      AnalysisEngine created = engine;
      session.addListener(new ModelSessionListener() {
        @Override
        public void disposed(ModelSession s) {
          synchronized (AnalysisEngines.class) {
            ENGINES.remove(s);
          }
          created.dispose();
        }
      });
      engine.start();
      for (Consumer<AnalysisEngine> c : CREATED) {
        c.accept(engine);
      }
    }
    return engine;
  }

  public static synchronized Optional<AnalysisEngine> existing(ModelSession session) {
    return Optional.ofNullable(ENGINES.get(session));
  }

  /** The analyses installed (read once). */
  public static synchronized AnalysisRegistry registry() {
    if (registry == null) {
      registry = AnalysisRegistry.installed();
    }
    return registry;
  }

  /** Tells every engine that the analysis preferences changed. */
  public static synchronized void preferencesChanged() {
    ENGINES.values().forEach(AnalysisEngine::preferencesChanged);
  }

  public static void onCreated(Consumer<AnalysisEngine> listener) {
    CREATED.add(listener);
  }
}
