package dev.wedge.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.testing.MutationFuzz;

/**
 * 2,000 mutants of the example model (a fixed seed: the same ones every run), each opened with info, and what opens
 * analysed or its evidence computed (in turn), and for one in ten its brief written and the model saved through
 * format, all in this JVM: every command ends with a documented result and refusals are sentences in words. A command that has
 * not finished after a minute counts as a hang (the benchmark {@code FuzzBenchmark} measures how long they take).
 */
class MutationFuzzTest {

  @TempDir
  Path dir;

  @Test
  void twoThousandMutantsOfTheExampleEachOpenOrAreRefusedInWords() throws Exception {
    MutationFuzz.Result r = MutationFuzz.run(BriefTest.EXAMPLE, dir, 2_000, 20261202L, false, 10,
        Duration.ofMinutes(1));
    long[] ms = java.util.Arrays.stream(r.nanos()).map(n -> n / 1_000_000).sorted().toArray();
    java.nio.file.Files.writeString(Path.of("target/mutation-fuzz.txt"), r.mutants() + " mutants: " + r.opened()
        + " opened, " + r.refused() + " refused, " + r.briefs() + " briefs, " + r.problems().size() + " problems;"
        + " per mutant " + ms[ms.length / 2] + " ms median, " + ms[ms.length * 99 / 100] + " ms p99, "
        + ms[ms.length - 1] + " ms at most (this machine, under whatever load it had)\n");
    assertEquals(2_000, r.mutants());
    assertTrue(r.problems().isEmpty(), r.problems().size() + " problems, the first: "
        + r.problems().subList(0, Math.min(5, r.problems().size())));
    assertTrue(r.opened() >= 200 && r.refused() >= 200, "the mutants reach both sides: " + r.opened() + " opened, "
        + r.refused() + " refused");
    assertTrue(r.briefs() >= 20, "briefs written: " + r.briefs());
  }
}
