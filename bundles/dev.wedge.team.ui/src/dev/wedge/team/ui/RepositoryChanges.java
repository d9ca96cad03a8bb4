package dev.wedge.team.ui;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

import dev.wedge.core.session.ModelSession;

/**
 * Told when a Team command (commit, pull, push, share…) has run on a model's repository, so what shows the model's
 * history or pre-registration reads it again.
 */
final class RepositoryChanges {

  private static final Set<Consumer<ModelSession>> LISTENERS = new CopyOnWriteArraySet<>();

  private RepositoryChanges() {
  }

  static void add(Consumer<ModelSession> l) {
    LISTENERS.add(l);
  }

  static void remove(Consumer<ModelSession> l) {
    LISTENERS.remove(l);
  }

  /** The repository of {@code session}'s model changed (in the UI thread). */
  static void fire(ModelSession session) {
    LISTENERS.forEach(l -> l.accept(session));
  }
}
