package dev.wedge.benchmarks;

import java.io.StringReader;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.function.LongSupplier;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;

import dev.wedge.core.session.ModelSessions;
import dev.wedge.evidence.imports.CsvImport;
import dev.wedge.evidence.imports.CsvOptions;
import dev.wedge.evidence.imports.ImportPreview;
import dev.wedge.evidence.imports.ImportTarget;
import dev.wedge.evidence.imports.MeasurementImport;
import dev.wedge.evidence.imports.SubjectKeys;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.WedgeFactory;
import dev.wedge.model.resource.WedgeResourceFactory;

/**
 * Importing 100,000 CSV rows (target: detection and preview under 3 s): a German Windows-1252 export with decimal
 * commas, day-first dates, a cohort column of site names and a subject column, read with everything inferred from
 * all of the data; then the import command. The floor, measured in the same run, is the least any CSV import does:
 * decoding the bytes and splitting them into records with Commons CSV.
 */
class ImportBenchmark {

  private static final int ROWS = 100_000;
  private static final int RUNS = 7;

  @Test
  void hundredThousandRows() throws Exception {
    BenchmarkReport.section("CSV import, 100,000 rows (" + mb(csv()) + ")", "| step | median | range | × floor |",
        "|---|---:|---:|---:|");
    byte[] bytes = csv();
    Charset cp1252 = Charset.forName("windows-1252");
    ImportTarget target = ImportTarget.plain(LocalDate.of(2026, 12, 1), ZoneId.of("Europe/Berlin"),
        () -> SubjectKeys.of(new byte[32]));
    CsvOptions options = CsvOptions.infer().withCohortMap(CsvOptions.parseCohortMap(
        "Pilot Umeå=pilot,Vergleich Malmö=comparison"));

    long[] floor = times(() -> {
      long t = System.nanoTime();
      int n = 0;
      try (CSVParser p = CSVParser.parse(new StringReader(new String(bytes, cp1252)), CSVFormat.DEFAULT.builder()
          .setDelimiter(';').get())) {
        for (CSVRecord r : p) {
          n += r.size();
        }
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      }
      if (n != (ROWS + 1) * 5) {
        throw new IllegalStateException("cells: " + n);
      }
      return System.nanoTime() - t;
    });
    ImportPreview[] last = new ImportPreview[1];
    long[] analyse = times(() -> {
      long t = System.nanoTime();
      last[0] = CsvImport.analyse(bytes, "hris-2026-03.csv", options, target);
      long elapsed = System.nanoTime() - t;
      if (!last[0].ready() || last[0].importable().size() != ROWS) {
        throw new IllegalStateException(last[0].summary());
      }
      return elapsed;
    });
    ImportPreview preview = last[0];
    long[] command = times(() -> importInto(preview)[0]);
    long[] total = times(() -> {
      long t = System.nanoTime();
      ImportPreview p = CsvImport.analyse(bytes, "hris-2026-03.csv", options, target);
      importInto(p);
      return System.nanoTime() - t;
    });
    double f = median(floor);
    row("floor: decode and split into records (Commons CSV)", floor, f);
    row("detection and preview (encoding, separator, decimal mark, date order, columns, every row read, refusals,"
        + " subject keys)", analyse, f);
    row("the import command (100,000 measurements and the record, one undo)", command, f);
    row("detection, preview and import, in one go", total, f);
    BenchmarkReport.note("Medians of " + RUNS + " runs after 2 warm-up runs, with the fastest and slowest; the file"
        + " is " + mb(bytes) + " of Windows-1252 with ';', decimal commas, dd.mm.yyyy dates, site names and employee"
        + " numbers. Inferred line: " + preview.inferredLine());
  }

  /** Imports {@code preview} into a new metric of a new model; returns {nanoseconds of the command}. */
  private static long[] importInto(ImportPreview preview) {
    StrategyModel m = WedgeFactory.eINSTANCE.createStrategyModel();
    BusinessMetric metric = WedgeFactory.eINSTANCE.createBusinessMetric();
    m.getMetrics().add(metric);
    AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(ModelSessions.newAdapterFactory(),
        new BasicCommandStack());
    domain.getResourceSet().getResources().add(new WedgeResourceFactory().createResource(URI.createURI(
        "mem:/b.wedge")));
    domain.getResourceSet().getResources().get(0).getContents().add(m);
    long t = System.nanoTime();
    domain.getCommandStack().execute(MeasurementImport.command(domain, metric, preview, java.time.Instant.EPOCH));
    long elapsed = System.nanoTime() - t;
    if (metric.getMeasurements().size() != ROWS || metric.getImports().size() != 1) {
      throw new IllegalStateException("imported " + metric.getMeasurements().size());
    }
    return new long[] {elapsed};
  }

  private static String mb(byte[] b) {
    return String.format(java.util.Locale.ROOT, "%.1f MB", b.length / 1e6);
  }

  private static byte[] csv() {
    StringBuilder sb = new StringBuilder("Personalnummer;Datum;TTP (Tage);Standort;Bemerkung\r\n");
    LocalDate d = LocalDate.of(2020, 1, 1);
    for (int i = 0; i < ROWS; i++) {
      LocalDate x = d.plusDays(i % 2000);
      sb.append(100000 + i % 4000).append(';').append(String.format("%02d.%02d.%d", x.getDayOfMonth(), x
          .getMonthValue(), x.getYear())).append(';').append(60 + i % 53).append(',').append(i % 10).append(i % 7)
          .append(';').append(i % 2 == 0 ? "Pilot Umeå" : "Vergleich Malmö").append(';').append(i % 50 == 0
              ? "Übergabe verzögert" : "").append("\r\n");
    }
    return sb.toString().getBytes(Charset.forName("windows-1252"));
  }

  private static long[] times(LongSupplier run) {
    for (int i = 0; i < 2; i++) {
      run.getAsLong();
    }
    long[] t = new long[RUNS];
    for (int i = 0; i < RUNS; i++) {
      t[i] = run.getAsLong();
    }
    return t;
  }

  private static long[] sorted(long[] t) {
    long[] s = t.clone();
    Arrays.sort(s);
    return s;
  }

  private static double median(long[] t) {
    return sorted(t)[t.length / 2] / 1e6;
  }

  private static void row(String what, long[] t, double floor) {
    long[] s = sorted(t);
    double m = median(t);
    BenchmarkReport.row(String.format(java.util.Locale.ROOT, "| %s | %.0f ms | %.0f–%.0f ms | %.1f× |", what, m,
        s[0] / 1e6, s[s.length - 1] / 1e6, m / floor));
  }
}
