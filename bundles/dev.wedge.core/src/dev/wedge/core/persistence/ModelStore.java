package dev.wedge.core.persistence;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

import dev.wedge.model.ModelVersion;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.WedgePackage;
import dev.wedge.model.resource.SealedURIConverter;
import dev.wedge.model.resource.WedgeResource;
import dev.wedge.model.resource.WedgeResourceFactory;

/**
 * Reads and writes .wedge files.
 *
 * <p>Loading never loses data: what this build does not understand (unknown features, content of plug-ins that are
 * not installed) is kept and written back on save; what it cannot open at all is refused with a sentence naming
 * the file and the problem, and the file is left as it was.
 *
 * <p>Saving is atomic: the model is written to a temporary file in the same folder, synced to disk, the old file is
 * copied to {@code <name>.bak}, and the temporary file replaces the old one in one rename. A failure at any point
 * leaves the previous file intact.
 */
public final class ModelStore {

  private ModelStore() {
  }

  /** Loads {@code file} into a new resource set. */
  public static LoadedModel load(Path file) throws ModelLoadException {
    return load(file, newResourceSet());
  }

  /**
   * Makes {@code target} write each namespace with the prefix the files of {@code from} were read with (the first
   * that has one wins): a model made from others, as a merge makes it, keeps a plug-in's prefix ({@code rd:}) rather
   * than the one EMF derives from its namespace ({@code readiness_1:}), which would be a needless diff.
   */
  public static void keepPrefixes(Resource target, Resource... from) {
    if (target instanceof WedgeResource t) {
      for (Resource r : from) {
        if (r instanceof WedgeResource w) {
          t.keepPrefixes(w.getFilePrefixes());
        }
      }
    }
  }

  /**
   * A resource set that knows .wedge files and Wedge's package, in or out of OSGi, and opens nothing by URI (see
   * {@link #seal(ResourceSet)}).
   */
  public static ResourceSet newResourceSet() {
    ResourceSet rs = new ResourceSetImpl();
    rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put(WedgeResourceFactory.EXTENSION,
        new WedgeResourceFactory());
    rs.getPackageRegistry().put(WedgePackage.eNS_URI, WedgePackage.eINSTANCE);
    return seal(rs);
  }

  /**
   * Gives {@code resourceSet} a URI converter that opens nothing ({@link SealedURIConverter}): nothing in a model,
   * and no code resolving something in it, can make Wedge connect to an address or read another file. Every resource
   * set that holds a model is sealed (those of {@link #newResourceSet()} and of every {@link #load(Path, ResourceSet)}).
   */
  public static ResourceSet seal(ResourceSet resourceSet) {
    if (!SealedURIConverter.isInstalled(resourceSet.getURIConverter())) {
      resourceSet.setURIConverter(SealedURIConverter.INSTANCE);
    }
    return resourceSet;
  }

