package dev.wedge.report.sections;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Base64;
import java.util.Locale;

import dev.wedge.report.BriefContext;
import dev.wedge.report.BriefText;
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
    BriefText t = BriefText.of(c.options());
    out.element("h1", null, t.get("cover.title"));
    out.element("p", "subtitle", c.pilots().size() == 1 ? t.get("cover.onePilot", c.privacy().text(c.pilots().get(0)
        .getName())) : t.get("cover.pilots", t.count(c.pilots().size()), c.pilots().size(),
            t.count(c.model().getInitiatives().size()), t.count(c.model().getMetrics().size())));
    out.element("p", "date", t.date(c.options().today()));
    out.open("div", "privacy");
    out.element("strong", null, t.get("cover.people"));
    out.text(c.privacy().includesNames() ? t.get("cover.named") : t.get("cover.roles"));
    out.text(c.options().includePersonalData() ? t.get("cover.individual") : t.get("cover.cohorts"));
    out.raw("<br/>");
    out.element("strong", null, t.get("cover.figures"));
    out.text(t.get("cover.method"));
    String colours = dev.wedge.report.Contrast.accent(c.options()).note();
    if (colours != null) {
      out.raw("<br/>");
      out.element("strong", null, t.get("cover.colours"));
      out.text(colours);
    }
    out.close("div");
    out.raw("</section>");
  }
}
