package dev.wedge.report.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.osgi.util.NLS;

import dev.wedge.analysis.engine.AnalysisEngine;
import dev.wedge.analysis.engine.AnalysisEngines;
import dev.wedge.analysis.engine.AnalysisFailure;
import dev.wedge.analysis.engine.FindingsSnapshot;
import dev.wedge.core.cli.CommandSyntax;
import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.cli.ModelCommand;
import dev.wedge.core.session.ModelSessions;
import dev.wedge.model.StrategyModel;
import dev.wedge.report.exports.CsvFiles;
import dev.wedge.report.exports.FindingsCsv;
import dev.wedge.report.exports.MapSvg;
import dev.wedge.report.exports.MeasurementsCsv;

/**
 * {@code wedge export FILE.wedge [--findings OUT.csv] [--measurements OUT.csv] [--map OUT.svg] [--names]}: the
 * tables and the map of File › Export, headless. Each file is written whole or not at all (beside, then renamed),
 * and each is said with what it holds.
 */
public final class ExportCommand extends ModelCommand {

  private static final long TIME_LIMIT_MILLIS = 60_000;

  @Override
  protected CommandSyntax syntax() {
    return CommandSyntax.model("FILE.wedge").lead("--findings OUT.csv | --measurements OUT.csv | --map OUT.svg")
        .option("findings", "OUT.csv", Messages.Export_FindingsHelp)
        .option("measurements", "OUT.csv", Messages.Export_MeasurementsHelp)
        .option("map", "OUT.svg", Messages.Export_MapHelp)
        .flag("names", Messages.Export_NamesHelp)
        .today();
  }

  @Override
  protected int run(Call call) throws Exception {
    String findings = call.option("findings", null);
    String measurements = call.option("measurements", null);
    String map = call.option("map", null);
    if (findings == null && measurements == null && map == null) {
      throw call.usage(Messages.Export_Nothing);
    }
    if (map != null && !map.toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
      throw call.usage(NLS.bind(Messages.Export_MapSvgOnly, map));
    }
    List<Path> targets = new ArrayList<>();
    for (String t : new String[] {findings, measurements, map}) {
      if (t != null) {
        Path p = Path.of(t).toAbsolutePath().normalize();
        if (p.equals(call.file().toAbsolutePath().normalize()) || targets.contains(p)) {
          throw call.usage(NLS.bind(Messages.Export_SameFile, t));
        }
        if (Files.isDirectory(p)) {
          throw call.usage(NLS.bind(Messages.Export_IsFolder, t));
        }
        targets.add(p);
      }
    }
    StrategyModel model = call.model();
    LocalDate today = call.today();
    try {
      if (measurements != null) {
        CsvFiles.write(Path.of(measurements), MeasurementsCsv.of(model));
        call.out().println(NLS.bind(Messages.Export_WroteMeasurements, MeasurementsCsv.count(model),
            measurements));
      }
      if (findings != null) {
        AnalysisEngine engine = new AnalysisEngine(model, AnalysisEngines.registry(), () -> today,
            TIME_LIMIT_MILLIS);
        FindingsSnapshot result;
        try {
          result = engine.runNow();
        } finally {
          engine.dispose();
        }
        ComposedAdapterFactory labels = ModelSessions.newAdapterFactory();
        try {
          CsvFiles.write(Path.of(findings), FindingsCsv.of(result.findings(), labels));
        } finally {
          labels.dispose();
        }
        call.out().println(NLS.bind(Messages.Export_WroteFindings, result.findings().size(), findings));
        for (AnalysisFailure f : result.failures()) {
          call.err().println("wedge export: " + f.message());
        }
      }
      if (map != null) {
        CsvFiles.write(Path.of(map), MapSvg.of(model, call.flag("names")));
        call.out().println(NLS.bind(Messages.Export_WroteMap, map, call.flag("names") ? Messages.Export_ByName
            : Messages.Export_ByRole));
      }
    } catch (IOException e) {
      throw call.fail(ExitCodes.CANNOT_WRITE, NLS.bind(Messages.Export_CannotWrite, e.getMessage()));
    }
    return ExitCodes.OK;
  }
}
