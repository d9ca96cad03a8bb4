package dev.wedge.evidence.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.wedge.core.cli.CommandLine;
import dev.wedge.core.cli.CommandSyntax;
import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.cli.ModelCommand;
import dev.wedge.core.persistence.ModelSaveException;
import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessions;
import dev.wedge.evidence.imports.CsvImport;
import dev.wedge.evidence.imports.CsvOptions;
import dev.wedge.core.text.Dates;
import dev.wedge.core.text.DecimalStyle;
import dev.wedge.evidence.imports.ImportException;
import dev.wedge.evidence.imports.ImportFiles;
import dev.wedge.evidence.imports.ImportPreview;
import dev.wedge.evidence.imports.ImportProblem;
import dev.wedge.evidence.imports.ImportTarget;
import dev.wedge.evidence.imports.MeasurementImport;
import dev.wedge.evidence.imports.PreviewRow;
import dev.wedge.evidence.imports.Question;
import dev.wedge.evidence.imports.SubjectKeys;
import dev.wedge.evidence.imports.TextDecoder;
import dev.wedge.evidence.imports.XapiImport;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Cohort;

/**
 * {@code wedge import MODEL.wedge --csv FILE | --xapi FILE --metric ID [options] [--dry-run]}: the headless twin of
 * the import dialogs. It prints the line the file is read as, a preview, the refused rows and the notes; a question
 * the file leaves open makes it exit 1 with the question in words and the option that answers it, writing nothing.
 * Otherwise the rows are imported in one command with their import record and the model is saved through the same
 * path as the workbench (atomically, keeping NAME.wedge.bak).
 */
public final class ImportCommand extends ModelCommand {

  @Override
  protected CommandSyntax syntax() {
    return CommandSyntax.model("MODEL.wedge").lead("(--csv FILE | --xapi FILE) --metric ID | --initiatives FILE | --stakeholders FILE")
        .option("csv", "FILE", "a CSV file of measurements")
        .option("xapi", "FILE", "xAPI statements: an array, an LRS StatementResult or newline-delimited JSON")
        .option("initiatives", "FILE", "a spreadsheet (CSV) of initiatives, one a row, with a header line")
        .option("stakeholders", "FILE", "a spreadsheet (CSV) of stakeholders, one a row, with a header line")
        .option("existing", "update|skip", "initiatives, stakeholders: what to do with a name already in the model")
        .option("name-column", "C", "initiatives, stakeholders: the column of the names (a header or a number)")
        .option("metric", "ID", "the metric the measurements are for (its id or its name)")
        .flag("dry-run", "how the file would be read, without writing anything")
        .option("encoding", "NAME", "the character set (detected otherwise)")
        .option("separator", "comma|semicolon|tab|pipe", "how the lines split")
        .choice("header", "whether the first line names the columns", "yes", "no")
        .option("decimal", "point|comma", "whether 1,234 is a thousand or one point two")
        .option("date-order", "day-first|month-first", "whether 02/03/2026 is 2 March or 3 February")
        .option("date-column", "C", "the column of the dates (a header or a number)")
        .option("value-column", "C", "the column of the values")
        .option("cohort-column", "C|none", "the column of the cohorts")
        .option("subject-column", "C|none", "the column of the learners (kept as keys, never as names)")
        .option("note-column", "C|none", "the column of notes")
        .option("cohort", "pilot|comparison|all", "one cohort for every row")
        .option("cohort-map", "'VALUE=pilot,VALUE=comparison,VALUE=all,VALUE=leave-out'", "what the cohort values"
            + " stand for (remembered per source)")
        .option("implausible", "import|leave-out", "values more than ten times off the metric's baseline")
        .option("score", "scaled|raw", "xAPI: percentages (scaled, or raw by min and max) or raw points")
        .option("verbs", "passed,failed,...", "xAPI: the verbs to import (all with a score by default)")
        .option("source", "NAME", "the source's name (the file's otherwise)")
        .flag("again", "import a file imported before")
        .option("max-size", "50MB", "the size limit")
        .option("subject-salt", "FILE", "the salt of subject keys")
        .today()
        .option("preview", "N", "rows in the preview (default 10)");
  }

