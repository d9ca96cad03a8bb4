package dev.wedge.containment.checkpoint;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Bytes allocated by a thread so far, from the JDK's {@code com.sun.management.ThreadMXBean} (HotSpot and OpenJ9 have
 * it); -1 where the JVM does not count them.
 */
public final class Allocation {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final MethodHandle CURRENT;
  private static final MethodHandle OF_THREAD;

  static {
    MethodHandle current = null;
    MethodHandle ofThread = null;
    try {
      Class<?> sun = Class.forName("com.sun.management.ThreadMXBean", false, ClassLoader.getPlatformClassLoader());
      if (sun.isInstance(THREADS)) {
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        current = lookup.findVirtual(sun, "getCurrentThreadAllocatedBytes", MethodType.methodType(long.class))
            .bindTo(THREADS);
        ofThread = lookup.findVirtual(sun, "getThreadAllocatedBytes", MethodType.methodType(long.class, long.class))
            .bindTo(THREADS);
        sun.getMethod("setThreadAllocatedMemoryEnabled", boolean.class).invoke(THREADS, true);
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      current = null; // not counted on this JVM: limits on time and exits still hold
      ofThread = null;
    }
    CURRENT = current;
    OF_THREAD = ofThread;
  }

  private Allocation() {
  }

  /** Whether this JVM counts allocation per thread. */
  public static boolean counted() {
    return CURRENT != null;
  }

  /** Bytes the calling thread allocated since it started, or -1. */
  public static long currentThread() {
    if (CURRENT == null) {
      return -1;
    }
    try {
      return (long) CURRENT.invokeExact();
    } catch (Throwable e) { // invokeExact declares Throwable; the method itself throws nothing
      return -1;
    }
  }

  /** Bytes {@code t} allocated since it started, or -1. */
  public static long of(Thread t) {
    if (OF_THREAD == null) {
      return -1;
    }
    try {
      return (long) OF_THREAD.invokeExact(t.threadId());
    } catch (Throwable e) {
      return -1;
    }
  }
}
