package dev.wedge.report.sections;

import java.util.List;

import dev.wedge.analysis.Finding;
import dev.wedge.analysis.Severity;
import dev.wedge.report.BriefContext;
import dev.wedge.report.Html;
import dev.wedge.report.ReportSection;

/** What the checks found open in the model: errors and warnings first, at most twelve. */
public final class FindingsSection implements ReportSection {

  static final int MAX = 12;

  @Override
  public void write(Html out, BriefContext c) {
    List<Finding> open = c.findings().stream().filter(f -> f.severity() != Severity.ADVICE)
        .sorted(java.util.Comparator.comparing(Finding::severity)).toList();
    out.section("findings", "Open points");
    if (!c.failedChecks().isEmpty()) {
      out.element("p", "failed", c.failedChecks().size() == 1 ? "One check could not run, so what it looks for is not"
          + " reported here:" : c.failedChecks().size() + " checks could not run, so what they look for is not"
          + " reported here:");
      out.open("ul", "findings");
      for (String f : c.failedChecks()) {
        out.element("li", "failed", f);
      }
      out.close("ul");
    }
    if (open.isEmpty()) {
      out.element("p", null, "The checks found no open error or warning.");
    } else {
      long errors = open.stream().filter(f -> f.severity() == Severity.ERROR).count();
      out.element("p", null, errors + " error" + (errors == 1 ? "" : "s") + " and " + (open.size() - errors)
          + " warning" + (open.size() - errors == 1 ? "" : "s") + " from Wedge's checks"
          + (open.size() > MAX ? "; the first " + MAX + ":" : ":"));
      out.open("ul", "findings");
      for (Finding f : open.subList(0, Math.min(MAX, open.size()))) {
        out.open("li", f.severity().name().toLowerCase(java.util.Locale.ROOT));
        out.text(c.privacy().text(f.message()));
        out.close("li");
      }
      out.close("ul");
    }
    out.endSection();
  }
}
