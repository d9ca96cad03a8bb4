package dev.wedge.editor.pilot;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.Hyperlink;

import dev.wedge.core.method.PilotRules;
import dev.wedge.model.Comparator;
import dev.wedge.model.Pilot;
import dev.wedge.model.PilotDesign;
import dev.wedge.model.Rebaseline;
import dev.wedge.model.Stakeholder;
import dev.wedge.model.Stance;
import dev.wedge.model.SuccessCriterion;
import dev.wedge.model.WedgeFactory;
import dev.wedge.model.WedgePackage.Literals;
import dev.wedge.ui.emf.PropertyColumns;

/**
 * 4 · Success criteria, agreed before the start: the criteria table, frozen once the pilot starts (changes go through
 * Re-baseline), and the stakeholders' answers to "what does success look like to you?", each a criterion in a click.
 */
final class CriteriaSection {

  private final PageContext page;
  private final Pilot pilot;
  private final TableViewer criteria;
  private final Label frozenNote;
  private final Label rebaselines;
  private final Label offer;
  private final Composite answers;

  CriteriaSection(PageContext page, Composite body) {
    this.page = page;
    this.pilot = page.pilot();
    Composite c = page.section(body, Messages.Criteria_Title, Messages.Criteria_Description, 2);
    criteria = page.table(c, 110);
    var f = page.session().getAdapterFactory();
    PropertyColumns.add(criteria, f, Literals.SUCCESS_CRITERION__DESCRIPTION, Messages.Criteria_Criterion, 300);
    PropertyColumns.add(criteria, f, Literals.SUCCESS_CRITERION__METRIC, Messages.Criteria_Metric, 170);
    PropertyColumns.add(criteria, f, Literals.SUCCESS_CRITERION__COMPARATOR, Messages.Criteria_Comparator, 150);
    PropertyColumns.add(criteria, f, Literals.SUCCESS_CRITERION__THRESHOLD, Messages.Criteria_Threshold, 70);
    PropertyColumns.add(criteria, f, Literals.SUCCESS_CRITERION__RULE, Messages.Criteria_Rule, 150);
    PropertyColumns.add(criteria, f, Literals.SUCCESS_CRITERION__AGREED_BY, Messages.Criteria_AgreedBy, 170);
    PropertyColumns.add(criteria, f, Literals.SUCCESS_CRITERION__AGREED_ON, Messages.Criteria_On, 80);
    PropertyColumns.add(criteria, f, Literals.SUCCESS_CRITERION__SOURCE, Messages.Criteria_Source, 130);
    criteria.setInput(pilot.getCriteria());
    Composite buttons = page.buttons(c);
    page.button(buttons, Messages.Criteria_Add, this::addCriterion);
    page.button(buttons, Messages.Common_Remove, () -> page.remove(criteria, Literals.PILOT__CRITERIA));
    page.button(buttons, Messages.Criteria_Rebaseline, this::rebaseline);
    frozenNote = page.toolkit().createLabel(c, "", SWT.WRAP);
    GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(frozenNote);
    rebaselines = page.toolkit().createLabel(c, "", SWT.WRAP);
    GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(rebaselines);
    offer = page.toolkit().createLabel(c, "", SWT.WRAP);
    offer.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
    GridDataFactory.fillDefaults().span(2, 1).applyTo(offer);
    answers = page.toolkit().createComposite(c);
    GridLayoutFactory.fillDefaults().applyTo(answers);
    GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(answers);
  }

  TableViewer table() {
    return criteria;
  }

  Composite answerLines() {
    return answers;
  }

  private SuccessCriterion newCriterion() {
    SuccessCriterion c = WedgeFactory.eINSTANCE.createSuccessCriterion();
    c.setMetric(pilot.getPrimaryMetric());
    boolean compare = pilot.getDesign() != null && pilot.getDesign() != PilotDesign.PRE_POST;
    c.setComparator(compare ? Comparator.BEATS_COMPARISON_BY : Comparator.IMPROVES_BY);
    c.setThreshold(pilot.getTargetEffect() == null ? 0 : Math.abs(pilot.getTargetEffect()));
    c.setAgreedOn(page.session().today());
    c.setLastEditedOn(page.session().today());
    return c;
  }

  private void addCriterion() {
    SuccessCriterion c = newCriterion();
    c.setDescription(Messages.Criteria_New);
    if (pilot.getSponsor() != null) {
      c.getAgreedBy().add(pilot.getSponsor());
    }
    if (page.run("criteria", AddCommand.create(page.session().getEditingDomain(), pilot, Literals.PILOT__CRITERIA,
        c))) {
      criteria.refresh();
      criteria.setSelection(new StructuredSelection(c), true);
      criteria.editElement(c, 0);
    }
  }

