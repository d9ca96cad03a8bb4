package dev.wedge.core.session;

import java.nio.file.Path;
import java.util.EventObject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

import dev.wedge.core.persistence.DiskState;
import dev.wedge.core.persistence.LoadProblem;
import dev.wedge.core.persistence.ModelChangedOnDiskException;
import dev.wedge.core.persistence.ModelSaveException;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.resource.WedgeResource;

/**
 * One open .wedge file: one resource set, one editing domain, one command stack, shared by every editor and view
 * open on the file, so an edit made in one appears at once in all the others, and undo, dirty state and save are
 * per file. Obtained from {@link ModelSessions}, which counts references and disposes the session when the last
 * one is released.
 */
public final class ModelSession {

  private final ModelSessions owner;
  private final AdapterFactoryEditingDomain domain;
  private final ComposedAdapterFactory adapterFactory;
  private final WedgeResource resource;
  private final StrategyModel model;
  private final List<LoadProblem> loadProblems;
  private final List<ModelSessionListener> listeners = new CopyOnWriteArrayList<>();
  private final CommandStackListener stackListener = this::onCommandStackChanged;
  private Path file;
  /** What the session last read or wrote of its file; null when that is not known (then nothing is reported). */
  private volatile DiskState onDisk;
  private String lastRefusal;
  private boolean wasDirty;
  private boolean disposed;
  int references;
  /** The recovery file this session wrote or was restored from: removed by the next successful save. */
  Path recovery;

  ModelSession(ModelSessions owner, Path file, AdapterFactoryEditingDomain domain, WedgeResource resource,
      StrategyModel model, List<LoadProblem> loadProblems, DiskState onDisk) {
    this.owner = owner;
    this.file = file;
    this.domain = domain;
    this.adapterFactory = (ComposedAdapterFactory) domain.getAdapterFactory();
    this.resource = resource;
    this.model = model;
    this.loadProblems = List.copyOf(loadProblems);
    this.onDisk = onDisk;
    domain.getCommandStack().addCommandStackListener(stackListener);
  }

  public StrategyModel getModel() {
    return model;
  }

  public WedgeResource getResource() {
    return resource;
  }

  public AdapterFactoryEditingDomain getEditingDomain() {
    return domain;
  }

  public CommandStack getCommandStack() {
    return domain.getCommandStack();
  }

  /** Item providers (labels, children, properties) for the model's objects, plug-ins' included. */
  public ComposedAdapterFactory getAdapterFactory() {
    return adapterFactory;
  }

  /** Today, from the sessions' clock, in the model's time zone: what date rules and analyses compare with. */
  public java.time.LocalDate today() {
    return owner.today(model);
  }

  public Path getFile() {
    return file;
  }

  /** The file name without its extension: how the model is named in titles. */
  public String getName() {
    String n = file.getFileName().toString();
    return n.endsWith(".wedge") ? n.substring(0, n.length() - ".wedge".length()) : n;
  }

  /** What was found while loading; all recoverable (nothing was dropped). */
  public List<LoadProblem> getLoadProblems() {
    return loadProblems;
  }

  public boolean isDirty() {
    return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
  }

  public boolean isDisposed() {
    return disposed;
  }

  /**
   * Executes {@code command} on the session's command stack (undoable). Returns false when an {@link EditGuard}
   * refused it (listeners are told why, and {@link #lastRefusal()} keeps the sentence).
   */
  public boolean execute(Command command) {
    refusedNow = false;
    domain.getCommandStack().execute(command);
    return !refusedNow;
  }

  private boolean refusedNow;

  /** The sentence of the last refused edit, or null. */
  public String lastRefusal() {
    return lastRefusal;
  }

  void refused(String message) {
    lastRefusal = message;
    refusedNow = true;
    for (ModelSessionListener l : listeners) {
      l.refused(this, message);
    }
  }

  /**
   * Saves to the session's file, atomically, keeping the previous version as a .bak; refuses
   * ({@link ModelChangedOnDiskException}, the file left as it is) when the file was changed on disk since the session
   * read or last wrote it ({@link #changedOnDisk()}): the user then reloads, or saves over it
   * ({@link #saveOverwriting()}).
   */
  public void save() throws ModelSaveException {
    if (changedOnDisk()) {
      throw new ModelChangedOnDiskException(file);
    }
    saveOverwriting();
  }

