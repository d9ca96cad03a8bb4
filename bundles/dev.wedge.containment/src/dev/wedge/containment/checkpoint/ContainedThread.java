package dev.wedge.containment.checkpoint;

/**
 * A thread that runs plug-in code under a {@link Budget}. Checkpoints woven into plug-in classes look at the budget of
 * the thread they run on; on any other thread they cost one type check and do nothing.
 */
public class ContainedThread extends Thread {

  volatile Budget budget;

  public ContainedThread(Runnable r, String name) {
    super(r, name);
    setDaemon(true);
  }

  /** Runs the code that follows under {@code b} (null: no limits). */
  public void budget(Budget b) {
    budget = b;
  }

  public Budget budget() {
    return budget;
  }
}