  /** Turns a stakeholder's answer to "what does success look like to you?" into a criterion they agreed. */
  boolean useAnswer(Stakeholder s) {
    return page.run("criteria", PilotRules.criterionFromAnswer(page.session().getEditingDomain(), pilot, s,
        s.getSuccessAnswer(), page.session().today()));
  }

  private void rebaseline() {
    Object o = ((IStructuredSelection) criteria.getSelection()).getFirstElement();
    if (!(o instanceof SuccessCriterion c)) {
      page.say("criteria", Messages.Criteria_SelectToRebaseline, IMessageProvider.WARNING);
      return;
    }
    RebaselineDialog d = new RebaselineDialog(page.form().getShell(), page.session(), c);
    if (d.open() == Window.OK) {
      page.run("criteria", d.command());
    }
  }

  void refresh() {
    boolean frozen = PilotRules.frozen(pilot);
    frozenNote.setText(frozen ? NLS.bind(Messages.Criteria_Frozen,
        pilot.getFrozenOn() == null ? Messages.Criteria_FrozenStart
        : dev.wedge.ui.emf.LocalDates.format(pilot.getFrozenOn()))
        : Messages.Criteria_Open);
    StringBuilder rb = new StringBuilder();
    for (Rebaseline r : pilot.getRebaselines()) {
      rb.append(NLS.bind(Messages.Criteria_Rebaselined, new Object[] {dev.wedge.ui.emf.LocalDates.format(r.getDate()),
          r.getChange(), r.getReason()})).append('\n');
    }
    rebaselines.setText(Fields.esc(rb.toString().trim()));
    answers();
  }

  private void answers() {
    for (Control c : answers.getChildren()) {
      c.dispose();
    }
    List<Stakeholder> people = page.model().getStakeholders().stream()
        .filter(s -> s.getSuccessAnswer() != null && !s.getSuccessAnswer().isBlank())
        .sorted(java.util.Comparator.comparing(CriteriaSection::skepticFirst)).toList();
    boolean frozen = PilotRules.frozen(pilot);
    offer.setText(frozen ? Messages.Criteria_AnswersUsed
        : Messages.Criteria_AnswersOffered);
    if (people.isEmpty()) {
      page.toolkit().createLabel(answers, Messages.Criteria_NoAnswers);
    }
    int elsewhere = 0;
    for (Stakeholder s : people) {
      boolean used = pilot.getCriteria().stream().anyMatch(c -> c.getSource() == s);
      if (frozen && !used) {
        continue;
      }
      if (!used && page.model().getPilots().stream().anyMatch(o -> o != pilot && o.getCriteria().stream()
          .anyMatch(c -> c.getSource() == s))) {
        elsewhere++; // the answer is another pilot's criterion: it is that pilot's, not offered here
        continue;
      }
      String who = s.getName() + (s.getRole() == null ? "" : ", " + s.getRole())
          + (s.getStance() == null ? "" : " (" + s.getStance().getName().toLowerCase(Locale.ROOT) + ")");
      String text = NLS.bind(Messages.Common_Answer, who, s.getSuccessAnswer());
      if (used || frozen) {
        Label l = page.toolkit().createLabel(answers, Fields.esc((used ? "\u2713 " : "") + text), SWT.WRAP);
        l.setForeground(used ? page.green() : null);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(l);
      } else {
        Hyperlink h = page.toolkit().createHyperlink(answers, "+ " + text, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(h);
        h.addHyperlinkListener(new HyperlinkAdapter() {
          @Override
          public void linkActivated(HyperlinkEvent e) {
            useAnswer(s);
          }
        });
      }
    }
    if (elsewhere > 0) {
      Label l = page.toolkit().createLabel(answers, elsewhere == 1 ? Messages.Criteria_ElsewhereOne
          : NLS.bind(Messages.Criteria_ElsewhereMany, elsewhere), SWT.WRAP);
      l.setForeground(page.form().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
      GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(l);
    }
  }

  /** The answers offered or shown (for tests). */
  List<String> answerTexts() {
    return java.util.Arrays.stream(answers.getChildren()).map(c -> c instanceof Hyperlink h ? h.getText()
        : c instanceof Label l ? l.getText() : "").toList();
  }

  private static int skepticFirst(Stakeholder s) {
    return s.getStance() == Stance.SKEPTIC || s.getStance() == Stance.OPPONENT ? 0 : 1;
  }
}