  /**
   * Saves to the session's file even when it was changed on disk: this version replaces it, and the file's version is
   * kept as the .bak, as every save keeps the previous one.
   */
  public void saveOverwriting() throws ModelSaveException {
    onDisk = ModelStore.save(resource, file);
    dropRecovery();
    ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
    fireStateChanged();
  }

  /**
   * Takes the file as it is now for what the session last wrote: for a tool that rewrote the file without changing
   * what it holds (Team › Share writes the saved model again in the format Wedge saves). Never for a change of its
   * content (a pull): the session would then save over it.
   */
  public void fileRewrittenAsIs() {
    try {
      onDisk = DiskState.of(file);
    } catch (java.io.IOException unreadable) {
      onDisk = null; // nothing known to compare with: the next save writes, and says why if it cannot
    }
  }

  /**
   * Whether the session's file now holds other bytes than the session last read or wrote (another program, or
   * {@code wedge} on the command line, wrote it). A file only touched (same bytes, new time) has not changed; nor has
   * one that is gone (saving writes it again, and nothing of it is lost), or one that cannot be read now (its reading
   * or saving reports that).
   */
  public boolean changedOnDisk() {
    DiskState known = onDisk;
    if (known == null) {
      return false;
    }
    try {
      DiskState now = DiskState.of(file);
      if (now == null) {
        return false;
      }
      if (now.sameContent(known)) {
        onDisk = now; // only touched: its new time is remembered
        return false;
      }
      return true;
    } catch (java.io.IOException unreadable) {
      return false; // saving reports why the file cannot be written, reading why it cannot be read
    }
  }

  /** Saves to {@code newFile}, which becomes the session's file. */
  public void saveAs(Path newFile) throws ModelSaveException {
    Path target = newFile.toAbsolutePath().normalize();
    owner.checkNotOpenElsewhere(this, target);
    DiskState written = ModelStore.save(resource, target);
    dropRecovery();
    onDisk = written;
    Path old = file;
    file = target;
    owner.renamed(this, old);
    ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
    fireStateChanged();
  }

  /**
   * Writes the model as it is now, unsaved changes included, to its recovery file beside the model file
   * ({@link ModelStore#recoveryFile}) and returns where. The model file, its backup and the session's state (unsaved
   * changes, undo) are left as they are; the next successful save removes the recovery file.
   */
  public Path writeRecovery() throws ModelSaveException {
    Path p = ModelStore.writeRecovery(resource, file);
    recovery = p;
    return p;
  }

  /** The recovery file of this session (written by it, or restored from), or null. */
  public Path getRecoveryFile() {
    return recovery;
  }

  private void dropRecovery() {
    if (recovery == null) {
      return;
    }
    try {
      java.nio.file.Files.deleteIfExists(recovery);
      recovery = null;
    } catch (java.io.IOException e) {
      recovery = null; // the file stays; opening the model again asks about it, and the saved model is complete
    }
  }

  public void addListener(ModelSessionListener listener) {
    listeners.add(listener);
  }

  public void removeListener(ModelSessionListener listener) {
    listeners.remove(listener);
  }

  private void onCommandStackChanged(EventObject event) {
    for (ModelSessionListener l : listeners) {
      l.commandStackChanged(this, event);
    }
    boolean dirty = isDirty();
    if (dirty != wasDirty) {
      fireStateChanged();
    }
  }

  private void fireStateChanged() {
    wasDirty = isDirty();
    for (ModelSessionListener l : listeners) {
      l.stateChanged(this);
    }
  }

  void dispose() {
    disposed = true;
    domain.getCommandStack().removeCommandStackListener(stackListener);
    for (ModelSessionListener l : listeners) {
      l.disposed(this);
    }
    listeners.clear();
    domain.getCommandStack().flush();
    resource.unload();
    adapterFactory.dispose();
  }

  @Override
  public String toString() {
    return "ModelSession[" + file + (isDirty() ? ", dirty" : "") + ", refs=" + references + "]";
  }
}
