package dev.wedge.core.clipboard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.CopyToClipboardCommand;
import org.eclipse.emf.edit.command.CutToClipboardCommand;
import org.eclipse.emf.edit.command.DeleteCommand;

import dev.wedge.core.session.ModelSession;

/**
 * Copy, cut, paste and duplicate of model objects, within a model and between models, through EMF.Edit's clipboard
 * commands. A paste adds fresh copies with new ids, keeps each reference whose object is in the target model (or an
 * object of the same id and kind is), drops the others and says which; it is one command on the target's stack
 * (one undo), and the session's edit guards apply to it as to any edit.
 */
public final class ModelPaste {

  /**
   * What a copy, cut, paste or duplicate did, in a sentence; {@code done} false when nothing changed;
   * {@code byGuard} when an edit guard refused it (the session has told its listeners already).
   */
  public record Result(boolean done, String message, List<EObject> added, List<PasteCopies.Dropped> dropped,
      boolean byGuard) {
    Result(boolean done, String message, List<EObject> added, List<PasteCopies.Dropped> dropped) {
      this(done, message, added, dropped, false);
    }

    static Result refused(String message) {
      return new Result(false, message, List.of(), List.of());
    }

    static Result guarded(ModelSession session) {
      return new Result(false, session.lastRefusal(), List.of(), List.of(), true);
    }
  }

  private ModelPaste() {
  }

  /** The model objects of {@code selection} that can be copied: not the model, nothing inside another selected. */
  public static List<EObject> copyable(ModelSession session, Collection<?> selection) {
    Set<EObject> chosen = new LinkedHashSet<>();
    for (Object o : selection) {
      if (o instanceof EObject e && e != session.getModel() && EcoreUtil.getRootContainer(e) == session.getModel()) {
        chosen.add(e);
      }
    }
    List<EObject> out = new ArrayList<>();
    for (EObject e : chosen) {
      boolean inside = false;
      for (EObject c = e.eContainer(); c != null && !inside; c = c.eContainer()) {
        inside = chosen.contains(c);
      }
      if (!inside) {
        out.add(e);
      }
    }
    return out;
  }

  /** Copies {@code objects} of {@code session} to {@code clipboard} (no change of the model, nothing to undo). */
  public static Result copy(ModelSession session, List<EObject> objects, ModelClipboard clipboard) {
    if (objects.isEmpty()) {
      return Result.refused("Nothing to copy: select one or more objects of the model (not the model itself).");
    }
    Command copy = CopyToClipboardCommand.create(session.getEditingDomain(), objects);
    if (!copy.canExecute()) {
      return Result.refused("These objects cannot be copied.");
    }
    copy.execute();
    @SuppressWarnings("unchecked")
    List<EObject> copies = new ArrayList<>((Collection<EObject>) (Collection<?>) session.getEditingDomain()
        .getClipboard());
    clipboard.set(new ModelClipboard.Content(session.getName(), copies));
    return new Result(true, "Copied " + ObjectWords.count(objects) + ".", List.of(), List.of());
  }

  /**
   * Cuts {@code objects}: deletes them from the model (one undoable command, guarded; references to them from the
   * rest of the model are removed as by Delete) and puts them on the clipboard.
   */
  public static Result cut(ModelSession session, List<EObject> objects, ModelClipboard clipboard) {
    if (objects.isEmpty()) {
      return Result.refused("Nothing to cut: select one or more objects of the model (not the model itself).");
    }
    List<EObject> snapshot = new ArrayList<>(EcoreUtil.copyAll(objects));
    Command delete = DeleteCommand.create(session.getEditingDomain(), objects);
    Command cut = new CutToClipboardCommand(session.getEditingDomain(), new CommandWrapper(delete) {
      @Override
      public Collection<?> getResult() {
        return objects;
      }
    });
    if (!cut.canExecute()) {
      return Result.refused("These objects cannot be cut.");
    }
    if (!session.execute(cut)) {
      return Result.guarded(session);
    }
    clipboard.set(new ModelClipboard.Content(session.getName(), snapshot));
    return new Result(true, "Cut " + ObjectWords.count(objects) + ".", List.of(), List.of());
  }

