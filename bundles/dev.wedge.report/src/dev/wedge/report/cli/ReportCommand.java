package dev.wedge.report.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import dev.wedge.core.cli.CommandSyntax;
import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.cli.ModelCommand;
import dev.wedge.core.persistence.LoadedModel;
import dev.wedge.core.persistence.MissingPlugin;
import dev.wedge.core.persistence.Words;
import dev.wedge.core.provenance.Provenance;
import dev.wedge.report.BriefOptions;
import dev.wedge.report.Briefs;
import dev.wedge.report.figures.Colors;

/**
 * {@code wedge report FILE.wedge [--format html|pdf] [--pilot ID] [--out PATH] [--names] [--personal-data]
 * [--organization NAME] [--color #RRGGBB] [--logo FILE] [--paper a4|letter] [--appendix condensed|full]
 * [--language en|de] [--today yyyy-MM-dd]}: writes the executive brief next to
 * the model (or to --out) and prints where.
 */
public final class ReportCommand extends ModelCommand {

  @Override
  protected CommandSyntax syntax() {
    return CommandSyntax.model("FILE.wedge").format("pdf", "html")
        .option("pilot", "ID", "the brief of this pilot only (its id or name)")
        .option("out", "PATH", "where to write it (a file or a folder; default: beside the model, NAME-brief.pdf);"
            + " a name ending in .pdf or .html sets the format")
        .flag("json", "say what was written as JSON (the brief, its size, what produced it)")
        .flag("names", "name people instead of giving their role")
        .flag("personal-data", "show learner data individually, not as cohort averages")
        .option("organization", "NAME", "the organization named on the cover")
        .option("color", "#RRGGBB", "the accent colour (default " + BriefOptions.DEFAULT_ACCENT + ")")
        .option("logo", "FILE.png", "a PNG or JPEG logo for the cover")
        .choice("paper", "A4 (default) or US Letter", "a4", "letter")
        .choice("appendix", "what the body (at most " + Briefs.BODY_PAGE_CAP + " pages) leaves out: in summary"
            + " tables (default) or every item", "condensed", "full")
        .choice("language", "the language the brief is written in: English (default) or German", "en", "de")
        .today();
  }

  @Override
  protected int run(Call call) throws Exception {
    PrintStream out = call.out();
    PrintStream err = call.err();
    String format;
    try {
      format = dev.wedge.report.BriefFormat.of(call.option("format"), call.option("out"));
    } catch (IllegalArgumentException e) {
      throw call.usage(e.getMessage());
    }
    String paper = call.option("paper", "a4");
    String color = call.option("color");
    if (color != null && Colors.parse(color) == null) {
      throw call.usage("--color takes a colour like #1f3864, not '" + color + "'");
    }
    String logo = call.option("logo");
    if (logo != null && !(logo.toLowerCase(Locale.ROOT).matches(".*\\.(png|jpe?g)") && Files.isRegularFile(
        Path.of(logo)))) {
      throw call.usage("--logo takes a PNG or JPEG file that exists, not '" + logo + "'");
    }
    Path file = call.file();
    LoadedModel loaded = call.loaded();
    BriefOptions options = BriefOptions.defaults().withToday(call.today())
        .withPaper(paper.equals("letter") ? BriefOptions.Paper.LETTER : BriefOptions.Paper.A4)
        .withPilot(call.option("pilot", null))
        .withLanguage(dev.wedge.report.BriefText.language(call.option("language", "en")))
        .withAppendix(call.option("appendix", "condensed").equals("full") ? BriefOptions.Appendix.FULL
            : BriefOptions.Appendix.CONDENSED)
        .withNames(call.flag("names"), call.flag("personal-data"))
        .withBranding(call.option("organization", null), call.option("color", BriefOptions.DEFAULT_ACCENT),
            call.option("logo", null) == null ? null : Path.of(call.option("logo", null)));
    try {
      Briefs.pilots(loaded.model(), options);
    } catch (IllegalArgumentException e) {
      err.println("wedge report: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    String base = file.getFileName().toString().replaceFirst("\\.wedge$", "");
    Path target = call.option("out", null) != null ? Path.of(call.option("out", null))
        : file.toAbsolutePath().resolveSibling(base + "-brief." + format);
    if (Files.isDirectory(target)) {
      target = target.resolve(base + "-brief." + format);
    }
    if (target.toAbsolutePath().equals(file.toAbsolutePath())) {
      err.println("wedge report: the brief would overwrite the model " + file + "; choose another --out");
      return ExitCodes.USAGE;
    }
    Path folder = target.toAbsolutePath().getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      // a mistyped --out is said, not answered by making folders nobody asked for
      err.println("wedge report: cannot write " + target + ": the folder " + folder + " does not exist; create it"
          + " first or choose another --out");
      return ExitCodes.CANNOT_WRITE;
    }
    long t = System.nanoTime();
    boolean replacing = Files.exists(target); // said, not done silently (the old brief is replaced atomically)
    Briefs.Written written;
    try {
      written = Briefs.writeBrief(loaded.model(), options, format, target, null);
    } catch (IOException e) {
      err.println("wedge report: cannot write " + target + ": " + Words.of(e));
      return ExitCodes.CANNOT_WRITE;
    }
    List<MissingPlugin> missing = MissingPlugin.in(loaded);
    MissingPlugin.printNotes("report", missing, err);
    if (call.flag("json")) {
      out.println(json(file, written, format, missing));
      return problems(written, err);
    }
    out.println("Wrote " + target + (replacing ? ", replacing the file that was there" : "") + " ("
        + Files.size(target) / 1024 + " KB, " + (System.nanoTime() - t) / 1_000_000
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
