package dev.wedge.core.session;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;

/** A command stack that asks the session's {@link EditGuard}s before executing a command. */
final class GuardedCommandStack extends BasicCommandStack {

  private final List<EditGuard> guards;
  private final Supplier<ModelSession> session;
  private final List<java.util.function.BiConsumer<ModelSession, String>> refusals = new CopyOnWriteArrayList<>();

  GuardedCommandStack(List<EditGuard> guards, Supplier<ModelSession> session) {
    this.guards = guards;
    this.session = session;
  }

  /** From now on the model differs from its file until it is saved (it was restored from a recovery file). */
  void markUnsaved() {
    saveIndex = -2; // BasicCommandStack: no undo or redo leads back to the saved state
  }

  void onRefusal(java.util.function.BiConsumer<ModelSession, String> listener) {
    refusals.add(listener);
  }

  @Override
  public void execute(Command command) {
    if (command != null && !(command instanceof EditGuard.Deliberate) && session.get() != null) {
      for (EditGuard g : guards) {
        String why = g.refusal(session.get(), command);
        if (why != null) {
          command.dispose();
          for (var l : refusals) {
            l.accept(session.get(), why);
          }
          return;
        }
      }
    }
    super.execute(command);
  }
}
