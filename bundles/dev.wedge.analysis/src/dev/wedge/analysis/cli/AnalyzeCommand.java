package dev.wedge.analysis.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import dev.wedge.analysis.Finding;
import dev.wedge.analysis.Severity;
import dev.wedge.analysis.engine.AnalysisEngine;
import dev.wedge.analysis.engine.AnalysisEngines;
import dev.wedge.analysis.engine.AnalysisFailure;
import dev.wedge.analysis.engine.FindingsSnapshot;
import dev.wedge.core.cli.CommandLine;
import dev.wedge.core.cli.CommandSyntax;
import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.cli.ModelCommand;
import dev.wedge.core.persistence.LoadedModel;
import dev.wedge.core.persistence.MissingPlugin;
import dev.wedge.core.provenance.Provenance;
import dev.wedge.core.session.ModelSessions;
import dev.wedge.model.Identified;

/**
 * {@code wedge analyze FILE.wedge [--format text|json] [--fail-on error|warning|advice] [--time-limit SECONDS]
 * [--today yyyy-MM-dd]}: runs every installed analysis and prints the findings; exits 1 when there are findings at
 * or above {@code --fail-on}, or when an analysis failed or ran out of time (a check that did not run counts as an
 * error: a pipeline must not pass because a check was dropped).
 *
 * <p>The time limit per analysis is the command line's own ({@link #DEFAULT_TIME_LIMIT_SECONDS} unless
 * {@code --time-limit}), much longer than the workbench's, which keeps typing fluid.
 */
public final class AnalyzeCommand extends ModelCommand {

  /** How long one analysis may run on the command line. */
  public static final int DEFAULT_TIME_LIMIT_SECONDS = 120;

  @Override
  protected CommandSyntax syntax() {
    return CommandSyntax.model("FILE.wedge").format("text", "json")
        .choice("fail-on", "exit 1 on a finding at this severity or above, on an analysis that could not check the"
            + " model, or (missing-plugin) on data of a plug-in that is not installed", "error", "warning", "advice",
            MissingPlugin.FAIL_ON)
        .option("time-limit", "SECONDS", "how long one analysis may run (default " + DEFAULT_TIME_LIMIT_SECONDS
            + ")")
        .today();
  }

  @Override
  protected int run(Call call) throws Exception {
    String format = call.format();
    String failOn = call.option("fail-on");
    long timeLimitMillis = timeLimit(call.option("time-limit", Integer.toString(DEFAULT_TIME_LIMIT_SECONDS)));
    PrintStream out = call.out();
    PrintStream err = call.err();
    Path file = call.file();
    LoadedModel loaded = call.loaded();
    List<MissingPlugin> missing = MissingPlugin.in(loaded);
    LocalDate day = call.today();
    AnalysisEngine engine = new AnalysisEngine(loaded.model(), AnalysisEngines.registry(), () -> day,
        timeLimitMillis);
    FindingsSnapshot result;
    List<Provenance.Contribution> ran;
    try {
      result = engine.runNow();
      ran = Contributions.ran(engine);
    } finally {
      engine.dispose();
    }
    ComposedAdapterFactory labels = ModelSessions.newAdapterFactory();
    try {
      if (format.equals("json")) {
        out.println(json(file, result, labels, missing, ran));
      } else {
        text(file, result, labels, out);
      }
    } finally {
      labels.dispose();
    }
    if (format.equals("json")) { // the text lists them with the findings; JSON readers see them here as well
      for (AnalysisFailure f : result.failures()) {
        err.println("wedge analyze: " + f.message());
      }
    }
    MissingPlugin.printNotes("analyze", missing, err);
    if (failOn != null && (MissingPlugin.failsOn(failOn) && !missing.isEmpty() || !result.failures().isEmpty())) {
      return ExitCodes.FAILED_CHECK;
    }
    if (failOn != null && !failOn.equals(MissingPlugin.FAIL_ON)) {
      Severity threshold = Severity.ofWord(failOn);
      if (!result.failures().isEmpty() || result.findings().stream().anyMatch(f -> f.severity().atLeast(threshold))) {
        return ExitCodes.FAILED_CHECK;
      }
    }
    return ExitCodes.OK;
  }

  private static long timeLimit(String seconds) throws CommandLine.UsageException {
    try {
      long s = Long.parseLong(seconds.trim());
      if (s >= 1 && s <= 24 * 3600) {
        return s * 1000;
      }
    } catch (NumberFormatException e) {
      // refused below, with the option named
    }
    throw new CommandLine.UsageException("--time-limit takes a whole number of seconds from 1 to 86400, not '" + seconds
        + "'");
  }

  private static void text(Path file, FindingsSnapshot r, ComposedAdapterFactory labels, PrintStream out) {
    out.println(file.getFileName() + ": " + r.summary() + (r.failures().isEmpty() ? ""
        : "; " + r.failures().size() + (r.failures().size() == 1 ? " analysis" : " analyses")
            + " failed and did not check the model"));
    for (AnalysisFailure f : r.failures()) {
      out.printf("%-8s %-11s %s%n", "failed", "Analyses", f.message());
    }
    for (Finding f : r.findings()) {
      EObject o = f.primaryObject();
      out.printf("%-8s %-11s %s%s%n", f.severity().word(), f.category(), f.message(),
          o == null ? "" : "  [" + label(o, labels) + "]");
    }
  }

  private static String json(Path file, FindingsSnapshot r, ComposedAdapterFactory labels,
      List<MissingPlugin> missing, List<Provenance.Contribution> ran) throws IOException {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("file", file.toString());
      Provenance.writeJson(g, ran);
      MissingPlugin.writeJson(g, missing);
      g.writeObjectFieldStart("counts");
      for (Severity s : Severity.values()) {
        g.writeNumberField(s.word(), r.count(s));
      }
      g.writeNumberField("failedAnalyses", r.failures().size());
      g.writeEndObject();
      g.writeArrayFieldStart("findings");
      for (Finding f : r.findings()) {
        g.writeStartObject();
        g.writeStringField("analysis", f.analysisId());
        g.writeStringField("category", f.category());
        g.writeStringField("severity", f.severity().word());
        g.writeStringField("message", f.message());
        g.writeArrayFieldStart("objects");
        for (EObject o : f.objects()) {
          g.writeStartObject();
          g.writeStringField("id", o instanceof Identified i ? i.getId() : null);
          g.writeStringField("type", o.eClass().getName());
          g.writeStringField("label", label(o, labels));
          g.writeEndObject();
        }
        g.writeEndArray();
        if (f.fix() != null) {
          g.writeStringField("fix", f.fix().label());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("failedAnalyses");
      for (AnalysisFailure f : r.failures()) {
        g.writeStartObject();
        g.writeStringField("analysis", f.analysisId());
        g.writeStringField("plugin", f.plugin());
        g.writeStringField("reason", f.reason());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return w.toString();
  }

  private static String label(EObject o, ComposedAdapterFactory labels) {
    IItemLabelProvider p = (IItemLabelProvider) labels.adapt(o, IItemLabelProvider.class);
    return p == null ? o.eClass().getName() : p.getText(o);
  }
}
