package dev.wedge.evidence.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import dev.wedge.model.Identified;
import dev.wedge.model.Ids;
import dev.wedge.model.Named;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.WedgePackage;

/**
 * How a spreadsheet of initiatives or stakeholders was read ({@link RosterImport}): every row with what it was read
 * as, the rows refused with their line and reason, the questions still open and the notes. {@link #command} makes the
 * import one command (one undo): new objects added, those of a name already in the model updated or left as they are,
 * as answered.
 *
 * @param fatal    why the whole file is refused (a sentence with the fix), or null
 * @param existing the answer for names already in the model, or null while it is asked
 */
public record RosterPreview(RosterImport.Kind kind, String fileName, String sha256, String fatal, List<Row> rows,
    List<ImportProblem> problems, List<Question> questions, List<String> notes, RosterImport.Existing existing) {

  /**
   * One row of the file.
   *
   * @param existing the object of the same name already in the model, or null
   * @param refusal  why the row is refused, or null
   */
  public record Row(int line, String name, Map<EAttribute, Object> values, Named existing, String refusal) {
  }

  static RosterPreview fatal(RosterImport.Kind kind, String fileName, String sha, String why) {
    return new RosterPreview(kind, fileName, sha, why, List.of(), List.of(), List.of(), List.of(), null);
  }

  /** Whether nothing stands in the way of importing: the file was read and no question is open. */
  public boolean ready() {
    return fatal == null && questions.isEmpty();
  }

  /** The rows that add an object. */
  public List<Row> added() {
    return rows.stream().filter(r -> r.refusal() == null && r.existing() == null).toList();
  }

  /** The rows that update an object of the model (none unless answered so). */
  public List<Row> updated() {
    return existing == RosterImport.Existing.UPDATE ? rows.stream().filter(r -> r.refusal() == null
        && r.existing() != null).toList() : List.of();
  }

  /** The rows skipped because their name is in the model and the answer was to leave those. */
  public List<Row> skipped() {
    return existing == RosterImport.Existing.SKIP ? rows.stream().filter(r -> r.refusal() == null
        && r.existing() != null).toList() : List.of();
  }

  /** The rows refused. */
  public List<Row> refused() {
    return rows.stream().filter(r -> r.refusal() != null).toList();
  }

  /**
   * The import as one command on {@code model}: the objects of {@link #added()} (new ids) and the values of
   * {@link #updated()}; null when there is nothing to do or the preview is not {@linkplain #ready() ready}.
   */
  public Command command(EditingDomain domain, StrategyModel model) {
    if (!ready() || added().isEmpty() && updated().isEmpty()) {
      return null;
    }
    CompoundCommand c = new CompoundCommand(NLS.bind(Messages.Roster_CommandLabel, kind.words(), fileName));
    List<EObject> made = new ArrayList<>();
    for (Row r : added()) {
      EObject o = EcoreUtil.create(kind.feature().getEReferenceType());
      ((Identified) o).setId(Ids.newId());
      r.values().forEach(o::eSet);
      made.add(o);
    }
    if (!made.isEmpty()) {
      c.append(AddCommand.create(domain, model, kind.feature(), made));
    }
    for (Row r : updated()) {
      r.values().forEach((f, v) -> {
        if (f != WedgePackage.Literals.NAMED__NAME && !v.equals(r.existing().eGet(f))) {
          c.append(SetCommand.create(domain, r.existing(), f, v));
        }
      });
    }
    return c.isEmpty() ? null : c;
  }

  /** What the import did, for the status line, the notification and the command line. */
  public String summary() {
    return NLS.bind(Messages.Roster_Summary, new Object[] {added().size(), kind.words(added().size()), updated().size(),
        skipped().size(), refused().size(), fileName});
  }
}
