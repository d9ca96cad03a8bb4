package dev.wedge.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The exit guard tells code that called System.exit from a signal, by the stacks of the threads. */
class ExitGuardTest {

  private static StackTraceElement frame(String cls, String method) {
    return new StackTraceElement(cls, method, null, -1);
  }

  @Test
  void anExitFromCodeNamesTheCode() {
    StackTraceElement[] exiting = {frame("java.lang.Shutdown", "exit"), frame("java.lang.Runtime", "exit"),
        frame("java.lang.System", "exit"), frame("jdk.internal.reflect.DirectMethodHandleAccessor", "invoke"),
        frame("java.lang.reflect.Method", "invoke"), frame("com.acme.Sneaky", "leave"), frame("java.lang.Thread", "run")};
    assertEquals("com.acme.Sneaky.leave", Failures.exitCaller(Map.of(new Thread(() -> { }), exiting)));
  }

  @Test
  void aSignalIsNotCode() {
    StackTraceElement[] signal = {frame("java.lang.Shutdown", "exit"), frame("java.lang.Terminator$1", "handle"),
        frame("jdk.internal.misc.Signal$1", "run"), frame("java.lang.Thread", "run")};
    assertNull(Failures.exitCaller(Map.of(new Thread(() -> { }), signal)));
  }
}
