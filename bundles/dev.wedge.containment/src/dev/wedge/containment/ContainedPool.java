package dev.wedge.containment;

import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.wedge.containment.checkpoint.ContainedThread;
import dev.wedge.containment.internal.Weaver;

/**
 * Runs plug-in code (analyses, brief sections) so that it cannot take Wedge down with it: on threads of its own, with
 * a budget of time and memory per run that checkpoints woven into plug-in classes enforce, stopped for real when it
 * runs over, and, when code cannot be stopped (stuck inside the JDK), its thread abandoned at the lowest priority and
 * replaced, so the pool keeps working. {@code System.exit} and {@code Runtime.halt} in plug-in code are refused.
 */
public final class ContainedPool {

  private static final AtomicInteger THREADS = new AtomicInteger();

  private final String name;
  private final int size;
  private final BlockingQueue<Task<?>> queue = new LinkedBlockingQueue<>();
  private final Set<Worker> workers = ConcurrentHashMap.newKeySet();
  private volatile boolean shutdown;

  /** A pool of {@code size} threads named after {@code name}. */
  public ContainedPool(String name, int size) {
    this.name = name;
    this.size = Math.max(1, size);
    MemoryWatch.start();
  }

  /** Whether plug-in classes are woven with checkpoints in this runtime (else runs can only be abandoned). */
  public static boolean checkpointsWoven() {
    return Weaver.active();
  }

  /** Whether the classes of {@code type}'s bundle were woven. */
  public static boolean contained(Class<?> type) {
    return Weaver.woven(org.osgi.framework.FrameworkUtil.getBundle(type));
  }

  /** Queues {@code body} to run as {@code what} within {@code limits}. */
  public <T> Task<T> submit(String what, Limits limits, Callable<T> body) {
    if (shutdown) {
      throw new IllegalStateException("the pool " + name + " is shut down");
    }
    Task<T> t = new Task<>(what, limits, body);
    queue.add(t);
    synchronized (this) {
      if (workers.size() < size) {
        startWorker();
      }
    }
    return t;
  }

  /**
   * Gives up on {@code task}, which was stopped and did not end: its thread leaves the pool at the lowest priority
   * (it ends by itself when the code returns) and a new one takes its place.
   */
  public void abandon(Task<?> task) {
    task.stop(task.stopped() == null ? "was abandoned" : task.stopped());
    Thread t = task.thread();
    if (t instanceof Worker w && workers.remove(w)) {
      w.abandoned = true;
      w.setPriority(Thread.MIN_PRIORITY);
      w.setName(w.getName() + " (abandoned: " + task.what() + ")");
      synchronized (this) {
        if (!shutdown && !queue.isEmpty()) {
          startWorker();
        }
      }
    }
  }

  /** Stops what runs, drops what waits; the threads end. */
  public void shutdown() {
    shutdown = true;
    for (Task<?> t; (t = queue.poll()) != null;) {
      t.stop("Wedge closed the model");
    }
    for (Worker w : workers) {
      w.interrupt();
    }
    for (Task<?> t : Task.RUNNING) {
      if (t.thread() instanceof Worker w && w.pool == this) {
        t.stop("Wedge closed the model");
      }
    }
  }

  private void startWorker() {
    Worker w = new Worker(this, name + " " + THREADS.incrementAndGet());
    workers.add(w);
    w.start();
  }

  private static final class Worker extends ContainedThread {
    final ContainedPool pool;
    volatile boolean abandoned;

    Worker(ContainedPool pool, String name) {
      super(null, name);
      this.pool = pool;
    }

    @Override
    public void run() {
      try {
        while (!pool.shutdown && !abandoned) {
          Task<?> t = pool.queue.poll(30, TimeUnit.SECONDS);
          if (t == null) {
            synchronized (pool) {
              if (pool.queue.isEmpty()) {
                pool.workers.remove(this); // idle: a new one starts when work comes
                return;
              }
            }
            continue;
          }
          t.runOn(this);
        }
      } catch (InterruptedException e) {
        interrupt(); // shut down
      } finally {
        pool.workers.remove(this);
      }
    }
  }
}
