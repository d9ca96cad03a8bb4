package dev.wedge.core.session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

import dev.wedge.core.persistence.DiskState;
import dev.wedge.core.persistence.LoadedModel;
import dev.wedge.core.persistence.ModelLoadException;
import dev.wedge.core.persistence.ModelSaveException;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.WedgePackage;
import dev.wedge.model.provider.WedgeItemProviderAdapterFactory;
import dev.wedge.model.resource.WedgeResource;
import dev.wedge.model.resource.WedgeResourceFactory;

/**
 * The open models: at most one {@link ModelSession} per file, shared by everyone who acquires it and disposed when
 * the last reference is released.
 */
public final class ModelSessions {

  /** Told when a session is opened or closed (the Models view lists the open ones). */
  public interface Listener {
    void opened(ModelSession session);

    void closed(ModelSession session);
  }

  private static final ModelSessions DEFAULT = new ModelSessions();

  private final Map<Path, ModelSession> sessions = new LinkedHashMap<>();
  private final List<EditGuard> guards = new CopyOnWriteArrayList<>(dev.wedge.core.method.PilotRules.GUARDS);
  {
    guards.add(ValueGuard.INSTANCE); // numbers finite, texts savable, in every field
  }
  private boolean contributedGuards;
  private volatile java.time.Clock clock = java.time.Clock.systemDefaultZone();

  /** The clock "today" comes from (the system's; tests and {@code --today} fix it). */
  public java.time.Clock getClock() {
    return clock;
  }

  public void setClock(java.time.Clock clock) {
    this.clock = java.util.Objects.requireNonNull(clock);
  }

  /** Today in {@code model}'s time zone (its {@code timeZone}, else the clock's). */
  public java.time.LocalDate today(StrategyModel model) {
    java.time.Clock c = clock;
    String zone = model == null ? null : model.getTimeZone();
    if (zone != null && !zone.isBlank()) {
      try {
        c = c.withZone(java.time.ZoneId.of(zone.trim()));
      } catch (java.time.DateTimeException e) {
        // an unknown zone: the clock's own (the loader reports the zone)
        c = clock;
      }
    }
    return java.time.LocalDate.now(c);
  }

  /** Adds the guards contributed to {@code dev.wedge.core.editGuards}, once. */
  private synchronized void contributeGuards() {
    if (contributedGuards) {
      return;
    }
    contributedGuards = true;
    guards.addAll(EditGuards.contributed());
  }
  private final List<Listener> listeners = new CopyOnWriteArrayList<>();

  /** The application's open models. Tests may create their own registry with {@code new ModelSessions()}. */
  public static ModelSessions getDefault() {
    return DEFAULT;
  }

  /**
   * The session of {@code file}, loading the file if it is not open yet; either way the caller holds one more
   * reference and must {@link #release} it.
   */
  public ModelSession acquire(Path file) throws ModelLoadException {
    return acquire(file, null);
  }

  /**
   * Opens {@code file} with the content of its recovery file {@code recovery} instead of its own: the session is
   * {@code file}'s, with unsaved changes (what the recovery file holds) until it is saved, which removes the recovery
   * file. If {@code file} is open already, its session is returned as it is.
   */
  public ModelSession acquireRecovered(Path file, Path recovery) throws ModelLoadException {
    return acquire(file, recovery);
  }

