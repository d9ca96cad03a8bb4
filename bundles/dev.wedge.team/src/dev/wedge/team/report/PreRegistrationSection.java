package dev.wedge.team.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;

import dev.wedge.model.Pilot;
import dev.wedge.report.BriefContext;
import dev.wedge.report.Html;
import dev.wedge.report.ReportSection;
import dev.wedge.team.git.PreRegistration;

/**
 * The brief's proof that each started pilot's success criteria were fixed before its results came in: "criteria fixed
 * in commit abc1234 on 19 Oct 2026, unchanged since", or the re-baselines recorded since, or the changes nobody
 * recorded. Written only for a model kept in a Git repository (elsewhere there is nothing to prove it with, and the
 * brief claims nothing).
 */
public final class PreRegistrationSection implements ReportSection {

  @Override
  public void write(Html out, BriefContext context) {
    URI uri = context.model().eResource() == null ? null : context.model().eResource().getURI();
    if (uri == null || !uri.isFile()) {
      return;
    }
    Path file = Path.of(uri.toFileString());
    List<String> sentences = new ArrayList<>();
    try {
      if (PreRegistration.repositoryOf(file) == null) {
        return;
      }
      for (PreRegistration.Check c : PreRegistration.check(context.model(), file)) {
        if (context.pilots().contains(c.pilot())) {
          sentences.add(c.sentence());
        }
      }
    } catch (IOException e) {
      sentences.add("The repository holding this model could not be read (" + e.getMessage() + "), so the"
          + " pre-registration of the pilots' criteria is not shown.");
    }
    if (sentences.isEmpty()) {
      return;
    }
    out.section("pre-registration", "Criteria agreed before the start");
    out.element("p", null, "Each pilot's success criteria are committed to the model's Git repository and tagged when"
        + " the pilot starts; they are compared here with the model as it is now.");
    for (String s : sentences) {
      out.element("p", null, s);
    }
    out.endSection();
  }
}