  /** Loads {@code file} into {@code resourceSet} (which gets sealed); on failure the set is left without it. */
  public static LoadedModel load(Path file, ResourceSet resourceSet) throws ModelLoadException {
    Path abs = file.toAbsolutePath().normalize();
    seal(resourceSet);
    LoadProblem access = FileAccess.problemReading(abs);
    if (access != null) {
      throw new ModelLoadException(abs, access);
    }
    TempFiles.removeAbandoned(FileAccess.realOrSelf(abs)); // what saves cut short left beside it
    try {
      LoadProblem refused = FormatProbe.check(abs);
      if (refused != null) {
        throw new ModelLoadException(abs, refused);
      }
    } catch (ModelLoadException e) {
      throw e;
    } catch (IOException e) {
      throw new ModelLoadException(abs, LoadProblem.fatal(-1, FileAccess.cannotRead(e)));
    }

    WedgeResource resource = (WedgeResource) new WedgeResourceFactory().createResource(URI.createFileURI(abs.toString()));
    resourceSet.getResources().add(resource);
    Map<Object, Object> options = WedgeResourceFactory.loadOptions();
    List<LoadProblem> problems = new ArrayList<>();
    try (InputStream in = Files.newInputStream(abs)) {
      resource.load(in, options);
    } catch (IOException | RuntimeException e) {
      if (resource.getErrors().isEmpty()) {
        problems.add(LoadProblems.fromException(e));
      }
    } catch (StackOverflowError e) {
      problems.add(LoadProblem.fatal(-1, "its content is nested too deeply to be read"));
    }
    problems.addAll(LoadProblems.classify(resource, options));
    if (problems.stream().noneMatch(LoadProblem::fatal)) {
      problems.addAll(ContentCheck.check(resource));
    }
    StrategyModel model = resource.getContents().isEmpty() ? null
        : resource.getContents().get(0) instanceof StrategyModel m ? m : null;
    if (model == null && problems.stream().noneMatch(LoadProblem::fatal)) {
      problems.add(LoadProblem.fatal(-1, "it contains no strategy model"));
    }
    if (problems.stream().anyMatch(LoadProblem::fatal)) {
      resource.unload();
      resourceSet.getResources().remove(resource);
      throw new ModelLoadException(abs, problems);
    }
    return new LoadedModel(resource, model, List.copyOf(problems));
  }

