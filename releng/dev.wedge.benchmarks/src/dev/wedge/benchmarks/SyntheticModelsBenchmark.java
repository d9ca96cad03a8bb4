package dev.wedge.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.wedge.core.testing.SyntheticModels;
import dev.wedge.model.StrategyModel;

/** The generator makes models of the size asked for (run with the benchmarks). */
class SyntheticModelsBenchmark {

  @Test
  void sizesAreAsAskedFor() {
    for (int size : new int[] {1_000, 10_000}) {
      StrategyModel m = SyntheticModels.ofSize(size, 1);
      int n = SyntheticModels.count(m);
      assertTrue(n > size * 0.8 && n < size * 1.3, size + " -> " + n);
    }
    assertTrue(SyntheticModels.withInitiatives(10_000, 1).getInitiatives().size() == 10_000);
  }
}
