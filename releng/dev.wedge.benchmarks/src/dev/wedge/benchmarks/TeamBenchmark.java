package dev.wedge.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.LongSupplier;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import dev.wedge.core.cli.WedgeApplication;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.core.testing.SyntheticModels;
import dev.wedge.model.BusinessGoal;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Identified;
import dev.wedge.model.Named;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.WedgeFactory;
import dev.wedge.team.merge.MergeResult;
import dev.wedge.team.merge.ModelDiff;
import dev.wedge.team.merge.ModelMerge;

/**
 * Diff and three-way merge of synthetic models of 10k and 100k objects, two versions that each changed 1% of the
 * objects' names or notes, added 100 objects and removed 50, with 10 fields changed by both (10 conflicts). Target:
 * diff and merge of 100k objects in under 1 s each. The floor is a copy of the model (EcoreUtil.copy: every object
 * visited and created once), measured in the same run.
 */
class TeamBenchmark {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  @Test
  void diffAndMerge() throws Exception {
    BenchmarkReport.section("Team sharing: diff and merge (ModelDiff, ModelMerge; wedge diff, wedge merge)",
        "| objects | copy (floor) | diff | diff / floor | merge | merge / floor | conflicts | wedge diff A B (files)"
            + " | wedge merge (files) |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    Path dir = Files.createTempDirectory("wedge-team-bench");
    for (int size : new int[] {10_000, 100_000}) {
      StrategyModel base = SyntheticModels.ofSize(size, 42);
      int n = 0;
      for (var it = base.eAllContents(); it.hasNext();) {
        if (it.next() instanceof Identified i) {
          i.setId("o" + n++);
        }
      }
      base.setId("synthetic");
      int objects = SyntheticModels.count(base);
      StrategyModel ours = EcoreUtil.copy(base);
      StrategyModel theirs = EcoreUtil.copy(base);
      edit(ours, new Random(1), "ours");
      edit(theirs, new Random(2), "theirs");
      List<EObject> oursNamed = named(ours);
      List<EObject> theirsNamed = named(theirs);
      for (int i = 0; i < 10; i++) { // the same fields, changed differently: conflicts
        ((Named) oursNamed.get(i * 97)).setName("both, ours " + i);
        ((Named) theirsNamed.get(i * 97)).setName("both, theirs " + i);
      }
      int runs = size >= 100_000 ? 11 : 21;
      long[] copy = times(2, runs, () -> {
        long t = System.nanoTime();
        EcoreUtil.copy(base);
        return System.nanoTime() - t;
      });
      long[] diff = times(2, runs, () -> {
        long t = System.nanoTime();
        ModelDiff.of(base, ours);
        return System.nanoTime() - t;
      });
      int[] conflicts = new int[1];
      long[] merge = times(2, runs, () -> {
        long t = System.nanoTime();
        MergeResult r = ModelMerge.merge(base, ours, theirs, Map.of(), TODAY);
        long elapsed = System.nanoTime() - t;
        conflicts[0] = r.conflicts().size();
        return elapsed;
      });
      // the commands on files, as Git runs them: three loads, the merge, one save
      Path b = save(base, dir.resolve("base-" + size + ".wedge"));
      Path o = save(ours, dir.resolve("ours-" + size + ".wedge"));
      Path th = save(theirs, dir.resolve("theirs-" + size + ".wedge"));
      Path out = dir.resolve("merged-" + size + ".wedge");
      long[] diffCmd = times(1, 5, () -> command("diff", b.toString(), o.toString()));
      long[] mergeCmd = times(1, 5, () -> command("merge", b.toString(), o.toString(), th.toString(), "-o",
          out.toString(), "--today", "2026-12-02"));
      BenchmarkReport.row(String.format("| %,d | %s | %s | %.1f | %s | %.1f | %d | %s | %s |", objects, ms(copy),
          ms(diff), median(diff) / median(copy), ms(merge), median(merge) / median(copy), conflicts[0], ms(diffCmd),
          ms(mergeCmd)));
    }
    BenchmarkReport.note("Medians with the range (min-max) of 11-21 runs after 2 warm-ups (5 runs after 1 for the"
        + " commands, which include loading the files, one load for diff's second file and three for merge, and"
        + " writing the result atomically). In-memory diff and merge are the figures the target is about; loading"
        + " and saving are measured under \"Load and save\".");
  }

  private static void edit(StrategyModel m, Random r, String side) {
    List<EObject> named = named(m);
    for (int i = 0; i < named.size() / 100; i++) {
      Named x = (Named) named.get(r.nextInt(named.size()));
      x.setDescription(side + " note " + i);
    }
    for (int i = 0; i < 100; i++) {
      BusinessGoal g = WedgeFactory.eINSTANCE.createBusinessGoal();
      g.setId(side + "-goal-" + i);
      g.setName("Goal added by " + side + " " + i);
      m.getGoals().add(g);
    }
    BusinessMetric metric = m.getMetrics().get(r.nextInt(m.getMetrics().size()));
    for (int i = 0; i < 50 && !metric.getMeasurements().isEmpty(); i++) {
      metric.getMeasurements().remove(metric.getMeasurements().size() - 1);
    }
  }

  private static List<EObject> named(StrategyModel m) {
    List<EObject> out = new ArrayList<>();
    for (var it = m.eAllContents(); it.hasNext();) {
      EObject o = it.next();
      if (o instanceof Named) {
        out.add(o);
      }
    }
    return out;
  }

  private static Path save(StrategyModel m, Path file) throws Exception {
    Resource r = ModelStore.newResourceSet().createResource(URI.createFileURI(file.toString()));
    r.getContents().add(m);
    ModelStore.save(r, file);
    return file;
  }

  private static long command(String... args) {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintStream p = new PrintStream(sink, true, StandardCharsets.UTF_8);
    long t = System.nanoTime();
    int rc = WedgeApplication.run(List.of(args), p, p);
    long elapsed = System.nanoTime() - t;
    if (rc > 1) {
      throw new IllegalStateException("wedge " + args[0] + " failed (" + rc + "): " + sink);
    }
    return elapsed;
  }

  private static long[] times(int warmups, int runs, LongSupplier run) {
    for (int i = 0; i < warmups; i++) {
      run.getAsLong();
    }
    long[] t = new long[runs];
    for (int i = 0; i < runs; i++) {
      t[i] = run.getAsLong();
    }
    Arrays.sort(t);
    return t;
  }

  private static double median(long[] sorted) {
    return sorted[sorted.length / 2] / 1e6;
  }

  private static String ms(long[] sorted) {
    return String.format("%.0f ms (%.0f-%.0f)", median(sorted), sorted[0] / 1e6, sorted[sorted.length - 1] / 1e6);
  }
}
