package dev.wedge.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Headless EMF code generation for Wedge's shared model.
 *
 * <pre>
 * EmfGen check      &lt;repoRoot&gt; &lt;workDir&gt;   fail when the committed generated files differ from a fresh generation
 * EmfGen regenerate &lt;repoRoot&gt; &lt;workDir&gt;   rewrite the committed generated files
 * </pre>
 *
 * The generator runs on a copy of the committed files (so {@code @generated NOT} members are merged, not lost)
 * and only the generated parts are compared or copied back: each project's {@code src-gen/} and, for the edit
 * project, {@code plugin.properties} and {@code icons/}. Manifests and plugin.xml are hand-written.
 */
public final class EmfGen {

  private static final String GENMODEL = "bundles/dev.wedge.model/model/wedge.genmodel";
  private static final String ECORE = "wedge.ecore";
  /** Workspace project name to the generated paths (relative to the project) that are committed. */
  private static final Map<String, List<String>> GENERATED = Map.of(
      "model", List.of("wedge.genmodel"),
      "dev.wedge.model", List.of("src-gen"),
      "dev.wedge.model.edit", List.of("src-gen", "plugin.properties", "icons"));

  private EmfGen() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 3 || !(args[0].equals("check") || args[0].equals("regenerate"))) {
      System.err.println("usage: EmfGen check|regenerate <repoRoot> <workDir>");
      System.exit(2);
    }
    long start = System.nanoTime();
    Path root = Path.of(args[1]).toAbsolutePath().normalize();
    Path work = Path.of(args[2]).toAbsolutePath().normalize();
    deleteTree(work);
    for (Map.Entry<String, List<String>> project : GENERATED.entrySet()) {
      for (String part : project.getValue()) {
        if (!project.getKey().equals("model")) {
          copy(committedPath(root, project.getKey(), part), work.resolve(project.getKey()).resolve(part));
        }
      }
    }
    GenModel genModel = reload(root.resolve(GENMODEL), work);
    if (!generate(genModel, work)) {
      System.err.println("EMF generation failed (see the diagnostics above)");
      System.exit(1);
    }
    List<String> changed = new ArrayList<>();
    for (Map.Entry<String, List<String>> project : GENERATED.entrySet()) {
      for (String part : project.getValue()) {
        Path committed = committedPath(root, project.getKey(), part);
        Path fresh = work.resolve(project.getKey()).resolve(part);
        changed.addAll(differences(committed, fresh, root));
        if (args[0].equals("regenerate")) {
          deleteTree(committed);
          copy(fresh, committed);
        }
      }
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    if (args[0].equals("check")) {
      if (!changed.isEmpty()) {
        System.err.println("Generated EMF code is out of date with model/wedge.ecore and wedge.genmodel:");
        changed.forEach(f -> System.err.println("  " + f));
        System.err.println("Run ./releng/regenerate-model to regenerate (see docs/codegen.md); never edit src-gen by hand"
            + " outside @generated NOT.");
        System.exit(1);
      }
      System.out.println("EMF generated code is in sync with the model (" + ms + " ms)");
    } else {
      System.out.println("Regenerated in " + ms + " ms; " + changed.size() + " file(s) changed");
      changed.forEach(f -> System.out.println("  " + f));
    }
  }

  /**
   * What the IDE's "Reload" does: a genmodel freshly initialized from the .ecore, with every setting of the
   * committed genmodel carried over (new classes and features get defaults, removed ones disappear). Written
   * to {@code work/model/wedge.genmodel}; the first run, with no genmodel yet, sets Wedge's defaults.
   */
  private static GenModel reload(Path genModelFile, Path work) throws IOException {
    EcorePackage.eINSTANCE.eClass();
    GenModelPackage.eINSTANCE.eClass();
    ResourceSet rs = new ResourceSetImpl();
    rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
    rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl());
    rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("fresh", new EcoreResourceFactoryImpl());
    URI genUri = URI.createFileURI(genModelFile.toString());
    Resource ecore = rs.getResource(URI.createFileURI(genModelFile.resolveSibling(ECORE).toString()), true);
    List<EPackage> packages = new ArrayList<>();
    for (Object o : ecore.getContents()) {
      if (o instanceof EPackage p) {
        packages.add(p);
      }
    }
    GenModel fresh = GenModelFactory.eINSTANCE.createGenModel();
    fresh.initialize(packages);
    if (Files.exists(genModelFile)) {
      GenModel old = (GenModel) rs.getResource(genUri, true).getContents().get(0);
      old.getForeignModel().clear();
      fresh.reconcile(old);
    } else {
      fresh.setModelName("Wedge");
      fresh.setModelPluginID("dev.wedge.model");
      fresh.setModelDirectory("/dev.wedge.model/src-gen");
      fresh.setEditPluginID("dev.wedge.model.edit");
      fresh.setEditDirectory("/dev.wedge.model.edit/src-gen");
      fresh.setEditorPluginID("dev.wedge.model.editor");
      fresh.setEditorDirectory("/dev.wedge.model.editor/src-gen");
      fresh.setTestsDirectory("/dev.wedge.model.tests/src-gen");
      fresh.setComplianceLevel(GenJDKLevel.JDK170_LITERAL);
      fresh.setCopyrightFields(false);
      fresh.setOperationReflection(true);
      fresh.setImportOrganizing(true);
      fresh.setRootExtendsClass("org.eclipse.emf.ecore.impl.MinimalEObjectImpl$Container");
      for (GenPackage gp : fresh.getGenPackages()) {
        gp.setBasePackage("dev.wedge");
        gp.setPrefix("Wedge");
      }
    }
    fresh.getForeignModel().clear();
    fresh.getForeignModel().add(ECORE);
    fresh.setImporterID("org.eclipse.emf.importer.ecore");
    // saved next to the real genmodel's URI so its references to wedge.ecore stay relative
    Resource out = rs.createResource(genUri.trimSegments(1).appendSegment("wedge.genmodel.fresh"));
    out.getContents().add(fresh);
    Path target = work.resolve("model").resolve("wedge.genmodel");
    Files.createDirectories(target.getParent());
    try (var os = Files.newOutputStream(target)) {
      out.save(os, Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 120));
    }
    return fresh;
  }

  private static boolean generate(GenModel genModel, Path work) {
    genModel.setCanGenerate(true);
    Diagnostic validation = genModel.diagnose();
    print(validation);
    if (validation.getSeverity() >= Diagnostic.ERROR) {
      return false;
    }
    for (String project : GENERATED.keySet()) {
      if (!project.equals("model")) {
        EcorePlugin.getPlatformResourceMap().put(project,
            URI.createFileURI(work.resolve(project).toString() + "/"));
      }
    }
    Generator generator = new Generator();
    generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
        GenModelGeneratorAdapterFactory.DESCRIPTOR);
    generator.setInput(genModel);
    boolean ok = true;
    for (String type : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
      Diagnostic d = generator.generate(genModel, type, new BasicMonitor());
      print(d);
      ok &= d.getSeverity() < Diagnostic.ERROR;
    }
    return ok;
  }

  /** The committed file or folder: {@code model} is the genmodel's own folder, the others are bundles. */
  private static Path committedPath(Path root, String project, String part) {
    return project.equals("model") ? root.resolve(GENMODEL).resolveSibling(part)
        : root.resolve("bundles").resolve(project).resolve(part);
  }

  /** Paths (relative to root) where the committed tree and the fresh tree differ. */
  private static List<String> differences(Path committed, Path fresh, Path root) throws IOException {
    TreeSet<Path> all = new TreeSet<>();
    all.addAll(files(committed, committed));
    all.addAll(files(fresh, fresh));
    List<String> out = new ArrayList<>();
    for (Path rel : all) {
      Path a = rel.toString().isEmpty() ? committed : committed.resolve(rel.toString());
      Path b = rel.toString().isEmpty() ? fresh : fresh.resolve(rel.toString());
      boolean same = Files.isRegularFile(a) && Files.isRegularFile(b)
          && Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b));
      if (!same) {
        out.add(root.relativize(a).toString() + (Files.exists(a) ? (Files.exists(b) ? " (differs)" : " (not generated)")
            : " (missing)"));
      }
    }
    return out;
  }

  private static List<Path> files(Path base, Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return List.of();
    }
    if (Files.isRegularFile(dir)) {
      return List.of(Path.of(""));
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).map(base::relativize).toList();
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    if (!Files.exists(from)) {
      return;
    }
    try (Stream<Path> s = Files.walk(from)) {
      s.forEach(p -> {
        Path target = to.resolve(from.relativize(p).toString());
        try {
          if (Files.isDirectory(p)) {
            Files.createDirectories(target);
          } else {
            Files.createDirectories(target.getParent());
            Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static void print(Diagnostic d) {
    if (d.getSeverity() != Diagnostic.OK) {
      System.out.println("[" + d.getSeverity() + "] " + d.getMessage()
          + (d.getException() != null ? " " + d.getException() : ""));
      for (Diagnostic c : d.getChildren()) {
        print(c);
      }
    }
  }
}
