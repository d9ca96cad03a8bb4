package dev.wedge.report.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import dev.wedge.core.cli.CommandLine;
import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.persistence.Words;
import dev.wedge.core.cli.WedgeCommand;
import dev.wedge.core.persistence.LoadedModel;
import dev.wedge.core.persistence.ModelLoadException;
import dev.wedge.core.persistence.MissingPlugin;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.core.provenance.Provenance;
import dev.wedge.report.BriefOptions;
import dev.wedge.report.Briefs;
import dev.wedge.report.figures.Colors;

/**
 * {@code wedge report FILE.wedge [--format html|pdf] [--pilot ID] [--out PATH] [--names] [--personal-data]
 * [--organization NAME] [--color #RRGGBB] [--logo FILE] [--paper a4|letter] [--today yyyy-MM-dd]}: writes the executive brief next to
 * the model (or to --out) and prints where.
 */
public final class ReportCommand implements WedgeCommand {

  static final String USAGE = "wedge report FILE.wedge [--format html|pdf] [--pilot ID] [--out PATH] [--json] [--names]"
      + " [--personal-data] [--organization NAME] [--color #RRGGBB] [--logo FILE.png] [--paper a4|letter]"
      + " [--today yyyy-MM-dd]";

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    CommandLine cl;
    String format;
    String paper;
    LocalDate today;
    try {
      cl = CommandLine.parse(args, Set.of("format", "pilot", "out", "organization", "color", "logo", "paper",
          "today"),
          Set.of("names", "personal-data", "json"));
      format = cl.choice("format", "pdf", Set.of("html", "pdf"));
      paper = cl.choice("paper", "a4", Set.of("a4", "letter"));
      today = cl.option("today", null) == null ? null : LocalDate.parse(cl.option("today", null));
      if (cl.positional().size() != 1) {
        throw new CommandLine.UsageException("name one model file");
      }
      if (cl.option("color", null) != null && Colors.parse(cl.option("color", null)) == null) {
        throw new CommandLine.UsageException("--color takes a colour like #1f3864, not '" + cl.option("color", null)
            + "'");
      }
      String logo = cl.option("logo", null);
      if (logo != null && !(logo.toLowerCase(Locale.ROOT).matches(".*\\.(png|jpe?g)") && Files.isRegularFile(
          Path.of(logo)))) {
        throw new CommandLine.UsageException("--logo takes a PNG or JPEG file that exists, not '" + logo + "'");
      }
    } catch (CommandLine.UsageException | DateTimeParseException e) {
      err.println("wedge report: " + e.getMessage());
      err.println("usage: " + USAGE);
      return ExitCodes.USAGE;
    }
    Path file = Path.of(cl.positional().get(0));
    LoadedModel loaded;
    try {
      loaded = ModelStore.load(file);
    } catch (ModelLoadException e) {
      err.println(e.getMessage());
      return ExitCodes.CANNOT_OPEN;
    }
    BriefOptions options = BriefOptions.defaults().withToday(today != null ? today
        : dev.wedge.core.session.ModelSessions.getDefault().today(loaded.model())) // the session's clock, not the system's
        .withPaper(paper.equals("letter") ? BriefOptions.Paper.LETTER : BriefOptions.Paper.A4)
        .withPilot(cl.option("pilot", null))
        .withNames(cl.flag("names"), cl.flag("personal-data"))
        .withBranding(cl.option("organization", null), cl.option("color", BriefOptions.DEFAULT_ACCENT),
            cl.option("logo", null) == null ? null : Path.of(cl.option("logo", null)));
    try {
      Briefs.pilots(loaded.model(), options);
    } catch (IllegalArgumentException e) {
      err.println("wedge report: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    String base = file.getFileName().toString().replaceFirst("\\.wedge$", "");
    Path target = cl.option("out", null) != null ? Path.of(cl.option("out", null))
        : file.toAbsolutePath().resolveSibling(base + "-brief." + format);
    if (Files.isDirectory(target)) {
      target = target.resolve(base + "-brief." + format);
    }
    if (target.toAbsolutePath().equals(file.toAbsolutePath())) {
      err.println("wedge report: the brief would overwrite the model " + file + "; choose another --out");
      return ExitCodes.USAGE;
    }
    long t = System.nanoTime();
    Briefs.Written written;
    try {
      written = Briefs.writeBrief(loaded.model(), options, format, target, null);
    } catch (IOException e) {
      err.println("wedge report: cannot write " + target + ": " + Words.of(e));
      return ExitCodes.CANNOT_WRITE;
    }
    List<MissingPlugin> missing = MissingPlugin.in(loaded);
    MissingPlugin.printNotes("report", missing, err);
    if (cl.flag("json")) {
      out.println(json(file, written, format, missing));
      return problems(written, err);
    }
    out.println("Wrote " + target + " (" + Files.size(target) / 1024 + " KB, " + (System.nanoTime() - t) / 1_000_000
        + " ms); people " + (options.includeNames() ? "named" : "named by role") + ", learner data "
        + (options.includePersonalData() ? "shown individually" : "as cohort averages") + ".");
    return problems(written, err);
  }

  /** What the brief leaves out, on stderr (it says so in its place as well); exit 1 when anything is missing. */
  private static int problems(Briefs.Written written, PrintStream err) {
    for (String p : written.problems()) {
      err.println("wedge report: " + p);
    }
    return written.problems().isEmpty() ? ExitCodes.OK : ExitCodes.FAILED_CHECK;
  }

  private static String json(Path file, Briefs.Written w, String format, List<MissingPlugin> missing)
      throws IOException {
    StringWriter sw = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(sw)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("file", file.toString());
      g.writeStringField("brief", w.target().toString());
      g.writeStringField("format", format);
      g.writeNumberField("bytes", w.bytes());
      Provenance.writeJson(g, w.producedBy());
      MissingPlugin.writeJson(g, missing);
      g.writeEndObject();
    }
    return sw.toString();
  }
}
