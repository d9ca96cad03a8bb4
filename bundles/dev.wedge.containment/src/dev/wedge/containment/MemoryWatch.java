package dev.wedge.containment;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

import javax.management.NotificationEmitter;

/**
 * The second line against plug-in code that hoards memory: when the heap is still more than 85% full after a garbage
 * collection, the running contained task that allocated the most is stopped ("used too much memory").
 */
final class MemoryWatch {

  static final double THRESHOLD = 0.85;
  private static boolean started;

  private MemoryWatch() {
  }

  static synchronized void start() {
    if (started) {
      return;
    }
    started = true;
    boolean any = false;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported()
          && pool.getUsage().getMax() > 0) {
        pool.setCollectionUsageThreshold((long) (pool.getUsage().getMax() * THRESHOLD));
        any = true;
      }
    }
    if (any && ManagementFactory.getMemoryMXBean() instanceof NotificationEmitter emitter) {
      emitter.addNotificationListener((n, handback) -> {
        if (MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(n.getType())) {
          stopTheHungriest();
        }
      }, null, null);
    }
  }

  static void stopTheHungriest() {
    Task<?> hungriest = null;
    long most = -1;
    for (Task<?> t : Task.RUNNING) {
      long a = t.allocated();
      if (a > most) {
        most = a;
        hungriest = t;
      }
    }
    if (hungriest != null) {
      hungriest.stop("used too much memory (the heap stayed more than " + Math.round(THRESHOLD * 100)
          + "% full" + (most > 0 ? String.format(Locale.ROOT, "; it had allocated %,d MB", most >> 20) : "") + ")");
    }
  }
}
