package dev.wedge.ui.decorations;

import java.util.List;
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
  private static final List<Consumer<ModelSession>> LISTENERS = new CopyOnWriteArrayList<>();

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

  /** Editors listen to repaint when the decorations of a session changed (called on any thread). */
  public static void addListener(Consumer<ModelSession> listener) {
    LISTENERS.add(listener);
  }

  public static void removeListener(Consumer<ModelSession> listener) {
    LISTENERS.remove(listener);
  }

  /** Decorators call this when the decorations of {@code session} changed. */
  public static void changed(ModelSession session) {
    for (Consumer<ModelSession> l : LISTENERS) {
      l.accept(session);
    }
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
