package dev.wedge.core.tests;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import dev.wedge.core.cli.WedgeCommand;

/** {@code wedge test-fail memory|stack|bug|linkage}: fails the way its argument says. */
public final class FailingCommand implements WedgeCommand {

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    switch (args.get(0)) {
      case "memory" -> {
        List<long[]> hog = new ArrayList<>();
        while (true) {
          hog.add(new long[1 << 20]); // until the heap is full, as a large model or brief would
        }
      }
      case "stack" -> {
        return recurse(0);
      }
      case "linkage" -> throw new NoClassDefFoundError("com/acme/Missing");
      default -> throw new IllegalStateException("the model has no 'com.acme.Thing' (dev.wedge.model.impl.PilotImpl@1a2b3c)");
    }
  }

  private static int recurse(int depth) {
    return recurse(depth + 1) + 1;
  }
}
