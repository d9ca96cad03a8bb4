package dev.wedge.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.wedge.core.testing.KillDuringSave;

/**
 * 200 kills (SIGKILL) of a process that saves a 2,000-measurement model over and over, at random moments: what is
 * left must always open as one whole version, the backup too, and the next save must leave no temporary file. The
 * test suite does 20 of these; this is the long run.
 */
class KillDuringSaveBenchmark {

  @Test
  void killTwoHundredTimes() throws Exception {
    Path dir = Files.createTempDirectory("wedge-kill");
    long t = System.nanoTime();
    KillDuringSave.Result r = KillDuringSave.run(dir, 200, 42);
    long seconds = (System.nanoTime() - t) / 1_000_000_000L;
    BenchmarkReport.section("Kill during save (SIGKILL at random moments)",
        "| kills | saves completed between kills | kills that left temporary files | torn or mixed files, bad backups, files left after the next save | time |",
        "|---:|---:|---:|---:|---:|");
    BenchmarkReport.row("| " + r.kills() + " | " + r.savesCompletedBeforeKill() + " | " + r.killedWithTemporaryFiles()
        + " | " + r.problems().size() + " | " + seconds + " s |");
    for (String p : r.problems()) {
      BenchmarkReport.note("problem: " + p);
    }
    if (!r.problems().isEmpty()) {
      throw new AssertionError(r.problems().size() + " problems after kills: " + r.problems().get(0));
    }
  }
}
