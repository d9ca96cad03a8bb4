package com.acme.wedge.checkins;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import dev.wedge.model.Pilot;
import dev.wedge.report.BriefContext;
import dev.wedge.report.Html;
import dev.wedge.report.ReportSection;

/** A page of the executive brief: each pilot's sponsor and when Acme last checked in with them. */
public class CheckInsSection implements ReportSection {

  @Override
  public void write(Html out, BriefContext context) {
    List<List<String>> rows = new ArrayList<>();
    for (Pilot p : context.pilots()) {
      if (p.getSponsor() == null) {
        continue;
      }
      EObject last = CheckIns.latest(context.model(), p.getSponsor(), context.options().today());
      rows.add(List.of(p.getName() == null ? "" : p.getName(), context.privacy().person(p.getSponsor()),
          last == null ? "none yet" : String.valueOf(CheckIns.date(last)),
          last == null || CheckIns.confidence(last) == 0 ? "" : CheckIns.confidence(last) + "/5"));
    }
    if (rows.isEmpty()) {
      return; // no pilot with a sponsor: nothing to say, and the brief does not name this section
    }
    out.section("acme-checkins", "Sponsor check-ins");
    out.element("p", null, "When Acme Advisory last met each pilot's sponsor, and how confident they were (1 to 5)."
        + " A sponsor not seen for 30 days is flagged in the findings.");
    out.table(null, List.of("Pilot", "Sponsor", "Last check-in", "Confidence"), rows);
    out.endSection();
  }
}
