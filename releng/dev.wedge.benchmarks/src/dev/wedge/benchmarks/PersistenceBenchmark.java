package dev.wedge.benchmarks;

import java.io.FileOutputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.xml.sax.helpers.DefaultHandler;

import dev.wedge.core.persistence.LoadedModel;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.core.testing.SyntheticModels;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.resource.WedgeResource;
import dev.wedge.model.resource.WedgeResourceFactory;

/**
 * Load and save of synthetic models of 100k and 1M objects, each against its floor measured in the same JVM, run by
 * run: load against a plain SAX parse of the same bytes, save (atomic: temporary file, fsync, .bak, rename, directory
 * fsync) against writing the same bytes with a FileOutputStream and one fsync. Targets: load at most 2x SAX, save at
 * most 3x write+fsync, load growing linearly (exponent at most 1.05 from 100k to 1M), retained heap at most 2.5x the
 * file.
 */
class PersistenceBenchmark {

  private static final int RUNS = 7;

  @Test
  void loadAndSave() throws Exception {
    BenchmarkReport.section("Load and save (ModelStore) against their floors, alternating in one JVM",
        "| objects | file | SAX parse | load | load / SAX | write + fsync | save (atomic, .bak) | save / write |"
            + " heap retained / file |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    Path dir = Files.createTempDirectory("wedge-bench");
    double[] loadMedian = new double[2];
    int[] objectCount = new int[2];
    int k = 0;
    for (int size : new int[] {100_000, 1_000_000}) {
      StrategyModel model = SyntheticModels.ofSize(size, 42);
      int objects = SyntheticModels.count(model);
      Path file = dir.resolve("synthetic-" + size + ".wedge");
      WedgeResource resource = (WedgeResource) new WedgeResourceFactory()
          .createResource(URI.createFileURI(file.toString()));
      resource.getContents().add(model);
      ModelStore.save(resource, file);
      byte[] bytes = Files.readAllBytes(file);
      Path floorFile = dir.resolve("floor-" + size + ".xml");
      SAXParserFactory spf = SAXParserFactory.newInstance();
      spf.setNamespaceAware(true);

      Runs sax = new Runs("SAX");
      Runs load = new Runs("load");
      Runs write = new Runs("write+fsync");
      Runs save = new Runs("save");
      for (int run = -1; run < RUNS; run++) { // run -1 warms up every path
        boolean measured = run >= 0;
        // alternate which goes first, so a drift of the machine falls on both sides
        if (run % 2 == 0) {
          sax.add(measured, saxParse(spf, file));
          load.add(measured, load(file));
        } else {
          load.add(measured, load(file));
          sax.add(measured, saxParse(spf, file));
        }
        if (run % 2 == 0) {
          write.add(measured, writeAndSync(floorFile, bytes));
          save.add(measured, save(resource, file));
        } else {
          save.add(measured, save(resource, file));
          write.add(measured, writeAndSync(floorFile, bytes));
        }
      }
      resource.unload();

      System.gc();
      long before = usedHeap();
      LoadedModel loaded = ModelStore.load(file);
      System.gc();
      long retained = usedHeap() - before;
      if (loaded.model() == null) {
        throw new IllegalStateException("no model");
      }
      loaded.resource().unload();

      BenchmarkReport.row(String.format("| %,d | %.1f MB | %s | %s | %s | %s | %s | %s | %.2f |", objects,
          bytes.length / 1e6, sax.median(), load.median(), load.ratioTo(sax), write.median(), save.median(),
          save.ratioTo(write), retained / (double) bytes.length));
      loadMedian[k] = load.medianMillis();
      objectCount[k] = objects;
      k++;
    }
    double exponent = Math.log(loadMedian[1] / loadMedian[0]) / Math.log((double) objectCount[1] / objectCount[0]);
    BenchmarkReport.note(String.format("Medians of %d runs after one warm-up, with the range (min\u2013max); a ratio is"
        + " the median of the run-by-run ratios, with their range. Wedge and its floor alternate in the same JVM."
        + " Load grows with exponent %.2f from %,d to %,d objects. Heap retained: after a GC, by one loaded model.",
        RUNS, exponent, objectCount[0], objectCount[1]));
  }

  private static long saxParse(SAXParserFactory spf, Path file) {
    long t = System.nanoTime();
    try (InputStream in = Files.newInputStream(file)) {
      SAXParser parser = spf.newSAXParser();
      parser.parse(in, new DefaultHandler());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return System.nanoTime() - t;
  }

  private static long load(Path file) {
    long t = System.nanoTime();
    LoadedModel m;
    try {
      m = ModelStore.load(file);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    long elapsed = System.nanoTime() - t;
    m.resource().unload(); // not part of the load time
    return elapsed;
  }

  private static long writeAndSync(Path file, byte[] bytes) {
    long t = System.nanoTime();
    try (FileOutputStream out = new FileOutputStream(file.toFile())) {
      out.write(bytes);
      out.getFD().sync();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return System.nanoTime() - t;
  }

  private static long save(WedgeResource resource, Path file) {
    long t = System.nanoTime();
    try {
      ModelStore.save(resource, file);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return System.nanoTime() - t;
  }

  /** The times of one measurement, run by run. */
  static final class Runs {
    final String name;
    final java.util.List<Long> nanos = new java.util.ArrayList<>();

    Runs(String name) {
      this.name = name;
    }

    void add(boolean measured, long t) {
      if (measured) {
        nanos.add(t);
      }
    }

    double medianMillis() {
      return BenchmarkReport.median(nanos.stream().mapToDouble(n -> n / 1e6).toArray());
    }

    /** "418 ms (401–455)". */
    String median() {
      double[] ms = nanos.stream().mapToDouble(n -> n / 1e6).sorted().toArray();
      return String.format("%.0f ms (%.0f\u2013%.0f)", BenchmarkReport.median(ms), ms[0], ms[ms.length - 1]);
    }

    /** The median of the run-by-run ratios and their range: "1.92\u00d7 (1.80\u20132.10)". */
    String ratioTo(Runs floor) {
      double[] r = new double[nanos.size()];
      for (int i = 0; i < r.length; i++) {
        r[i] = nanos.get(i) / (double) floor.nanos.get(i);
      }
      java.util.Arrays.sort(r);
      return String.format("%.2f\u00d7 (%.2f\u2013%.2f)", BenchmarkReport.median(r), r[0], r[r.length - 1]);
    }
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