  /**
   * A copy of {@code resource} as it is now, as saving and opening it would give (plug-in content Wedge does not know
   * included), in a resource set of its own with the same URI: for work that reads a model in the background while
   * the user goes on editing the original (writing a brief). Nothing of the original changes; no file is written.
   * Must be called where the original is edited (the UI thread in the workbench).
   */
  public static LoadedModel copyOf(Resource resource) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(1 << 16);
    boolean modified = resource.isModified();
    resource.save(bytes, WedgeResourceFactory.saveOptions());
    resource.setModified(modified); // a copy is not a save
    WedgeResource copy = (WedgeResource) new WedgeResourceFactory().createResource(resource.getURI());
    newResourceSet().getResources().add(copy);
    Map<Object, Object> options = WedgeResourceFactory.loadOptions();
    copy.load(new java.io.ByteArrayInputStream(bytes.toByteArray()), options);
    List<LoadProblem> problems = new ArrayList<>(LoadProblems.classify(copy, options));
    StrategyModel model = copy.getContents().isEmpty() ? null
        : copy.getContents().get(0) instanceof StrategyModel m ? m : null;
    if (model == null) {
      throw new IOException("the copy of " + resource.getURI().lastSegment() + " holds no strategy model");
    }
    return new LoadedModel(copy, model, List.copyOf(problems));
  }

  /** What a recovery file's name adds to its model's: {@code NAME.wedge.recovery}, beside the model. */
  public static final String RECOVERY_SUFFIX = ".recovery";

  /**
   * Where the unsaved work of {@code model} goes when the workbench fails: {@code NAME.wedge.recovery} beside it (the
   * file a symbolic link leads to), never the model file itself.
   */
  public static Path recoveryFile(Path model) throws ModelSaveException {
    Path target = FileAccess.writeTarget(model.toAbsolutePath().normalize());
    return target.resolveSibling(target.getFileName() + RECOVERY_SUFFIX);
  }

  /** The recovery file of {@code model}, if there is one. */
  public static java.util.Optional<Path> pendingRecovery(Path model) {
    try {
      Path p = recoveryFile(model);
      return Files.isRegularFile(p) ? java.util.Optional.of(p) : java.util.Optional.empty();
    } catch (ModelSaveException e) {
      return java.util.Optional.empty(); // a model that cannot be written to has no recovery file
    }
  }

  /** Removes the recovery file of {@code model} (its changes were saved, or the user discarded them). */
  public static void discardRecovery(Path model) throws IOException {
    Optional<Path> p = pendingRecovery(model);
    if (p.isPresent()) {
      Files.delete(p.get());
    }
  }

  /**
   * Writes {@code resource} as it is now to the recovery file of {@code model} ({@link #recoveryFile}), atomically,
   * checked as a save is. Nothing else changes: not the model file, not its backup, not the resource.
   */
  public static Path writeRecovery(Resource resource, Path model) throws ModelSaveException {
    Path target = recoveryFile(model);
    String name = target.getFileName().toString();
    if (name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > TempFiles.MAX_NAME_BYTES) {
      throw new ModelSaveException(target, "the model's name is too long for a recovery file beside it (the file"
          + " system allows " + TempFiles.MAX_NAME_BYTES + " bytes)", null);
    }
    String integrity = IntegrityCheck.check(resource);
    if (integrity != null) {
      throw new ModelSaveException(target, integrity, null);
    }
    TempFiles.removeAbandoned(target);
    Path tmp = null;
    try {
      tmp = TempFiles.beside(target, ".tmp");
      writeSynced(resource, tmp, UnaryOperator.identity());
      moveAtomically(tmp, target);
      tmp = null;
      syncDirectory(target.getParent());
      return target;
    } catch (IOException | RuntimeException e) {
      throw new ModelSaveException(target, FileAccess.cannotWrite(target, e), e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException cannotRemove) {
          tmp = null; // left for the next save or open to remove (TempFiles.removeAbandoned)
        }
      }
    }
  }

  private static void writeSynced(Resource resource, Path file, UnaryOperator<OutputStream> streamDecorator)
      throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        OutputStream out = new BufferedOutputStream(streamDecorator.apply(Channels.newOutputStream(channel)), 1 << 16)) {
      Map<Object, Object> options = WedgeResourceFactory.saveOptions();
      resource.save(out, options);
      out.flush();
      channel.force(true);
    }
  }

  /**
   * Saves {@code resource} to {@code file}, atomically, keeping the previous version as {@code <name>.bak}. Returns
   * what the file is now ({@link DiskState}: taken from what was written, before it replaced the old file).
   */
  public static DiskState save(Resource resource, Path file) throws ModelSaveException {
    return save(resource, file, UnaryOperator.identity(), true);
  }

  /**
   * As {@link #save(Resource, Path)}, with the output stream passed through {@code streamDecorator} (tests use it to
   * simulate a disk that fails half-way).
   */
  public static void save(Resource resource, Path file, UnaryOperator<OutputStream> streamDecorator)
      throws ModelSaveException {
    save(resource, file, streamDecorator, true);
  }

  /**
   * As {@link #save(Resource, Path)}, atomically and checked the same way, but without a {@code .bak} beside the
   * file: for files another program hands over to be replaced (Git's merge driver writes its result over Git's own
   * temporary copy of "ours").
   */
  public static void saveWithoutBackup(Resource resource, Path file) throws ModelSaveException {
    save(resource, file, UnaryOperator.identity(), false);
  }

  private static DiskState save(Resource resource, Path file, UnaryOperator<OutputStream> streamDecorator,
      boolean backup) throws ModelSaveException {
    Path requested = file.toAbsolutePath().normalize();
    for (Object root : resource.getContents()) {
      if (root instanceof StrategyModel m && (!m.isSetFormatVersion() || m.getFormatVersion() != ModelVersion.CURRENT)) {
        m.setFormatVersion(ModelVersion.CURRENT); // files always say which format they are in
      }
    }
    String integrity = IntegrityCheck.check(resource);
    if (integrity != null) {
      throw new ModelSaveException(requested, integrity, null);
    }
    Path target = FileAccess.writeTarget(requested); // through symbolic links: the link stays a link
    String name = target.getFileName().toString();
    String tooLong = FileAccess.nameTooLong(name);
    if (tooLong != null) {
      throw new ModelSaveException(requested, tooLong, null);
    }
    Path dir = target.getParent();
    TempFiles.removeAbandoned(target);
    Path tmp = null;
    DiskState written;
    try {
      Files.createDirectories(dir);
      tmp = TempFiles.beside(target, ".tmp");
      writeSynced(resource, tmp, streamDecorator);
      if (VERIFY) {
        verify(resource, tmp);
      }
      written = DiskState.of(tmp); // the rename keeps its bytes and time
      if (backup && Files.isRegularFile(target)) {
        backUp(target, dir.resolve(name + ".bak"));
      }
      moveAtomically(tmp, target);
      tmp = null;
      syncDirectory(dir);
    } catch (IOException | RuntimeException e) {
      throw new ModelSaveException(requested, FileAccess.cannotWrite(target, e), e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException cannotRemove) {
          // left for the next save or open to remove (TempFiles.removeAbandoned); the previous file is intact
          tmp = null;
        }
      }
    }
    if (resource.getURI() == null || !requested.toString().equals(resource.getURI().toFileString())) {
      resource.setURI(URI.createFileURI(requested.toString()));
    }
    resource.setModified(false);
    return written;
  }

  /**
   * With {@code -Dwedge.save.verify=true} (the test suite sets it), every save reads the bytes it wrote back and
   * compares the model with the one saved: what Wedge writes, it reads.
   */
  private static final boolean VERIFY = Boolean.getBoolean("wedge.save.verify");

  private static void verify(Resource saved, Path written) throws IOException {
    LoadedModel back;
    try {
      back = load(written, newResourceSet());
    } catch (ModelLoadException e) {
      throw new IOException("what was written does not open again: " + e.getMessage(), e);
    }
    try {
      java.io.ByteArrayOutputStream again = new java.io.ByteArrayOutputStream();
      back.resource().save(again, WedgeResourceFactory.saveOptions());
      if (!java.util.Arrays.equals(again.toByteArray(), Files.readAllBytes(written))) {
        throw new IOException("what was written, read back and written again, is not the same");
      }
      if (onlyKnownContent(saved) && !org.eclipse.emf.ecore.util.EcoreUtil.equals(saved.getContents(),
          back.resource().getContents())) {
        throw new IOException("what was written does not read back as the model that was saved");
      }
    } finally {
      back.resource().unload();
    }
  }

  /** No content of plug-ins that are not installed (read back, it is kept, but as objects of other classes). */
  private static boolean onlyKnownContent(Resource r) {
    if (r instanceof org.eclipse.emf.ecore.xmi.XMLResource xml && !xml.getEObjectToExtensionMap().isEmpty()) {
      return false;
    }
    for (java.util.Iterator<org.eclipse.emf.ecore.EObject> it = r.getAllContents(); it.hasNext();) {
      String ns = it.next().eClass().getEPackage().getNsURI();
      if (org.eclipse.emf.ecore.EPackage.Registry.INSTANCE.getEPackage(ns) == null) {
        return false;
      }
    }
    return true;
  }

  /**
   * Makes {@code backup} the file {@code target} is now, complete or absent: a second name for the same file (a hard
   * link: no copy, nothing more to sync than the folder, which the save syncs once the new version is in place), or,
   * where the file system has no hard links, a copy through a synced temporary file. Either way the new version then
   * replaces {@code target} by a rename, which leaves the backup's file as it was.
   */
  private static void backUp(Path target, Path backup) throws IOException {
    Path tmp = TempFiles.beside(backup, ".tmp");
    try {
      try {
        Files.deleteIfExists(tmp);
        Files.createLink(tmp, target);
      } catch (UnsupportedOperationException | IOException noLinks) {
        Files.copy(target, tmp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
          channel.force(true);
        }
      }
      moveAtomically(tmp, backup);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }


  private static void moveAtomically(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Makes the renames durable: after a power cut the folder lists the new file and its backup. */
  private static void syncDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // not every platform can sync a folder (Windows); the renames themselves are atomic all the same
      return;
    }
  }
}
