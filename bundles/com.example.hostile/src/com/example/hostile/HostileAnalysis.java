package com.example.hostile;

import dev.wedge.analysis.Analysis;
import dev.wedge.analysis.AnalysisContext;
import dev.wedge.analysis.Dependencies;
import dev.wedge.model.WedgePackage;

/** An analysis that misbehaves the way its subclass says, when the model's name asks for it. */
public abstract class HostileAnalysis implements Analysis {

  private final String what;

  protected HostileAnalysis(String what) {
    this.what = what;
  }

  @Override
  public Dependencies dependencies() {
    return Dependencies.on(WedgePackage.Literals.STRATEGY_MODEL);
  }

  @Override
  public void analyze(AnalysisContext ctx) {
    if (!Misbehaviour.asked(ctx.model().getName(), what)) {
      return;
    }
    if (what.equals("flood")) {
      for (int i = 0; i < 999_999; i++) {
        ctx.report("finding " + i + " of a plug-in that reports far too much", ctx.model());
      }
      return;
    }
    try {
      Misbehaviour.misbehave(what);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public static final class Throws extends HostileAnalysis {
    public Throws() {
      super("throw");
    }
  }

  public static final class Sleeps extends HostileAnalysis {
    public Sleeps() {
      super("sleep");
    }
  }

  public static final class Loops extends HostileAnalysis {
    public Loops() {
      super("loop");
    }
  }

  public static final class Allocates extends HostileAnalysis {
    public Allocates() {
      super("allocate");
    }
  }

  public static final class Exits extends HostileAnalysis {
    public Exits() {
      super("exit");
    }
  }

  public static final class Halts extends HostileAnalysis {
    public Halts() {
      super("halt");
    }
  }

  public static final class Recurses extends HostileAnalysis {
    public Recurses() {
      super("recurse");
    }
  }

  public static final class Floods extends HostileAnalysis {
    public Floods() {
      super("flood");
    }
  }
}
