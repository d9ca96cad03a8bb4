package dev.wedge.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.wedge.core.testing.MutationFuzz;

/**
 * The long mutation-fuzz run: 5,000 mutants of the example (the test suite runs 2,000 with another seed), every
 * one that opens analysed and its evidence computed, one in four also with its brief and a save through format; per-mutant time as median, 99th percentile and
 * maximum, against the time of the unmutated example through the same commands (the floor).
 */
class FuzzBenchmark {

  @Test
  void fiveThousandMutants() throws Exception {
    Path dir = Files.createTempDirectory("wedge-fuzz");
    Path example = Path.of("../../examples/halden-mutual.wedge");
    long t = System.nanoTime();
    MutationFuzz.Result r = MutationFuzz.run(example, dir, 5_000, 42L, true, 4, Duration.ofSeconds(30));
    long seconds = (System.nanoTime() - t) / 1_000_000_000L;
    long[] ms = Arrays.stream(r.nanos()).map(n -> n / 1_000_000).sorted().toArray();
    long base = MutationFuzz.timeOfOriginal(example, dir);
    BenchmarkReport.section("Mutation fuzzing (5,000 mutants of the example, seed 42)",
        "| mutants | opened | refused | briefs | problems | per mutant: median / p99 / max | the example itself | time |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|");
    BenchmarkReport.row(String.format(Locale.ROOT, "| %,d | %,d | %,d | %,d | %d | %d / %d / %d ms | %d ms | %d s |",
        r.mutants(), r.opened(), r.refused(), r.briefs(), r.problems().size(), ms[ms.length / 2],
        ms[(int) (ms.length * 0.99)], ms[ms.length - 1], base, seconds));
    for (String p : r.problems().subList(0, Math.min(20, r.problems().size()))) {
      BenchmarkReport.note("problem: " + p);
    }
    if (!r.problems().isEmpty()) {
      throw new AssertionError(r.problems().size() + " problems, the first: " + r.problems().get(0));
    }
  }
}
