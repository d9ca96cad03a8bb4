package dev.wedge.core.testing;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import dev.wedge.core.persistence.LoadedModel;
import dev.wedge.core.persistence.ModelLoadException;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Measurement;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.WedgeFactory;
import dev.wedge.model.WedgePackage;
import dev.wedge.model.resource.WedgeResource;
import dev.wedge.model.resource.WedgeResourceFactory;

/**
 * Kills a process that saves a model over and over (SIGKILL, at a random moment) and checks what is left: the model
 * file and its {@code .bak} each open and are one complete version (never torn, never a mix), and the next save leaves
 * no temporary file behind. The saving process is a plain JVM running {@link #main} with Wedge's persistence on its
 * class path; each version {@code N} has the name "version N" and every measurement's value is {@code N}.
 */
public final class KillDuringSave {

  /** What the kills left. */
  public record Result(int kills, int savesCompletedBeforeKill, int killedWithTemporaryFiles, List<String> problems) {
  }

  private static final int MEASUREMENTS = 2000;

  private KillDuringSave() {
  }

  /** The saving process: {@code KillDuringSave FILE}; prints "saved N" after each save. */
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    WedgeResource r = (WedgeResource) new WedgeResourceFactory().createResource(URI.createFileURI(file.toString()));
    StrategyModel m = WedgeFactory.eINSTANCE.createStrategyModel();
    m.setName("version 0");
    BusinessMetric metric = WedgeFactory.eINSTANCE.createBusinessMetric();
    metric.setName("Time to productivity & more");
    m.getMetrics().add(metric);
    for (int i = 0; i < MEASUREMENTS; i++) {
      Measurement x = WedgeFactory.eINSTANCE.createMeasurement();
      x.setDate(LocalDate.of(2026, 1, 1).plusDays(i % 300));
      x.setSource("HR & Payroll \"monthly\" <extract>");
      metric.getMeasurements().add(x);
    }
    r.getContents().add(m);
    int start = Files.exists(file) ? version(ModelStore.load(file).model()) + 1 : 1;
    for (int v = start;; v++) {
      m.setName("version " + v);
      for (Measurement x : metric.getMeasurements()) {
        x.setValue(v);
      }
      ModelStore.save(r, file);
      System.out.println("saved " + v);
      System.out.flush();
    }
  }

  /** Runs {@code kills} kills in {@code dir}, with the moment of each drawn from {@code seed}. */
  public static Result run(Path dir, int kills, long seed) throws Exception {
    Random random = new Random(seed);
    Path file = dir.resolve("killed.wedge");
    List<String> problems = new ArrayList<>();
    int completed = 0;
    int withTemps = 0;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = classPath();
    for (int k = 0; k < kills; k++) {
      Process p = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", classPath,
          KillDuringSave.class.getName(), file.toString()).redirectErrorStream(true).start();
      BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String first = out.readLine(); // a first save is complete: from here on a kill may land anywhere in a save
      if (first == null || !first.startsWith("saved ")) {
        p.destroyForcibly().waitFor();
        problems.add("the saving process did not start: " + first);
        break;
      }
      java.util.concurrent.atomic.AtomicInteger saves = new java.util.concurrent.atomic.AtomicInteger(1);
      Thread counter = new Thread(() -> {
        try {
          for (String line; (line = out.readLine()) != null;) {
            if (line.startsWith("saved ")) {
              saves.incrementAndGet();
            }
          }
        } catch (IOException closed) {
          saves.get(); // the process was killed: its output ends here
        }
      }, "saves of the process to kill");
      counter.setDaemon(true);
      counter.start();
      Thread.sleep(random.nextInt(120));
      p.destroyForcibly(); // SIGKILL
      counter.join(5000);
      completed += saves.get();
      p.waitFor(10, TimeUnit.SECONDS);
      if (!temporaryFiles(dir).isEmpty()) {
        withTemps++;
      }
      int version = check(file, "the model", problems);
      int backup = check(dir.resolve("killed.wedge.bak"), "its backup", problems);
      if (version >= 0 && backup > version) {
        problems.add("kill " + k + ": the backup (version " + backup + ") is newer than the file (" + version + ")");
      }
      // the next save (a new process would do the same on its first save) removes what the killed one left
      LoadedModel next = ModelStore.load(file);
      ModelStore.save(next.resource(), file);
      Set<Path> left = temporaryFiles(dir);
      if (!left.isEmpty()) {
        problems.add("kill " + k + ": temporary files left after the next save: " + left);
      }
    }
    return new Result(kills, completed, withTemps, problems);
  }

  /** Opens {@code file} and checks it is one whole version; returns the version, or -1 with a problem added. */
  private static int check(Path file, String what, List<String> problems) {
    if (!Files.exists(file)) {
      return -1; // no backup yet: a kill during the very first save
    }
    try {
      StrategyModel m = ModelStore.load(file).model();
      int v = version(m);
      for (Measurement x : m.getMetrics().get(0).getMeasurements()) {
        if (x.getValue() != v) {
          problems.add(what + " mixes versions " + v + " and " + x.getValue());
          return -1;
        }
      }
      if (m.getMetrics().get(0).getMeasurements().size() != MEASUREMENTS) {
        problems.add(what + " has " + m.getMetrics().get(0).getMeasurements().size() + " measurements");
      }
      return v;
    } catch (ModelLoadException | RuntimeException e) {
      problems.add(what + " does not open: " + e.getMessage());
      return -1;
    }
  }

  private static int version(StrategyModel m) {
    return Integer.parseInt(m.getName().substring("version ".length()));
  }

  /** Wedge's temporary files in {@code dir}. */
  public static Set<Path> temporaryFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return new LinkedHashSet<>(s.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList());
    }
  }

  private static Path location(Class<?> c) throws IOException {
    java.security.CodeSource source = c.getProtectionDomain().getCodeSource();
    if (source != null && source.getLocation() != null && "file".equals(source.getLocation().getProtocol())) {
      try {
        return Path.of(source.getLocation().toURI());
      } catch (java.net.URISyntaxException e) {
        throw new IOException(e);
      }
    }
    Bundle b = FrameworkUtil.getBundle(c);
    String location = b.getLocation();
    String path = location.substring(location.indexOf("file:") + "file:".length());
    Path p = Path.of(path);
    return p.isAbsolute() ? p : Path.of(System.getProperty("osgi.install.area", ".").replaceFirst("^file:", ""))
        .resolve(p).normalize();
  }

  /** The class path of Wedge's persistence and EMF, from the bundles this runtime loaded them from. */
  static String classPath() throws IOException {
    Set<String> entries = new LinkedHashSet<>();
    for (Class<?> c : List.of(KillDuringSave.class, ModelStore.class, WedgePackage.class, URI.class,
        org.eclipse.emf.ecore.EObject.class, org.eclipse.emf.ecore.xmi.XMIResource.class)) {
      Path p = location(c);
      if (Files.isDirectory(p) && Files.isDirectory(p.resolve("target/classes"))) {
        p = p.resolve("target/classes"); // a bundle of the build, not packed yet
      }
      entries.add(p.toString());
    }
    return String.join(File.pathSeparator, entries);
  }
}
