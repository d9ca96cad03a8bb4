package dev.wedge.report.tests;

import dev.wedge.report.BriefContext;
import dev.wedge.report.Html;
import dev.wedge.report.ReportSection;

/** A contributed section: a consultancy's appendix. */
public class AppendixSection implements ReportSection {

  @Override
  public void write(Html out, BriefContext context) {
    out.section("test-appendix", "Test Consulting: how we work with " + context.organization());
    out.element("p", null, "Prepared by Test Consulting for " + context.pilots().size() + " pilots.");
    if (context.organization().contains("failing appendix")) {
      throw new IllegalStateException("the appendix template is missing"); // half-way, on purpose
    }
    out.endSection();
  }
}
