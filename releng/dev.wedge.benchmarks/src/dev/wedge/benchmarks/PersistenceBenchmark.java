package dev.wedge.benchmarks;

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
import dev.wedge.model.StrategyModel;
import dev.wedge.model.resource.WedgeResource;
import dev.wedge.model.resource.WedgeResourceFactory;

/**
 * Load and save of synthetic models of 1k, 10k and 100k objects. Target: 100k objects load in under 2x a plain SAX
 * parse of the same file, in under 300 MB of heap.
 */
class PersistenceBenchmark {

  @Test
  void loadAndSave() throws Exception {
    BenchmarkReport.section("Load and save (ModelStore)",
        "| objects | file | SAX parse | load | load / SAX | save (atomic, .bak) | heap retained | heap peak during load |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|");
    Path dir = Files.createTempDirectory("wedge-bench");
    for (int size : new int[] {1_000, 10_000, 100_000}) {
      StrategyModel model = SyntheticModels.ofSize(size, 42);
      int objects = SyntheticModels.count(model);
      Path file = dir.resolve("synthetic-" + size + ".wedge");
      WedgeResource resource = (WedgeResource) new WedgeResourceFactory()
          .createResource(URI.createFileURI(file.toString()));
      resource.getContents().add(model);
      int runs = size >= 100_000 ? 11 : 21;
      double save = BenchmarkReport.medianMillis(2, runs, () -> {
        long t = System.nanoTime();
        try {
          ModelStore.save(resource, file);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        return System.nanoTime() - t;
      });
      resource.unload();
      SAXParserFactory spf = SAXParserFactory.newInstance();
      spf.setNamespaceAware(true);
      double sax = BenchmarkReport.bestMillis(3, runs, () -> {
        long t = System.nanoTime();
        try (InputStream in = Files.newInputStream(file)) {
          SAXParser parser = spf.newSAXParser();
          parser.parse(in, new DefaultHandler());
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        return System.nanoTime() - t;
      });
      double load = BenchmarkReport.bestMillis(3, runs, () -> {
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
      });
      // heap: retained by a loaded model (after GC), and the peak while loading
      System.gc();
      long before = usedHeap();
      resetPeaks();
      LoadedModel loaded = ModelStore.load(file);
      long peak = peakHeap();
      System.gc();
      long retained = usedHeap() - before;
      if (loaded.model() == null) {
        throw new IllegalStateException("no model");
      }
      BenchmarkReport.row(String.format("| %,d | %.1f MB | %.0f ms | %.0f ms | %.2f | %.0f ms | %.0f MB | %.0f MB |",
          objects, Files.size(file) / 1e6, sax, load, load / sax, save, retained / 1e6, peak / 1e6));
      loaded.resource().unload();
    }
    BenchmarkReport.note("SAX and load: best of 11-21 runs after warm-up (the least noisy estimate on a shared machine); save: median; heap peak is the JVM's peak heap use while"
        + " one load ran (it includes garbage not yet collected).");
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
