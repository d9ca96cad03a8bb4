package dev.wedge.evidence.cli;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Path;

import org.eclipse.emf.common.command.Command;
import org.eclipse.osgi.util.NLS;

import dev.wedge.core.cli.CommandLine;
import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.cli.ModelCommand;
import dev.wedge.core.persistence.ModelSaveException;
import dev.wedge.core.session.ModelSession;
import dev.wedge.evidence.imports.ImportException;
import dev.wedge.evidence.imports.ImportFiles;
import dev.wedge.evidence.imports.ImportProblem;
import dev.wedge.evidence.imports.Question;
import dev.wedge.evidence.imports.RosterImport;
import dev.wedge.evidence.imports.RosterPreview;
import dev.wedge.evidence.imports.TextDecoder;

/**
 * {@code wedge import MODEL.wedge --initiatives FILE | --stakeholders FILE [--existing update|skip] [--dry-run]}:
 * the spreadsheet import of the File › Import wizard, headless. It prints how the file was read and the refused rows;
 * a question the file leaves open (names already in the model) makes it exit 1 with the option that answers it,
 * writing nothing. Otherwise the rows are one command and the model is saved atomically, keeping NAME.wedge.bak.
 */
final class RosterImportRun {

  private RosterImportRun() {
  }

  static int run(ModelCommand.Call call, RosterImport.Kind kind, String fileName, Character separator)
      throws Exception {
    PrintStream out = call.out();
    PrintStream err = call.err();
    for (String csvOnly : new String[] {"metric", "decimal", "date-order", "date-column", "value-column",
        "cohort-column", "subject-column", "note-column", "cohort", "cohort-map", "score", "verbs", "header"}) {
      if (call.option(csvOnly, null) != null) {
        throw new CommandLine.UsageException(NLS.bind(Messages.Roster_OptionNotHere, csvOnly, "--" + kind.name()
            .toLowerCase(java.util.Locale.ROOT)));
      }
    }
    RosterImport.Options o = RosterImport.Options.of(kind).withSeparator(separator);
    if (call.option("encoding", null) != null) {
      Charset c = TextDecoder.charset(call.option("encoding", null));
      if (c == null) {
        throw new CommandLine.UsageException("--encoding '" + call.option("encoding", null) + "' is not a character"
            + " set Java knows (try UTF-8, windows-1252, ISO-8859-1, ISO-8859-15)");
      }
      o = o.withEncoding(c);
    }
    if (call.option("existing", null) != null) {
      RosterImport.Existing e = RosterImport.Existing.ofOption(call.option("existing", null));
      if (e == null) {
        throw call.usage(NLS.bind(Messages.Roster_ExistingOption, call.option("existing", null)));
      }
      o = o.withExisting(e);
    }
    if (call.option("name-column", null) != null) {
      o = o.withColumn("name", call.option("name-column", null));
    }
    Path file = Path.of(fileName);
    ModelSession session = call.session();
    RosterPreview p;
    try {
      p = RosterImport.analyse(ImportFiles.read(file, ImportFiles.maxBytes()), file.getFileName().toString(), o,
          session.getModel());
    } catch (ImportException e) {
      err.println(e.getMessage());
      return ExitCodes.CANNOT_OPEN;
    }
    if (p.fatal() != null) {
      err.println(p.fatal());
      return ExitCodes.CANNOT_OPEN;
    }
    for (String note : p.notes()) {
      out.println(note);
    }
    for (RosterPreview.Row r : p.rows()) {
      out.println("  line " + r.line() + ": " + (r.name() == null ? "" : r.name()) + (r.refusal() != null
          ? "  refused" : r.existing() != null ? "  already in the model" : "  new"));
    }
    if (!p.problems().isEmpty()) {
      out.println(NLS.bind(Messages.Roster_Refused, p.problems().size()));
      for (ImportProblem problem : p.problems()) {
        out.println("  " + problem);
      }
    }
    if (!p.questions().isEmpty()) {
      for (Question q : p.questions()) {
        err.println("wedge import: " + q.forCommandLine());
      }
      err.println(Messages.Roster_NothingAsked);
      return ExitCodes.FAILED_CHECK;
    }
    if (call.flag("dry-run")) {
      out.println(p.summary() + " " + Messages.Roster_DryRun);
      return p.refused().isEmpty() ? ExitCodes.OK : ExitCodes.FAILED_CHECK;
    }
    Command c = p.command(session.getEditingDomain(), session.getModel());
    if (c == null) {
      err.println(NLS.bind(Messages.Roster_NothingToDo, p.summary()));
      return ExitCodes.FAILED_CHECK;
    }
    if (!session.execute(c)) {
      err.println("wedge import: the import was refused: " + session.lastRefusal());
      return ExitCodes.FAILED_CHECK;
    }
    try {
      session.save();
    } catch (ModelSaveException e) {
      err.println(e.getMessage());
      return ExitCodes.CANNOT_WRITE;
    }
    out.println(NLS.bind(Messages.Roster_Saved, new Object[] {p.summary(), call.file(), call.file().getFileName()}));
    return p.refused().isEmpty() ? ExitCodes.OK : ExitCodes.FAILED_CHECK;
  }
}