  @Override
  protected int run(Call call) throws Exception {
    PrintStream out = call.out();
    PrintStream err = call.err();
    CsvOptions csv = CsvOptions.infer();
    XapiImport.Options xapi = XapiImport.Options.defaults();
    long max;
    int previewRows;
    int files = 0;
    for (String o : new String[] {"csv", "xapi", "initiatives", "stakeholders"}) {
      files += call.option(o, null) == null ? 0 : 1;
    }
    if (files != 1) {
      throw new CommandLine.UsageException(Messages.Roster_OneFile);
    }
    if (call.option("initiatives", null) != null || call.option("stakeholders", null) != null) {
      boolean initiatives = call.option("initiatives", null) != null;
      return RosterImportRun.run(call, initiatives ? dev.wedge.evidence.imports.RosterImport.Kind.INITIATIVES
          : dev.wedge.evidence.imports.RosterImport.Kind.STAKEHOLDERS, call.option(initiatives ? "initiatives"
              : "stakeholders", null), call.option("separator", null) == null ? null : separator(call.option(
                  "separator", null)));
    }
    for (String rosterOnly : new String[] {"existing", "name-column"}) {
      if (call.option(rosterOnly, null) != null) {
        throw new CommandLine.UsageException("--" + rosterOnly + " is for --initiatives and --stakeholders");
      }
    }
    if (call.option("metric", null) == null) {
      throw new CommandLine.UsageException("say which metric the measurements are for, with --metric ID");
    }
    max = call.option("max-size", null) == null ? ImportFiles.maxBytes() : ImportFiles.parseSize(call.option(
        "max-size", null));
    if (max <= 0) {
      throw new CommandLine.UsageException("--max-size must be a size like 50MB or 2GB, not '" + call.option(
          "max-size", null) + "'");
    }
    try {
      previewRows = Integer.parseInt(call.option("preview", "10").strip());
    } catch (NumberFormatException e) {
      throw call.usage("--preview takes a number of rows, not '" + call.option("preview", null) + "'");
    }
    if (call.option("encoding", null) != null) {
      Charset c = TextDecoder.charset(call.option("encoding", null));
      if (c == null) {
        throw new CommandLine.UsageException("--encoding '" + call.option("encoding", null) + "' is not a character"
            + " set Java knows (try UTF-8, windows-1252, ISO-8859-1, ISO-8859-15)");
      }
      csv = csv.withEncoding(c);
    }
    if (call.option("separator", null) != null) {
      csv = csv.withSeparator(separator(call.option("separator", null)));
    }
    if (call.option("header", null) != null) {
      csv = csv.withHeader(call.option("header", null).equals("yes"));
    }
    if (call.option("decimal", null) != null) {
      DecimalStyle d = DecimalStyle.ofOption(call.option("decimal", null));
      if (d == null) {
        throw new CommandLine.UsageException("--decimal must be point or comma, not '" + call.option("decimal",
            null) + "'");
      }
      csv = csv.withDecimal(d);
    }
    if (call.option("date-order", null) != null) {
      Dates.Order o = Dates.Order.ofOption(call.option("date-order", null));
      if (o == null) {
        throw new CommandLine.UsageException("--date-order must be day-first or month-first, not '" + call.option(
            "date-order", null) + "'");
      }
      csv = csv.withDateOrder(o);
    }
    csv = csv.withDateColumn(call.option("date-column", null)).withValueColumn(call.option("value-column", null))
        .withCohortColumn(call.option("cohort-column", null)).withSubjectColumn(call.option("subject-column", null))
        .withNoteColumn(call.option("note-column", null));
    if (call.option("cohort", null) != null) {
      Cohort c = cohort(call.option("cohort", null));
      csv = csv.withFixedCohort(c);
      xapi = xapi.withCohort(c);
    }
    if (call.option("cohort-map", null) != null) {
      try {
        csv = csv.withCohortMap(CsvOptions.parseCohortMap(call.option("cohort-map", null)));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.UsageException(e.getMessage());
      }
    }
    if (call.option("implausible", null) != null) {
      CsvOptions.Implausible i = CsvOptions.Implausible.ofOption(call.option("implausible", null));
      if (i == null) {
        throw new CommandLine.UsageException("--implausible must be import or leave-out, not '" + call.option(
            "implausible", null) + "'");
      }
      csv = csv.withImplausible(i);
      xapi = xapi.withImplausible(i);
    }
    if (call.option("score", null) != null) {
      XapiImport.Score s = XapiImport.Score.ofOption(call.option("score", null));
      if (s == null) {
        throw new CommandLine.UsageException("--score must be scaled or raw, not '" + call.option("score", null)
            + "'");
      }
      xapi = xapi.withScore(s);
    }
    if (call.option("verbs", null) != null) {
      Set<String> verbs = new LinkedHashSet<>();
      Arrays.stream(call.option("verbs", null).split(",")).map(String::strip).filter(v -> !v.isEmpty()).forEach(
          verbs::add);
      xapi = xapi.withVerbs(verbs);
    }
    String sourceName = call.option("source", null);
    csv = csv.withSource(sourceName).withAgain(call.flag("again"));
    xapi = xapi.withSource(sourceName).withAgain(call.flag("again"));
    if (call.option("xapi", null) != null) {
      for (String csvOnly : new String[] {"encoding", "separator", "header", "decimal", "date-order", "date-column",
          "value-column", "cohort-column", "subject-column", "note-column", "cohort-map"}) {
        if (call.option(csvOnly, null) != null) {
          throw new CommandLine.UsageException("--" + csvOnly + " is for CSV files; xAPI statements say it"
              + " themselves");
        }
      }
    } else {
      for (String xapiOnly : new String[] {"score", "verbs"}) {
        if (call.option(xapiOnly, null) != null) {
          throw new CommandLine.UsageException("--" + xapiOnly + " is for xAPI statements, not CSV files");
        }
      }
    }
    Path modelFile = call.file();
    ModelSession session = call.session();
    LocalDate today = call.today();
    {
      String wanted = call.option("metric", null);
      BusinessMetric metric = session.getModel().getMetrics().stream().filter(m -> wanted.equals(m.getId()))
          .findFirst().orElse(session.getModel().getMetrics().stream().filter(m -> wanted.equalsIgnoreCase(
              m.getName())).findFirst().orElse(null));
      if (metric == null) {
        err.println("wedge import: no metric with the id or name '" + wanted + "' in " + modelFile + "; metrics: "
            + String.join(", ", session.getModel().getMetrics().stream().map(m -> m.getId() + " (" + m.getName()
                + ")").toList()));
        return ExitCodes.USAGE;
      }
      Path saltFile = call.option("subject-salt", null) == null ? SubjectKeys.defaultFile() : Path.of(call.option(
          "subject-salt", null));
      boolean dryRun = call.flag("dry-run");
      boolean[] saltToMake = {false};
      ImportTarget.Keys keys = () -> {
        if (dryRun && !Files.exists(saltFile)) {
          // a dry run writes nothing, the user's salt included: keys of a salt used once show the same preview
          saltToMake[0] = true;
          byte[] once = new byte[32];
          new java.security.SecureRandom().nextBytes(once);
          return SubjectKeys.of(once);
        }
        return SubjectKeys.open(saltFile);
      };
      boolean isCsv = call.option("csv", null) != null;
      Path file = Path.of(isCsv ? call.option("csv", null) : call.option("xapi", null));
      String name = file.getFileName().toString();
      String source = call.option("source", null) != null ? call.option("source", null) : CsvImport.sourceOf(name);
      ImportTarget target = ImportTarget.of(metric, source, today, keys);
      ImportPreview preview;
      try {
        if (isCsv) {
          preview = CsvImport.analyse(ImportFiles.read(file, max), name, csv, target);
        } else {
          ImportFiles.check(file, max);
          try (InputStream in = Files.newInputStream(file)) {
            preview = XapiImport.analyse(in, name, max, xapi, target);
          }
        }
      } catch (ImportException e) {
        err.println(e.getMessage());
        return ExitCodes.CANNOT_OPEN;
      } catch (IOException e) {
        err.println("Cannot import " + name + ": it cannot be read (" + e.getMessage() + ").");
        return ExitCodes.CANNOT_OPEN;
      }
      out.println("Importing " + name + " into '" + metric.getName() + "' (" + metric.getId() + ")"
          + (call.flag("dry-run") ? ", dry run: nothing is written" : ""));
      if (preview.fatal() != null) {
        err.println(preview.fatal());
        return ExitCodes.CANNOT_OPEN;
      }
      print(preview, previewRows, out);
      if (saltToMake[0]) {
        out.println("Note: the subject key salt " + saltFile + " does not exist yet; the import will create it"
            + " (the dry run did not).");
      }
      if (!preview.questions().isEmpty()) {
        for (Question q : preview.questions()) {
          err.println("wedge import: " + q.forCommandLine());
        }
        err.println("wedge import: nothing was imported; answer " + (preview.questions().size() == 1
            ? "the question" : "the questions") + " and run it again.");
        return ExitCodes.FAILED_CHECK;
      }
      int n = preview.importable().size();
      int refused = preview.rowsRefused();
      if (call.flag("dry-run")) {
        out.println(preview.summary() + " (dry run: nothing written)");
        return refused > 0 ? ExitCodes.FAILED_CHECK : ExitCodes.OK;
      }
      if (n == 0) {
        err.println("wedge import: nothing to import from " + name + (refused > 0 ? " (every row was refused)"
            : "") + "; the model is unchanged.");
        return ExitCodes.FAILED_CHECK;
      }
      if (!session.execute(MeasurementImport.command(session.getEditingDomain(), metric, preview, ModelSessions.getDefault().getClock().instant()))) {
        err.println("wedge import: the import was refused: " + session.lastRefusal());
        return ExitCodes.FAILED_CHECK;
      }
      try {
        session.save();
      } catch (ModelSaveException e) {
        err.println(e.getMessage());
        return ExitCodes.CANNOT_WRITE;
      }
      int left = preview.rowsLeftOut();
      out.println(n + (n == 1 ? " measurement" : " measurements") + " imported" + (left > 0 ? "; " + left
          + " left out on purpose" : "") + (refused > 0 ? "; " + refused + " refused (listed above)" : "") + "; saved " + modelFile + " (the previous version is "
          + modelFile.getFileName() + ".bak).");
      return refused > 0 ? ExitCodes.FAILED_CHECK : ExitCodes.OK;
    }
  }

