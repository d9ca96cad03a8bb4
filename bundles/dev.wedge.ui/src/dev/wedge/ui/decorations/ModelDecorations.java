package dev.wedge.ui.decorations;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.swt.graphics.Image;

import dev.wedge.core.session.ModelSession;
import dev.wedge.ui.decorations.ObjectDecorator.Decoration;
import dev.wedge.ui.decorations.ObjectDecorator.Level;

/** The decorators in effect, and the overlay icons editors draw from them. */
public final class ModelDecorations {

  private static final List<ObjectDecorator> DECORATORS = new CopyOnWriteArrayList<>();
  private static final List<Listener> LISTENERS = new CopyOnWriteArrayList<>();

  /** Told which objects' decorations changed, so a viewer repaints those rows and no other. */
  @FunctionalInterface
  public interface Listener {
    /**
     * @param objects the objects whose decoration changed, never null (empty: none); {@link #ALL} when any may have
     *     (a decorator that cannot say which)
     */
    void decorationsChanged(ModelSession session, Set<EObject> objects);
  }

  /** Stands for "any object's decoration may have changed". */
  public static final Set<EObject> ALL = java.util.Collections.unmodifiableSet(new java.util.HashSet<>());

  private ModelDecorations() {
  }

  public static void register(ObjectDecorator decorator) {
    DECORATORS.add(decorator);
  }

  public static void unregister(ObjectDecorator decorator) {
    DECORATORS.remove(decorator);
  }

  /** The strongest decoration any decorator gives {@code object}. */
  public static Decoration decorationOf(ModelSession session, EObject object) {
    Decoration best = Decoration.NONE;
    if (session == null || object == null) {
      return best;
    }
    for (ObjectDecorator d : DECORATORS) {
      Decoration x = d.decorationOf(session, object);
      if (x != null && x.level().ordinal() > best.level().ordinal()) {
        best = x;
      }
    }
    return best;
  }

  /** Editors listen to repaint the objects whose decorations changed (called on any thread). */
  public static void addListener(Listener listener) {
    LISTENERS.add(listener);
  }

  public static void removeListener(Listener listener) {
    LISTENERS.remove(listener);
  }

  /** Editors that repaint as a whole (a canvas) listen to be told that something of a session changed. */
  public static Listener addListener(Consumer<ModelSession> listener) {
    Listener l = new WholeRepaint(listener);
    LISTENERS.add(l);
    return l;
  }

  public static void removeListener(Consumer<ModelSession> listener) {
    LISTENERS.removeIf(l -> l instanceof WholeRepaint w && w.listener == listener);
  }

  private record WholeRepaint(Consumer<ModelSession> listener) implements Listener {
    @Override
    public void decorationsChanged(ModelSession session, Set<EObject> objects) {
      listener.accept(session);
    }
  }

  /** Decorators call this when the decorations of {@code objects} in {@code session} changed. */
  public static void changed(ModelSession session, Collection<? extends EObject> objects) {
    if (objects != ALL && objects.isEmpty()) { // ALL is empty too, but means every object
      return;
    }
    Set<EObject> changed = objects == ALL ? ALL : Set.copyOf(objects);
    for (Listener l : LISTENERS) {
      l.decorationsChanged(session, changed);
    }
  }

  /** Decorators that cannot say which objects changed call this: every object's decoration may have. */
  public static void changed(ModelSession session) {
    changed(session, ALL);
  }

  /** {@code base} with the level's overlay in the lower-left corner (created in {@code resources}). */
  public static Image overlay(Image base, Level level, ResourceManager resources) {
    if (base == null || level == Level.NONE) {
      return base;
    }
    String id = switch (level) {
      case ERROR -> FieldDecorationRegistry.DEC_ERROR;
      case WARNING -> FieldDecorationRegistry.DEC_WARNING;
      default -> FieldDecorationRegistry.DEC_INFORMATION;
    };
    Image mark = FieldDecorationRegistry.getDefault().getFieldDecoration(id).getImage();
    return resources.create(new DecorationOverlayIcon(base, ImageDescriptor.createFromImage(mark),
        IDecoration.BOTTOM_LEFT));
  }
}
