package dev.wedge.evidence.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import dev.wedge.core.cli.CommandSyntax;
import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.cli.ModelCommand;
import dev.wedge.core.persistence.LoadedModel;
import dev.wedge.core.persistence.MissingPlugin;
import dev.wedge.core.provenance.Provenance;
import dev.wedge.evidence.Effect;
import dev.wedge.evidence.EvidenceRating;
import dev.wedge.evidence.Headline;
import dev.wedge.evidence.Money;
import dev.wedge.evidence.PilotEvidence;
import dev.wedge.evidence.PilotPower;
import dev.wedge.evidence.Roi;
import dev.wedge.evidence.ScrapLearning;
import dev.wedge.model.Pilot;

/**
 * {@code wedge evidence FILE.wedge [--pilot ID] [--format text|json] [--today yyyy-MM-dd]}: each pilot's success
 * criteria results under their decision rule, the evidence rating with its reasons, the effect estimate with its
 * interval, n per group, degrees of freedom and how it was isolated, the sample-size check, ROI figures in the model's
 * currency, scrap learning, and every note.
 */
public final class EvidenceCommand extends ModelCommand {

  @Override
  protected CommandSyntax syntax() {
    return CommandSyntax.model("FILE.wedge").option("pilot", "ID", "only this pilot (its id or name)")
        .format("text", "json").today();
  }

  @Override
  protected int run(Call call) throws Exception {
    PrintStream out = call.out();
    LoadedModel loaded = call.loaded();
    List<MissingPlugin> missing = MissingPlugin.in(loaded);
    String only = call.option("pilot");
    List<Pilot> pilots = loaded.model().getPilots().stream()
        .filter(p -> only == null || only.equals(p.getId()) || only.equals(p.getName())).toList();
    if (only != null && pilots.isEmpty()) {
      call.note("no pilot with the id or name '" + only + "' in " + call.file() + "; pilots: " + String.join(", ",
          loaded.model().getPilots().stream().map(p -> p.getId() + " (" + p.getName() + ")").toList()));
      return ExitCodes.USAGE;
    }
    LocalDate day = call.today();
    List<PilotEvidence> evidence = pilots.stream().map(p -> PilotEvidence.of(p, day)).toList();
    if (call.format().equals("json")) {
      out.println(withProvenance(EvidenceJson.of(evidence, loaded.model() == null ? Money.of("")
          : Money.of(loaded.model())), missing));
    } else {
      for (PilotEvidence e : evidence) {
        text(e, out);
      }
    }
    MissingPlugin.printNotes("evidence", missing, call.err());
    return ExitCodes.OK;
  }

  static String n(double d) {
    return Double.isNaN(d) ? "n/a" : Double.isInfinite(d) ? "never" : String.format(Locale.ROOT, "%,.2f", d);
  }

  private static void text(PilotEvidence e, PrintStream out) {
    Pilot p = e.pilot();
    Money money = Money.of(p);
    out.println(p.getName() + " [" + p.getId() + "]" + (p.getStatus() == null ? "" : ", " + p.getStatus().getName()
        .toLowerCase()) + (e.provisional() ? ", provisional" : ""));
    out.println("  " + Headline.of(e));
    out.println("  evidence " + e.rating().label());
    for (EvidenceRating.Reason r : e.rating().reasons()) {
      out.println("    " + (r.cap() == e.rating().level() ? "capped by: " : "also: ") + r.text() + " (at most "
          + r.cap() + ")");
    }
    Effect f = e.effect();
    if (f == null) {
      out.println("  effect: " + e.effectNote());
    } else {
      String unit = PilotEvidence.unitOfChange(p.getPrimaryMetric());
      out.printf(Locale.ROOT, "  effect on %s: %s%s (95%% interval %s), p %s, SE %s, %s%n",
          p.getPrimaryMetric().getName(), n(f.change()), unit, f.hasInterval() ? n(f.lower()) + " to " + n(f.upper())
              : "none: the values do not vary", Double.isNaN(f.pValue()) ? "n/a"
                  : f.pValue() < 0.001 ? "< 0.001" : "= " + String.format(Locale.ROOT, "%.3f", f.pValue()), n(f.se()),
          PilotEvidence.degreesOfFreedom(f.df()));
      out.println("  n per group: " + Effect.describe(f.groups()));
      out.println("  isolated by " + f.isolation().description() + ", " + f.analysis() + " ("
          + f.isolation().caveat() + ")" + (e.effectNote().isEmpty() ? "" : "; " + e.effectNote()));
    }
    for (PilotEvidence.CriterionResult c : e.criteria()) {
      String name = c.criterion().getDescription() == null ? "criterion" : c.criterion().getDescription();
      out.println("  criterion " + c.verdict().word().toUpperCase() + " (" + c.ruleText() + "): " + name + ": "
          + c.explanation());
    }
    out.println("  overall: " + e.verdict().word());
    out.println("  can it tell? " + PilotPower.of(p).sentence());
    Roi r = e.roi();
    if (r.costs() == 0 && r.benefits() == 0) {
      out.println("  ROI: no costs or benefits recorded");
    } else {
      out.printf(Locale.ROOT, "  ROI: %s %s, benefits %s a year, BCR %s, ROI %s, payback %s%n",
          r.costsLabel().toLowerCase(Locale.ROOT).replace("fully loaded costs", "fully loaded costs"),
          money.format(r.costs()), money.format(r.benefits()), n(r.bcr()),
          Double.isNaN(r.roiPercent()) ? "n/a" : n(r.roiPercent()) + "%",
          Double.isInfinite(r.paybackMonths()) ? "never" : n(r.paybackMonths()) + " months");
    }
    for (Roi.BenefitFigure b : r.lines()) {
      out.printf(Locale.ROOT, "    benefit %s: %s x %.0f%% confidence x %.0f%% attributed = %s%s%n",
          b.description(), money.format(b.raw()), b.confidence() * 100, b.isolation() * 100, money.format(b.adjusted()),
          b.counted() && b.note().isEmpty() ? "" : " (" + b.note() + ")");
    }
    dev.wedge.evidence.RoiBasis basis = dev.wedge.evidence.RoiBasis.of(e, money);
    if (basis.kind() != dev.wedge.evidence.RoiBasis.Kind.NONE) {
      out.println("    basis: " + (basis.kind() == dev.wedge.evidence.RoiBasis.Kind.RESULT ? "result" : "projection")
          + ", " + basis.headline().replaceFirst("^; ", "") + (basis.measured().isEmpty() ? "" : "; "
              + basis.measured()));
    }
    for (String input : basis.inputs()) {
      out.println("    input: " + input);
    }
    ScrapLearning s = e.scrap();
    out.println("  scrap learning: " + s.sentence(money));
    for (String note : e.notes()) {
      out.println("  note: " + note);
    }
    out.println();
  }

  /** The evidence JSON with what produced it and any plug-in data nobody read, first. */
  private static String withProvenance(String json, List<MissingPlugin> missing) throws IOException {
    com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      g.writeStartObject();
      Provenance.writeJson(g, List.of());
      MissingPlugin.writeJson(g, missing);
      g.writeEndObject();
    }
    com.fasterxml.jackson.databind.node.ObjectNode head =
        (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(w.toString());
    head.setAll((com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(json));
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(head);
  }
}
