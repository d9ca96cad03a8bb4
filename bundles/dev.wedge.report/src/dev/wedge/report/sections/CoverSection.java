package dev.wedge.report.sections;

import java.io.IOException;
import java.nio.file.Files;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;

import dev.wedge.report.BriefContext;
import dev.wedge.report.Html;
import dev.wedge.report.ReportSection;

/** The cover: organization, title, date, what the brief covers, and what it leaves out about people. */
public final class CoverSection implements ReportSection {

  @Override
  public void write(Html out, BriefContext c) {
    out.raw("<section id=\"cover\" class=\"cover\">");
    if (c.options().logo() != null) {
      try {
        byte[] bytes = Files.readAllBytes(c.options().logo());
        String type = c.options().logo().toString().toLowerCase(Locale.ROOT).endsWith(".png") ? "png" : "jpeg";
        out.raw("<img class=\"logo\" alt=\"logo\" src=\"data:image/" + type + ";base64,"
            + Base64.getEncoder().encodeToString(bytes) + "\"/>");
      } catch (IOException e) {
        // checked when the options were made; a logo that vanished since is left out
      }
    }
    out.element("p", "org", c.organization());
    out.element("h1", null, "AI in learning and development: the evidence");
    out.element("p", "subtitle", c.pilots().size() == 1 ? "Executive brief on the pilot \u201c"
        + c.privacy().text(c.pilots().get(0).getName()) + "\u201d" : "Executive brief: " + c.pilots().size()
        + " pilot" + (c.pilots().size() == 1 ? "" : "s") + ", " + c.model().getInitiatives().size()
        + " AI initiatives, " + c.model().getMetrics().size() + " business metrics");
    out.element("p", "date", c.options().today().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)));
    out.open("div", "privacy");
    out.element("strong", null, "About people in this brief. ");
    out.text(c.privacy().includesNames() ? "People are named as in the model."
        : "People are named by their role, not their name.");
    out.text(c.options().includePersonalData() ? " Individual learner results are shown."
        : " Learner data appears only as cohort averages; no individual result is shown.");
    out.raw("<br/>");
    out.element("strong", null, "About the figures. ");
    out.text("Each effect is measured against a comparison group where there is one, and its evidence strength"
        + " says how it was isolated. ROI follows the Phillips"
        + " method: fully loaded costs, confidence-adjusted benefits, the most conservative figure.");
    String colours = dev.wedge.report.Contrast.accent(c.options()).note();
    if (colours != null) {
      out.raw("<br/>");
      out.element("strong", null, "About the colours. ");
      out.text(colours);
    }
    out.close("div");
    out.raw("</section>");
  }
}
