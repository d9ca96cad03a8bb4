package com.example.hostile;

import dev.wedge.report.BriefContext;
import dev.wedge.report.Html;
import dev.wedge.report.ReportSection;

/** A section of the brief that loops, allocates or exits when the model's name asks for it ("[hostile:section-loop]"). */
public final class HostileSection implements ReportSection {

  @Override
  public void write(Html out, BriefContext context) {
    String name = context.model().getName();
    if (name == null || !name.contains("[hostile:section-")) {
      return; // nothing at all in other briefs
    }
    out.section("hostile", "A section that misbehaves");
    for (String what : new String[] {"loop", "allocate", "exit", "throw"}) {
      if (Misbehaviour.asked(context.model().getName(), "section-" + what)) {
        out.element("p", null, "This text is taken back.");
        try {
          Misbehaviour.misbehave(what);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
    out.endSection();
  }
}
