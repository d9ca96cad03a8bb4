package dev.wedge.evidence.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.wedge.core.cli.CommandLine;
import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.cli.WedgeCommand;
import dev.wedge.core.persistence.ModelLoadException;
import dev.wedge.core.persistence.ModelSaveException;
import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessions;
import dev.wedge.evidence.imports.CsvImport;
import dev.wedge.evidence.imports.CsvOptions;
import dev.wedge.evidence.imports.Dates;
import dev.wedge.evidence.imports.CsvImport.DecimalStyle;
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
public final class ImportCommand implements WedgeCommand {

  static final String USAGE = "wedge import MODEL.wedge (--csv FILE | --xapi FILE) --metric ID [--dry-run]\n"
      + "    [--encoding NAME] [--separator comma|semicolon|tab|pipe] [--header yes|no] [--decimal point|comma]\n"
      + "    [--date-order day-first|month-first] [--date-column C] [--value-column C] [--cohort-column C|none]\n"
      + "    [--subject-column C|none] [--note-column C|none] [--cohort pilot|comparison|all]\n"
      + "    [--cohort-map 'VALUE=pilot,VALUE=comparison,VALUE=all,VALUE=leave-out'] [--implausible import|leave-out]\n"
      + "    [--score scaled|raw] [--verbs passed,failed,...] [--source NAME] [--again] [--max-size 50MB]\n"
      + "    [--subject-salt FILE] [--today yyyy-MM-dd] [--preview N]";
  private static final Set<String> VALUED = Set.of("csv", "xapi", "metric", "encoding", "separator", "header",
      "decimal", "date-order", "date-column", "value-column", "cohort-column", "subject-column", "note-column",
      "cohort", "cohort-map", "implausible", "score", "verbs", "source", "max-size", "subject-salt", "today",
      "preview");
  private static final Set<String> FLAGS = Set.of("dry-run", "again");

  private final Clock clock;

  public ImportCommand() {
    this(Clock.systemDefaultZone());
  }

  ImportCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    CommandLine cl;
    LocalDate today;
    long max;
    CsvOptions csv = CsvOptions.infer();
    XapiImport.Options xapi = XapiImport.Options.defaults();
    int previewRows;
    try {
      cl = CommandLine.parse(args, VALUED, FLAGS);
      if (cl.positional().size() != 1) {
        throw new CommandLine.UsageException("name one model file");
      }
      if ((cl.option("csv", null) == null) == (cl.option("xapi", null) == null)) {
        throw new CommandLine.UsageException("name one file to import, with --csv FILE or --xapi FILE");
      }
      if (cl.option("metric", null) == null) {
        throw new CommandLine.UsageException("say which metric the measurements are for, with --metric ID");
      }
      today = cl.option("today", null) == null ? LocalDate.now(clock) : LocalDate.parse(cl.option("today", null));
      max = cl.option("max-size", null) == null ? ImportFiles.maxBytes() : ImportFiles.parseSize(cl.option(
          "max-size", null));
      if (max <= 0) {
        throw new CommandLine.UsageException("--max-size must be a size like 50MB or 2GB, not '" + cl.option(
            "max-size", null) + "'");
      }
      previewRows = Integer.parseInt(cl.option("preview", "10"));
      if (cl.option("encoding", null) != null) {
        Charset c = TextDecoder.charset(cl.option("encoding", null));
        if (c == null) {
          throw new CommandLine.UsageException("--encoding '" + cl.option("encoding", null) + "' is not a character"
              + " set Java knows (try UTF-8, windows-1252, ISO-8859-1, ISO-8859-15)");
        }
        csv = csv.withEncoding(c);
      }
      if (cl.option("separator", null) != null) {
        csv = csv.withSeparator(separator(cl.option("separator", null)));
      }
      if (cl.option("header", null) != null) {
        csv = csv.withHeader(cl.choice("header", null, Set.of("yes", "no")).equals("yes"));
      }
      if (cl.option("decimal", null) != null) {
        DecimalStyle d = DecimalStyle.ofOption(cl.option("decimal", null));
        if (d == null) {
          throw new CommandLine.UsageException("--decimal must be point or comma, not '" + cl.option("decimal",
              null) + "'");
        }
        csv = csv.withDecimal(d);
      }
      if (cl.option("date-order", null) != null) {
        Dates.Order o = Dates.Order.ofOption(cl.option("date-order", null));
        if (o == null) {
          throw new CommandLine.UsageException("--date-order must be day-first or month-first, not '" + cl.option(
              "date-order", null) + "'");
        }
        csv = csv.withDateOrder(o);
      }
      csv = csv.withDateColumn(cl.option("date-column", null)).withValueColumn(cl.option("value-column", null))
          .withCohortColumn(cl.option("cohort-column", null)).withSubjectColumn(cl.option("subject-column", null))
          .withNoteColumn(cl.option("note-column", null));
      if (cl.option("cohort", null) != null) {
        Cohort c = cohort(cl.option("cohort", null));
        csv = csv.withFixedCohort(c);
        xapi = xapi.withCohort(c);
      }
      if (cl.option("cohort-map", null) != null) {
        try {
          csv = csv.withCohortMap(CsvOptions.parseCohortMap(cl.option("cohort-map", null)));
        } catch (IllegalArgumentException e) {
          throw new CommandLine.UsageException(e.getMessage());
        }
      }
      if (cl.option("implausible", null) != null) {
        CsvOptions.Implausible i = CsvOptions.Implausible.ofOption(cl.option("implausible", null));
        if (i == null) {
          throw new CommandLine.UsageException("--implausible must be import or leave-out, not '" + cl.option(
              "implausible", null) + "'");
        }
        csv = csv.withImplausible(i);
        xapi = xapi.withImplausible(i);
      }
      if (cl.option("score", null) != null) {
        XapiImport.Score s = XapiImport.Score.ofOption(cl.option("score", null));
        if (s == null) {
          throw new CommandLine.UsageException("--score must be scaled or raw, not '" + cl.option("score", null)
              + "'");
        }
        xapi = xapi.withScore(s);
      }
      if (cl.option("verbs", null) != null) {
        Set<String> verbs = new LinkedHashSet<>();
        Arrays.stream(cl.option("verbs", null).split(",")).map(String::strip).filter(v -> !v.isEmpty()).forEach(
            verbs::add);
        xapi = xapi.withVerbs(verbs);
      }
      String source = cl.option("source", null);
      csv = csv.withSource(source).withAgain(cl.flag("again"));
      xapi = xapi.withSource(source).withAgain(cl.flag("again"));
      if (cl.option("xapi", null) != null) {
        for (String csvOnly : new String[] {"encoding", "separator", "header", "decimal", "date-order", "date-column",
            "value-column", "cohort-column", "subject-column", "note-column", "cohort-map"}) {
          if (cl.option(csvOnly, null) != null) {
            throw new CommandLine.UsageException("--" + csvOnly + " is for CSV files; xAPI statements say it"
                + " themselves");
          }
        }
      } else {
        for (String xapiOnly : new String[] {"score", "verbs"}) {
          if (cl.option(xapiOnly, null) != null) {
            throw new CommandLine.UsageException("--" + xapiOnly + " is for xAPI statements, not CSV files");
          }
        }
      }
    } catch (CommandLine.UsageException | DateTimeParseException | NumberFormatException e) {
      err.println("wedge import: " + e.getMessage());
      err.println("usage: " + USAGE);
      return ExitCodes.USAGE;
    }

