package dev.wedge.report.sections;

import java.util.List;

import dev.wedge.analysis.Finding;
import dev.wedge.analysis.Severity;
import dev.wedge.report.BriefContext;
import dev.wedge.report.BriefText;
import dev.wedge.report.Html;
import dev.wedge.report.ReportSection;

/** What the checks found open in the model: errors and warnings first, at most twelve. */
public final class FindingsSection implements ReportSection {

  static final int MAX = 12;

  @Override
  public void write(Html out, BriefContext c) {
    List<Finding> open = c.findings().stream().filter(f -> f.severity() != Severity.ADVICE)
        .sorted(java.util.Comparator.comparing(Finding::severity)).toList();
    BriefText t = BriefText.of(c.options());
    out.section("findings", t.get("section.findings"));
    if (!c.failedChecks().isEmpty()) {
      out.element("p", "failed", c.failedChecks().size() == 1 ? t.get("findings.oneFailed")
          : t.get("findings.failed", t.count(c.failedChecks().size())));
      out.open("ul", "findings");
      for (String f : c.failedChecks()) {
        out.element("li", "failed", f);
      }
      out.close("ul");
    }
    if (open.isEmpty()) {
      out.element("p", null, t.get("findings.none"));
    } else {
      long errors = open.stream().filter(f -> f.severity() == Severity.ERROR).count();
      out.element("p", null, t.get("findings.count", t.count((int) errors), errors, t.count(open.size() - (int) errors),
          open.size() - errors, open.size() > MAX ? t.get("findings.first", t.count(MAX)) : ":"));
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
