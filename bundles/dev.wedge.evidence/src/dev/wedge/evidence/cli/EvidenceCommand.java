package dev.wedge.evidence.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
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
import dev.wedge.core.cli.WedgeCommand;
import dev.wedge.core.persistence.LoadedModel;
import dev.wedge.core.persistence.ModelLoadException;
import dev.wedge.core.persistence.MissingPlugin;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.core.provenance.Provenance;
import dev.wedge.evidence.Effect;
import dev.wedge.evidence.Headline;
import dev.wedge.evidence.PilotEvidence;
import dev.wedge.evidence.Roi;
import dev.wedge.model.Pilot;

/**
 * {@code wedge evidence FILE.wedge [--pilot ID] [--format text|json] [--today yyyy-MM-dd]}: each pilot's success
 * criteria results, effect estimate with its interval and how it was isolated, and ROI figures.
 */
public final class EvidenceCommand implements WedgeCommand {

  static final String USAGE = "wedge evidence FILE.wedge [--pilot ID] [--format text|json] [--today yyyy-MM-dd]";

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    CommandLine cl;
    String format;
    LocalDate today;
    try {
      cl = CommandLine.parse(args, Set.of("pilot", "format", "today"), Set.of());
      format = cl.choice("format", "text", Set.of("text", "json"));
      today = cl.option("today", null) == null ? LocalDate.now() : LocalDate.parse(cl.option("today", null));
      if (cl.positional().size() != 1) {
        throw new CommandLine.UsageException("name one model file");
      }
    } catch (CommandLine.UsageException | DateTimeParseException e) {
      err.println("wedge evidence: " + e.getMessage());
      err.println("usage: " + USAGE);
      return ExitCodes.USAGE;
    }
    LoadedModel loaded;
    try {
      loaded = ModelStore.load(Path.of(cl.positional().get(0)));
    } catch (ModelLoadException e) {
      err.println(e.getMessage());
      return ExitCodes.CANNOT_OPEN;
    }
    List<MissingPlugin> missing = MissingPlugin.in(loaded);
    String only = cl.option("pilot", null);
    List<Pilot> pilots = loaded.model().getPilots().stream()
        .filter(p -> only == null || only.equals(p.getId()) || only.equals(p.getName())).toList();
    if (only != null && pilots.isEmpty()) {
      err.println("wedge evidence: no pilot with the id or name '" + only + "' in " + cl.positional().get(0)
          + "; pilots: " + String.join(", ", loaded.model().getPilots().stream().map(p -> p.getId() + " ("
              + p.getName() + ")").toList()));
      return ExitCodes.USAGE;
    }
    List<PilotEvidence> evidence = pilots.stream().map(p -> PilotEvidence.of(p, today)).toList();
    if (format.equals("json")) {
      out.println(json(evidence, missing));
    } else {
      for (PilotEvidence e : evidence) {
        text(e, out);
      }
    }
    MissingPlugin.printNotes("evidence", missing, err);
    return ExitCodes.OK;
  }

  static String n(double d) {
    return Double.isNaN(d) ? "n/a" : Double.isInfinite(d) ? "never" : String.format(Locale.ROOT, "%,.2f", d);
  }

  private static void text(PilotEvidence e, PrintStream out) {
    Pilot p = e.pilot();
    out.println(p.getName() + " [" + p.getId() + "]" + (p.getStatus() == null ? "" : ", " + p.getStatus().getName()
        .toLowerCase()) + (e.provisional() ? ", provisional" : ""));
    out.println("  " + Headline.of(e));
    Effect f = e.effect();
    if (f == null) {
      out.println("  effect: " + e.effectNote());
    } else {
      String unit = PilotEvidence.unitOfChange(p.getPrimaryMetric());
      out.printf(Locale.ROOT, "  effect on %s: %s%s (95%% interval %s to %s), p = %s, n = %d pilot / %d %s%n",
          p.getPrimaryMetric().getName(), n(f.change()), unit, n(f.lower()), n(f.upper()),
          Double.isNaN(f.pValue()) ? "n/a" : String.format(Locale.ROOT, "%.3f", f.pValue()), f.nPilot(),
          f.nComparison(), f.isolation() == dev.wedge.evidence.Isolation.TREND_LINE
              || f.isolation() == dev.wedge.evidence.Isolation.PRE_POST ? "before" : "comparison");
      out.println("  isolated by " + f.isolation().description() + " (" + f.isolation().strength().name().toLowerCase()
          + " evidence; " + f.isolation().caveat() + ")" + (e.effectNote().isEmpty() ? "" : "; " + e.effectNote()));
    }
    for (PilotEvidence.CriterionResult c : e.criteria()) {
      String name = c.criterion().getDescription() == null ? "criterion" : c.criterion().getDescription();
      out.println("  criterion " + c.verdict().word().toUpperCase() + ": " + name + ": " + c.explanation());
    }
    out.println("  overall: " + e.verdict().word());
    Roi r = e.roi();
    if (r.costs() == 0 && r.benefits() == 0) {
      out.println("  ROI: no costs or benefits recorded");
    } else {
      out.printf(Locale.ROOT, "  ROI: costs %s, benefits %s, BCR %s, ROI %s, payback %s%n", n(r.costs()),
          n(r.benefits()), n(r.bcr()), Double.isNaN(r.roiPercent()) ? "n/a" : n(r.roiPercent()) + "%",
          Double.isInfinite(r.paybackMonths()) ? "never" : n(r.paybackMonths()) + " months");
    }
    for (Roi.BenefitFigure b : r.lines()) {
      out.printf(Locale.ROOT, "    benefit %s: %s x %.0f%% confidence x %.0f%% attributed = %s%s%n",
          b.description(), n(b.raw()), b.confidence() * 100, b.isolation() * 100, n(b.adjusted()),
          b.counted() ? "" : " (" + b.note() + ")");
    }
    out.println();
  }

  private static String json(List<PilotEvidence> list, List<MissingPlugin> missing) throws IOException {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      Provenance.writeJson(g, List.of());
      MissingPlugin.writeJson(g, missing);
      g.writeArrayFieldStart("pilots");
      for (PilotEvidence e : list) {
        g.writeStartObject();
        g.writeStringField("id", e.pilot().getId());
        g.writeStringField("name", e.pilot().getName());
        g.writeStringField("headline", Headline.of(e));
        g.writeStringField("verdict", e.verdict().word());
        g.writeBooleanField("provisional", e.provisional());
        Effect f = e.effect();
        if (f == null) {
          g.writeNullField("effect");
          g.writeStringField("effectNote", e.effectNote());
        } else {
          g.writeObjectFieldStart("effect");
          g.writeStringField("metric", e.pilot().getPrimaryMetric().getName());
          number(g, "change", f.change());
          number(g, "lower", f.lower());
          number(g, "upper", f.upper());
          number(g, "level", f.level());
          number(g, "pValue", f.pValue());
          g.writeStringField("isolation", f.isolation().name());
          g.writeStringField("strength", f.isolation().strength().name());
          g.writeStringField("caveat", f.isolation().caveat());
          g.writeNumberField("nPilot", f.nPilot());
          g.writeNumberField("nComparison", f.nComparison());
          g.writeEndObject();
        }
        g.writeArrayFieldStart("criteria");
        for (PilotEvidence.CriterionResult c : e.criteria()) {
          g.writeStartObject();
          g.writeStringField("id", c.criterion().getId());
          g.writeStringField("description", c.criterion().getDescription());
          g.writeStringField("verdict", c.verdict().word());
          number(g, "observed", c.observed());
          g.writeStringField("explanation", c.explanation());
          g.writeEndObject();
        }
        g.writeEndArray();
        Roi r = e.roi();
        g.writeObjectFieldStart("roi");
        number(g, "costs", r.costs());
        number(g, "benefits", r.benefits());
        number(g, "bcr", r.bcr());
        number(g, "roiPercent", r.roiPercent());
        number(g, "paybackMonths", r.paybackMonths());
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return w.toString();
  }

  private static void number(JsonGenerator g, String name, double v) throws IOException {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      g.writeNullField(name);
    } else {
      g.writeNumberField(name, Math.round(v * 10000) / 10000.0);
    }
  }
}
