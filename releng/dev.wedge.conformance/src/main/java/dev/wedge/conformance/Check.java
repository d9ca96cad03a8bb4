package dev.wedge.conformance;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import nu.validator.client.EmbeddedValidator;

/**
 * Checks files with independent validators and prints one line per finding, then one summary line per file and
 * check: {@code RESULT <check> <file> failed=<n>}.
 * <ul>
 * <li>{@code pdf FILE...}: veraPDF, PDF/UA-1 and PDF/A-2u; a finding is a failed rule, with its clause, test
 * number, description and how often it failed.</li>
 * <li>{@code html FILE...}: the W3C Nu HTML checker; a finding is an error (warnings are listed, not counted).</li>
 * </ul>
 * Exit code 0 when every check ran (whatever it found), 2 when one could not run.
 */
public final class Check {

  private Check() {
  }

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (args.length < 2) {
      out.println("usage: Check pdf|html FILE...");
      System.exit(2);
    }
    List<String> files = List.of(args).subList(1, args.length);
    switch (args[0]) {
      case "pdf" -> {
        VeraGreenfieldFoundryProvider.initialise();
        for (String f : files) {
          for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_U)) {
            pdf(Path.of(f), flavour, out);
          }
        }
      }
      case "html" -> {
        for (String f : files) {
          html(Path.of(f), out);
        }
      }
      default -> {
        out.println("unknown check " + args[0]);
        System.exit(2);
      }
    }
  }

  private static void pdf(Path file, PDFAFlavour flavour, PrintStream out) throws Exception {
    try (InputStream in = Files.newInputStream(file);
        PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
      ValidationResult result = validator.validate(parser);
      Map<String, String[]> failed = new TreeMap<>();
      for (TestAssertion a : result.getTestAssertions()) {
        if (a.getStatus() == TestAssertion.Status.FAILED) {
          String rule = a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber();
          String[] seen = failed.get(rule);
          if (seen == null) {
            failed.put(rule, new String[] {"1", a.getMessage() + " at " + a.getLocation().getContext()});
          } else {
            seen[0] = String.valueOf(Integer.parseInt(seen[0]) + 1);
          }
        }
      }
      String check = flavour == PDFAFlavour.PDFUA_1 ? "PDF/UA-1" : "PDF/A-2u";
      for (Map.Entry<String, String[]> e : failed.entrySet()) {
        out.println("FAIL " + check + " " + file.getFileName() + " rule " + e.getKey() + " (" + e.getValue()[0]
            + "x): " + e.getValue()[1]);
      }
      out.println("RESULT " + check + " " + file + " failed=" + failed.size() + " compliant=" + result.isCompliant()
          + " assertions=" + result.getTotalAssertions());
    }
  }

  private static void html(Path file, PrintStream out) throws Exception {
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
    validator.setNoLangDetect(false);
    String report = validator.validate(file);
    int errors = 0;
    for (String line : report.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      boolean error = line.contains(" error: ") || line.contains(": error:") || line.contains("fatal");
      if (error) {
        errors++;
      }
      out.println((error ? "FAIL Nu " : "INFO Nu ") + file.getFileName() + ": " + line);
    }
    out.println("RESULT Nu " + file + " failed=" + errors);
  }
}
