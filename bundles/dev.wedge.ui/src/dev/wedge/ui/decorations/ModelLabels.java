package dev.wedge.ui.decorations;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import dev.wedge.core.session.ModelSession;

/**
 * Words a plug-in adds beside a model's name in the Models view, such as its repository status
 * ({@code [main: 1 ahead, modified]}). Each source is asked once per model until {@link #changed} says its words may
 * have changed; the view then shows them anew.
 */
public final class ModelLabels {

  private static final List<Function<ModelSession, String>> SOURCES = new CopyOnWriteArrayList<>();
  private static final Map<ModelSession, String> CACHE = new ConcurrentHashMap<>();
  private static final List<java.util.function.Consumer<ModelSession>> LISTENERS = new CopyOnWriteArrayList<>();

  private ModelLabels() {
  }

  /** Adds a source of words: it returns them for a model, or null for none. */
  public static void register(Function<ModelSession, String> source) {
    SOURCES.add(source);
    changed(null);
  }

  public static void unregister(Function<ModelSession, String> source) {
    SOURCES.remove(source);
    changed(null);
  }

  /** The words every source adds for {@code session} (empty for none), each after two spaces. */
  public static String suffixOf(ModelSession session) {
    return CACHE.computeIfAbsent(session, s -> {
      StringBuilder b = new StringBuilder();
      for (Function<ModelSession, String> source : SOURCES) {
        String w = source.apply(s);
        if (w != null && !w.isBlank()) {
          b.append("  ").append(w);
        }
      }
      return b.toString();
    });
  }

  /**
   * The words for {@code session} (null: every model) may have changed: the Models view asks again and repaints that
   * model's row alone (not every row of every viewer, as a change of all decorations would).
   */
  public static void changed(ModelSession session) {
    if (session == null) {
      CACHE.clear();
    } else {
      CACHE.remove(session);
    }
    LISTENERS.forEach(l -> l.accept(session));
  }

  /** Told (on any thread) that a model's words may have changed; null: every model's. */
  public static void addListener(java.util.function.Consumer<ModelSession> listener) {
    LISTENERS.add(listener);
  }

  public static void removeListener(java.util.function.Consumer<ModelSession> listener) {
    LISTENERS.remove(listener);
  }
}