    Path modelFile = Path.of(cl.positional().get(0));
    ModelSession session;
    try {
      session = ModelSessions.getDefault().acquire(modelFile);
    } catch (ModelLoadException e) {
      err.println(e.getMessage());
      return ExitCodes.CANNOT_OPEN;
    }
    try {
      String wanted = cl.option("metric", null);
      BusinessMetric metric = session.getModel().getMetrics().stream().filter(m -> wanted.equals(m.getId()))
          .findFirst().orElse(session.getModel().getMetrics().stream().filter(m -> wanted.equalsIgnoreCase(
              m.getName())).findFirst().orElse(null));
      if (metric == null) {
        err.println("wedge import: no metric with the id or name '" + wanted + "' in " + modelFile + "; metrics: "
            + String.join(", ", session.getModel().getMetrics().stream().map(m -> m.getId() + " (" + m.getName()
                + ")").toList()));
        return ExitCodes.USAGE;
      }
      Path saltFile = cl.option("subject-salt", null) == null ? SubjectKeys.defaultFile() : Path.of(cl.option(
          "subject-salt", null));
      boolean dryRun = cl.flag("dry-run");
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
      boolean isCsv = cl.option("csv", null) != null;
      Path file = Path.of(isCsv ? cl.option("csv", null) : cl.option("xapi", null));
      String name = file.getFileName().toString();
      String source = cl.option("source", null) != null ? cl.option("source", null) : CsvImport.sourceOf(name);
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
          + (cl.flag("dry-run") ? ", dry run: nothing is written" : ""));
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
      if (cl.flag("dry-run")) {
        out.println(preview.summary() + " (dry run: nothing written)");
        return refused > 0 ? ExitCodes.FAILED_CHECK : ExitCodes.OK;
      }
      if (n == 0) {
        err.println("wedge import: nothing to import from " + name + (refused > 0 ? " (every row was refused)"
            : "") + "; the model is unchanged.");
        return ExitCodes.FAILED_CHECK;
      }
      if (!session.execute(MeasurementImport.command(session.getEditingDomain(), metric, preview, clock.instant()))) {
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
    } finally {
      ModelSessions.getDefault().release(session);
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
