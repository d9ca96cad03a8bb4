package dev.wedge.editor.pilot;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.wedge.evidence.Effect;
import dev.wedge.evidence.EvidenceRating;
import dev.wedge.evidence.PilotEvidence;
import dev.wedge.evidence.Sentences;

/**
 * The pilot page's evidence: each criterion's result under its decision rule (with its interval, n per group, degrees
 * of freedom and, when inconclusive, what would settle it), and the evidence rating with the reasons that capped it.
 */
final class EvidenceSection {

  private final FormToolkit toolkit;
  private final Composite body;
  private final Color red;
  private final Color green;
  private final List<String> lines = new ArrayList<>();

  EvidenceSection(Composite parent, FormToolkit toolkit, Color red, Color green) {
    this.toolkit = toolkit;
    this.red = red;
    this.green = green;
    body = toolkit.createComposite(parent);
    GridLayoutFactory.fillDefaults().numColumns(1).spacing(0, 3).applyTo(body);
    GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(body);
  }

  /**
   * The workbench's language (osgi.nl, as {@code -nl de} sets it), in which the pages compute the evidence: its
   * reasons and explanations are German in a German workbench.
   */
  static java.util.Locale language() {
    return java.util.Locale.forLanguageTag(org.eclipse.core.runtime.Platform.getNL().replace('_', '-'));
  }

  /** What the section shows, one entry a line (for tests and for reading aloud). */
  List<String> lines() {
    return List.copyOf(lines);
  }

  void show(PilotEvidence e) {
    for (Control c : body.getChildren()) {
      c.dispose();
    }
    lines.clear();
    Sentences words = Sentences.of(language());
    EvidenceRating r = e.rating();
    Label rating = line(NLS.bind(e.provisional() ? Messages.Evidence_RatingProvisional : Messages.Evidence_Rating,
        words.label(r)),
        null);
    rating.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
    for (EvidenceRating.Reason reason : r.reasons()) {
      line("    " + NLS.bind(reason.cap() == r.level() ? Messages.Evidence_CappedBy : Messages.Evidence_Also,
          reason.text(),
          reason.cap()), null);
    }
    Effect f = e.effect();
    if (f != null) {
      line(NLS.bind(Messages.Evidence_Groups, words.groups(f.groups())) + (Double.isNaN(f.df()) ? "" : " \u00b7 "
          + words.degreesOfFreedom(f.df()) + " \u00b7 " + NLS.bind(Messages.Evidence_StandardError,
              String.format(words.german() ? java.util.Locale.GERMAN : java.util.Locale.ROOT, "%.2f", f.se())))
          + (e.effectNote().isEmpty() ? "" : " \u00b7 " + e.effectNote()), null);
    } else {
      line(NLS.bind(Messages.Evidence_NoEstimate, e.effectNote()), red);
    }
    for (PilotEvidence.CriterionResult c : e.criteria()) {
      String name = c.criterion().getDescription() == null ? Messages.Evidence_Criterion
          : c.criterion().getDescription();
      Color color = c.verdict() == PilotEvidence.Verdict.MET ? green
          : c.verdict() == PilotEvidence.Verdict.NOT_MET ? red : null;
      line(words.verdict(c.verdict()).toUpperCase(language()) + " \u00b7 " + name + " \u00b7 "
          + words.ruleText(c.rule()),
          color).setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
      line("    " + c.explanation(), null);
    }
    for (String note : e.notes()) {
      if (!note.equals(e.effectNote())) {
        line(NLS.bind(Messages.Evidence_Note, note), null);
      }
    }
    // labels made after the section was laid out (while its page was hidden) are laid out now
    body.layout(true, true);
    body.requestLayout();
  }

  private Label line(String text, Color color) {
    lines.add(text);
    Label l = toolkit.createLabel(body, Fields.esc(text), SWT.WRAP);
    GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(l);
    if (color != null) {
      l.setForeground(color);
    }
    return l;
  }
}
