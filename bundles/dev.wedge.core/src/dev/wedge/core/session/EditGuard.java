package dev.wedge.core.session;

import org.eclipse.emf.common.command.Command;

/**
 * A rule every edit of a model must pass, whichever editor or view makes it (the generic tree, the Properties view,
 * a plug-in): the session's command stack asks each guard before executing a command, and a refused command is
 * not executed; the sentence is shown to the user.
 */
@FunctionalInterface
public interface EditGuard {

  /** Null when {@code command} may run, else why not, as one sentence. */
  String refusal(ModelSession session, Command command);

  /** Commands that deliberately do what guards would refuse (a recorded re-baseline) implement this. */
  interface Deliberate {
  }
}