  private static void print(ImportPreview p, int rows, PrintStream out) {
    out.println("Read as: " + p.inferredLine());
    if (p.details() instanceof XapiImport.Details d && !d.verbs().isEmpty()) {
      out.println("Verbs (statements, with a usable score, their mean; the mean of the import, and without or with"
          + " the verb):");
      for (XapiImport.VerbCount v : d.verbs()) {
        out.println(String.format(Locale.ROOT, "  %-14s %4d %s %4d scored, mean %s; %s: import mean %s,"
            + " %s it %s", v.verb(), v.statements(), v.statements() == 1 ? "statement, " : "statements,", v.scored(),
            mean(v.mean()), v.included() ? "included"
                : "left out", mean(v.importMean()), v.included() ? "without" : "with", mean(v.meanOtherwise())));
      }
    }
    for (String note : p.notes()) {
      out.println("Note: " + note);
    }
    if (rows > 0 && !p.rows().isEmpty()) {
      out.println("Preview (" + Math.min(rows, p.rows().size()) + " of " + p.rows().size() + " rows):");
      out.println(String.format(Locale.ROOT, "  %-14s %-22s %-11s %-16s %-10s %-18s %s", "where", "date in file",
          "date", "value in file", "value", "cohort in file", "cohort"));
      for (PreviewRow r : p.rows().subList(0, Math.min(rows, p.rows().size()))) {
        out.println(String.format(Locale.ROOT, "  %-14s %-22s %-11s %-16s %-10s %-18s %s%s", r.where(), cut(r
            .rawDate(), 22), r.date() == null ? "?" : r.date(), cut(r.rawValue(), 16), r.value() == null ? "?"
                : ImportTarget.number(r.value()), cut(r.rawCohort() == null ? "" : r.rawCohort(), 18), r.cohort()
                    == null ? "?" : r.cohort().getLiteral().toLowerCase(Locale.ROOT), r.refusal() != null
                        ? ImportPreview.leftOut(r.refusal()) ? "  left out" : "  refused" : r.flag() != null
                            ? "  flagged: " + r.flag() : ""));
      }
    }
    List<ImportProblem> problems = p.problems().stream().filter(x -> !ImportPreview.leftOut(x.reason())).toList();
    List<ImportProblem> leftOut = p.problems().stream().filter(x -> ImportPreview.leftOut(x.reason())).toList();
    if (!leftOut.isEmpty()) {
      out.println("Left out on purpose (" + leftOut.size() + "):");
      for (ImportProblem problem : leftOut) {
        out.println("  " + problem);
      }
    }
    if (!problems.isEmpty()) {
      out.println("Refused (" + problems.size() + "):");
      for (ImportProblem problem : problems) {
        out.println("  " + problem);
      }
    }
    if (!p.unmappedCohorts().isEmpty()) {
      out.println("Cohort values not mapped: " + String.join(", ", p.unmappedCohorts().entrySet().stream().map(
          e -> "'" + e.getKey() + "' (" + e.getValue() + (e.getValue() == 1 ? " row)" : " rows)")).toList()));
    }
  }

  private static String mean(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f", v);
  }

  private static String cut(String s, int n) {
    String t = s == null ? "" : s.replace('\n', ' ');
    return t.length() <= n ? t : t.substring(0, n - 1) + "\u2026";
  }

  private static Character separator(String s) throws CommandLine.UsageException {
    return switch (s.strip().toLowerCase(Locale.ROOT)) {
      case "comma", "," -> ',';
      case "semicolon", ";" -> ';';
      case "tab", "\\t", "\t" -> '\t';
      case "pipe", "|" -> '|';
      default -> throw new CommandLine.UsageException("--separator must be comma, semicolon, tab or pipe, not '" + s
          + "'");
    };
  }

  private static Cohort cohort(String s) throws CommandLine.UsageException {
    return switch (s.strip().toLowerCase(Locale.ROOT)) {
      case "pilot" -> Cohort.PILOT;
      case "comparison", "control" -> Cohort.COMPARISON;
      case "all" -> Cohort.ALL;
      default -> throw new CommandLine.UsageException("--cohort must be pilot, comparison or all, not '" + s + "'");
    };
  }
}