  /**
   * Pastes the clipboard into {@code session} at {@code selected} (an object of its model, or null for the model),
   * into {@code part} of the model when the selection stands for one (or null).
   */
  public static Result paste(ModelSession session, EObject selected, EStructuralFeature part,
      ModelClipboard clipboard) {
    var content = clipboard.content().orElse(null);
    if (content == null) {
      return Result.refused("The clipboard is empty: copy or cut model objects first.");
    }
    EObject at = selected == null || EcoreUtil.getRootContainer(selected) != session.getModel() ? session.getModel()
        : selected;
    PasteTargets.Placement place = PasteTargets.place(at, part, content.objects());
    if (place == null) {
      return Result.refused("Cannot paste " + ObjectWords.count(content.objects()) + " into "
          + ObjectWords.describe(at) + " or what holds it: select where they belong (or the model).");
    }
    PasteCopies.Prepared prepared = PasteCopies.prepare(content.objects(), session.getModel());
    ClipboardPaste paste = new ClipboardPaste(session.getEditingDomain(), place, prepared.copies());
    if (!paste.canExecute()) {
      return Result.refused("Cannot paste " + ObjectWords.count(content.objects()) + " into "
          + ObjectWords.describe(place.owner()) + ".");
    }
    if (!session.execute(paste)) {
      return Result.guarded(session);
    }
    String from = content.sourceName().equals(session.getName()) ? "" : " from " + content.sourceName();
    return new Result(true, "Pasted " + ObjectWords.count(prepared.copies()) + from + " with new ids"
        + links(prepared) + ".", prepared.copies(), prepared.dropped());
  }

  /** Pastes copies of {@code objects} just after each (one undoable command); the clipboard is left as it was. */
  public static Result duplicate(ModelSession session, List<EObject> objects) {
    if (objects.isEmpty()) {
      return Result.refused("Nothing to duplicate: select one or more objects of the model (not the model itself).");
    }
    Map<String, List<EObject>> byList = new LinkedHashMap<>();
    for (EObject o : objects) {
      byList.computeIfAbsent(System.identityHashCode(o.eContainer()) + "/" + o.eContainingFeature().getName(),
          k -> new ArrayList<>()).add(o);
    }
    CompoundCommand all = new CompoundCommand("Duplicate");
    List<EObject> added = new ArrayList<>();
    List<PasteCopies.Dropped> dropped = new ArrayList<>();
    int kept = 0;
    for (List<EObject> group : byList.values()) {
      EObject last = group.stream().max(java.util.Comparator.comparingInt(ModelPaste::indexInList)).orElseThrow();
      PasteTargets.Placement place = PasteTargets.place(last, last.eContainingFeature(), group);
      if (place == null || place.owner() != last.eContainer()) {
        place = new PasteTargets.Placement(last.eContainer(), last.eContainingFeature(),
            PasteTargets.indexAfter(last.eContainer(), last.eContainingFeature(), last));
      }
      PasteCopies.Prepared prepared = PasteCopies.prepare(group, session.getModel());
      all.append(new ClipboardPaste(session.getEditingDomain(), place, prepared.copies()));
      added.addAll(prepared.copies());
      dropped.addAll(prepared.dropped());
      kept += prepared.kept();
    }
    if (!all.canExecute()) {
      return Result.refused("Cannot duplicate " + ObjectWords.count(objects) + ": "
          + ObjectWords.describe(objects.get(0).eContainer()) + " holds only one.");
    }
    if (!session.execute(all)) {
      return Result.guarded(session);
    }
    return new Result(true, "Duplicated " + ObjectWords.count(objects) + " with new ids"
        + links(new PasteCopies.Prepared(added, kept, 0, dropped)) + ".", added, dropped);
  }

  private static int indexInList(EObject o) {
    Object v = o.eContainer().eGet(o.eContainingFeature());
    return v instanceof List<?> l ? l.indexOf(o) : 0;
  }

  private static String links(PasteCopies.Prepared p) {
    StringBuilder b = new StringBuilder();
    if (p.kept() > 0) {
      b.append("; ").append(dev.wedge.core.text.Plurals.count(p.kept(), "reference", "references")).append(" kept");
      if (p.relinked() > 0) {
        b.append(" (").append(p.relinked()).append(" to this model's object of the same id)");
      }
    }
    if (!p.dropped().isEmpty()) {
      b.append("; ").append(dev.wedge.core.text.Plurals.count(p.dropped().size(), "reference", "references"))
          .append(" dropped, this model has no such object: ");
      for (int i = 0; i < p.dropped().size(); i++) {
        b.append(i == 0 ? "" : "; ").append(p.dropped().get(i).sentence());
      }
    }
    return b.toString();
  }
}