  private ModelSession acquire(Path file, Path recovery) throws ModelLoadException {
    Path key = key(file);
    ModelSession opened;
    synchronized (this) {
      ModelSession existing = sessions.get(key);
      if (existing != null) {
        existing.references++;
        return existing;
      }
      contributeGuards();
      ModelSession[] holder = new ModelSession[1];
      GuardedCommandStack stack = new GuardedCommandStack(guards, () -> holder[0]);
      stack.onRefusal((s, why) -> s.refused(why));
      AdapterFactoryEditingDomain domain = newEditingDomain(stack);
      DiskState onDisk = diskState(key); // before reading: a change made while it is read is then reported
      LoadedModel loaded = ModelStore.load(recovery == null ? key : recovery, domain.getResourceSet());
      if (recovery != null) {
        loaded.resource().setURI(org.eclipse.emf.common.util.URI.createFileURI(key.toString()));
        stack.markUnsaved();
      }
      opened = new ModelSession(this, key, domain, loaded.resource(), loaded.model(), loaded.problems(), onDisk);
      opened.recovery = recovery;
      holder[0] = opened;
      opened.references = 1;
      sessions.put(key, opened);
    }
    for (Listener l : listeners) {
      l.opened(opened);
    }
    return opened;
  }

  /**
   * Writes {@code model} as a new file and opens it (one reference held by the caller). Refuses to overwrite an
   * existing file.
   */
  public ModelSession create(Path file, StrategyModel model) throws ModelSaveException, ModelLoadException {
    Path key = key(file);
    if (Files.exists(key)) {
      throw new ModelSaveException(key, "a file of that name already exists", null);
    }
    WedgeResource resource = (WedgeResource) new WedgeResourceFactory()
        .createResource(org.eclipse.emf.common.util.URI.createFileURI(key.toString()));
    resource.getContents().add(model);
    ModelStore.save(resource, key);
    resource.getContents().clear();
    return acquire(key);
  }

  /** Gives back one reference; the last one disposes the session (unsaved changes are discarded). */
  public void release(ModelSession session) {
    boolean closed = false;
    synchronized (this) {
      if (session.references <= 0 || session.isDisposed()) {
        return;
      }
      session.references--;
      if (session.references == 0) {
        sessions.values().remove(session);
        closed = true;
      }
    }
    if (closed) {
      session.dispose();
      for (Listener l : listeners) {
        l.closed(session);
      }
    }
  }

  public synchronized Optional<ModelSession> find(Path file) {
    return Optional.ofNullable(sessions.get(key(file)));
  }

  public synchronized List<ModelSession> getSessions() {
    return new ArrayList<>(sessions.values());
  }

  public void addListener(Listener listener) {
    listeners.add(listener);
  }

  public void removeListener(Listener listener) {
    listeners.remove(listener);
  }

  synchronized void checkNotOpenElsewhere(ModelSession session, Path target) throws ModelSaveException {
    ModelSession other = sessions.get(key(target));
    if (other != null && other != session) {
      throw new ModelSaveException(target, "that file is open in Wedge as another model; close it first", null);
    }
  }

  synchronized void renamed(ModelSession session, Path oldFile) {
    sessions.values().remove(session);
    sessions.put(key(session.getFile()), session);
  }

  /** Item providers for Wedge's model, the model of every installed plug-in, and a reflective fallback. */
  public static ComposedAdapterFactory newAdapterFactory() {
    ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
    factory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
    factory.addAdapterFactory(new WedgeItemProviderAdapterFactory());
    factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
    return factory;
  }

  /** Adds a rule every edit of every model opened from now on must pass. */
  public void addGuard(EditGuard guard) {
    guards.add(guard);
  }

  private static AdapterFactoryEditingDomain newEditingDomain(BasicCommandStack stack) {
    AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(newAdapterFactory(), stack);
    ResourceSet rs = domain.getResourceSet();
    rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put(WedgeResourceFactory.EXTENSION,
        new WedgeResourceFactory());
    rs.getPackageRegistry().put(WedgePackage.eNS_URI, WedgePackage.eINSTANCE);
    ModelStore.seal(rs);
    return domain;
  }

  /** What {@code file} is now, or null when it cannot be read (loading it then says why). */
  private static DiskState diskState(Path file) {
    try {
      return DiskState.of(file);
    } catch (java.io.IOException unreadable) {
      return null; // loading reports why it cannot be read
    }
  }

  private static Path key(Path file) {
    return file.toAbsolutePath().normalize();
  }
}
