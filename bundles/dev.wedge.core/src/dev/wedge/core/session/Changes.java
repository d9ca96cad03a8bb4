package dev.wedge.core.session;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.ReplaceCommand;
import org.eclipse.emf.edit.command.SetCommand;

/** What an EMF command is about to change, read before it runs (for {@link EditGuard}s). */
public final class Changes {

  /** One change: {@code owner}'s {@code feature}, with the value set (or the objects added, removed or deleted). */
  public record Change(EObject owner, EStructuralFeature feature, Object value, boolean deletes) {
  }

  private Changes() {
  }

  public static List<Change> of(Command command) {
    List<Change> out = new ArrayList<>();
    collect(command, out);
    return out;
  }

  private static void collect(Command c, List<Change> out) {
    if (c instanceof SetCommand s) {
      out.add(new Change(s.getOwner(), s.getFeature(), s.getValue(), false));
    } else if (c instanceof AddCommand a) {
      out.add(new Change(a.getOwner(), a.getFeature(), a.getCollection(), false));
    } else if (c instanceof RemoveCommand r) {
      out.add(new Change(r.getOwner(), r.getFeature(), r.getCollection(), false));
    } else if (c instanceof MoveCommand m) {
      out.add(new Change(m.getOwner(), m.getFeature(), m.getValue(), false));
    } else if (c instanceof ReplaceCommand r) {
      out.add(new Change(r.getOwner(), r.getFeature(), r.getCollection(), false));
    } else if (c instanceof DeleteCommand d) {
      for (Object o : d.getCollection()) {
        if (o instanceof EObject e) {
          out.add(new Change(e.eContainer(), e.eContainingFeature(), List.of(e), true));
        }
      }
    } else if (c instanceof dev.wedge.core.clipboard.ClipboardPaste p && p.getOwner() instanceof EObject owner) {
      for (EObject o : p.objects()) { // each pasted object goes into the feature of its kind unless one is given
        EStructuralFeature f = p.getFeature() instanceof EStructuralFeature given ? given
            : dev.wedge.core.clipboard.PasteTargets.featureFor(owner, o);
        out.add(new Change(owner, f, List.of(o), false));
      }
    } else if (c instanceof CreateChildCommand cc) {
      // owner and feature are only in protected fields before the command runs
      Object owner = field(cc, "owner");
      Object feature = field(cc, "feature");
      if (owner instanceof EObject o && feature instanceof EStructuralFeature f) {
        out.add(new Change(o, f, field(cc, "child"), false));
      }
    }
    if (c instanceof CompoundCommand compound) {
      for (Command child : compound.getCommandList()) {
        collect(child, out);
      }
    } else if (c instanceof CommandWrapper w && w.getCommand() != null) {
      collect(w.getCommand(), out);
    }
  }

  private static Object field(Object o, String name) {
    for (Class<?> k = o.getClass(); k != null; k = k.getSuperclass()) {
      try {
        java.lang.reflect.Field f = k.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(o);
      } catch (NoSuchFieldException e) {
        // look in the superclass
      } catch (ReflectiveOperationException | RuntimeException e) {
        return null;
      }
    }
    return null;
  }
}
