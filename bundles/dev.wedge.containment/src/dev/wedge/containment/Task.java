package dev.wedge.containment;

import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.wedge.containment.checkpoint.Budget;
import dev.wedge.containment.checkpoint.ContainedThread;

/** One run of plug-in code in a {@link ContainedPool}. */
public final class Task<T> {

  static final Set<Task<?>> RUNNING = ConcurrentHashMap.newKeySet();

  private final String what;
  private final Limits limits;
  private final Callable<T> body;
  private final CountDownLatch done = new CountDownLatch(1);
  private volatile long startNanos = -1;
  private volatile Thread thread;
  private volatile Budget budget;
  private volatile String stopRequested;
  private T value;
  private Throwable failure;

  Task(String what, Limits limits, Callable<T> body) {
    this.what = what;
    this.limits = limits;
    this.body = body;
  }

  void runOn(ContainedThread worker) {
    Budget b = new Budget(limits.millis(), limits.bytes());
    budget = b;
    thread = worker;
    String early = stopRequested;
    if (early != null) {
      b.stop(early);
    }
    startNanos = System.nanoTime();
    worker.budget(b);
    RUNNING.add(this);
    try {
      value = body.call();
    } catch (Throwable e) { // everything plug-in code can throw is its failure, reported by who runs it
      failure = e;
    } finally {
      worker.budget(null);
      RUNNING.remove(this);
      thread = null;
      Thread.interrupted(); // a stop's interrupt must not reach the next task of this thread
      done.countDown();
    }
  }

  /** What runs ("the analysis 'X' of plug-in Y"). */
  public String what() {
    return what;
  }

  /** Waits up to {@code millis} for the run to end; true when it has. */
  public boolean await(long millis) throws InterruptedException {
    return done.await(millis, TimeUnit.MILLISECONDS);
  }

  public boolean isDone() {
    return done.getCount() == 0;
  }

  /** Whether the run has begun (it may wait in the pool's queue first). */
  public boolean started() {
    return startNanos >= 0;
  }

  /** Time since the run began, 0 before. */
  public long elapsedMillis() {
    long s = startNanos;
    return s < 0 ? 0 : (System.nanoTime() - s) / 1_000_000;
  }

  /**
   * Stops the run: its next checkpoint throws (plug-in code is woven with them), and its thread is interrupted (for
   * code waiting in the JDK). Before it begins, it will not begin.
   */
  public void stop(String why) {
    if (stopRequested == null) {
      stopRequested = why;
    }
    Budget b = budget;
    if (b != null) {
      b.stop(why);
    }
    Thread t = thread;
    if (t != null) {
      t.interrupt();
    }
  }

  /** Why it was stopped (by {@link #stop} or by its own budget), or null. */
  public String stopped() {
    Budget b = budget;
    return b != null && b.stopped() != null ? b.stopped() : stopRequested;
  }

  /** Bytes its thread allocated during the run, or -1. */
  public long allocated() {
    Budget b = budget;
    Thread t = thread;
    return b == null || t == null ? -1 : b.allocatedBy(t);
  }

  /** The thread running it, or null. */
  Thread thread() {
    return thread;
  }

  /** The result, once done (null on failure). */
  public T value() {
    return value;
  }

  /** What it threw, once done (null on success). */
  public Throwable failure() {
    return failure;
  }
}
