package dev.wedge.editor.pilot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.Hyperlink;

import dev.wedge.core.method.GovernanceGate;
import dev.wedge.core.method.PilotRules;
import dev.wedge.evidence.Headline;
import dev.wedge.evidence.PilotEvidence;
import dev.wedge.evidence.PilotSchedule;
import dev.wedge.model.Decision;
import dev.wedge.model.DecisionOverride;
import dev.wedge.model.Pilot;
import dev.wedge.model.PilotStatus;
import dev.wedge.model.Stakeholder;
import dev.wedge.model.WedgePackage.Literals;

/**
 * 6 · Stage gate: the pilot's status and its steps (agree, start, evaluate), the decision with its rationale (an
 * early stop asks why, "scale" on criteria not met takes an override), the governance checklist ("before anything
 * scales") and the evidence so far.
 */
final class StageGateSection {

  private final PageContext page;
  private final Pilot pilot;
  private final Label status;
  private final Button agree;
  private final Button start;
  private final Button evaluate;
  private final Button[] decisions = new Button[3];
  private final Text rationale;
  private final Button decide;
  private final Composite checklist;
  private final Label headline;
  private final List<String> gateLines = new ArrayList<>();

  StageGateSection(PageContext page, Composite body) {
    this.page = page;
    this.pilot = page.pilot();
    var toolkit = page.toolkit();
    Composite c = page.section(body, "6 \u00b7 Stage gate", "At the end: scale, iterate or stop, with the reason, in"
        + " front of the people who agreed the criteria.", 2);
    GridLayoutFactory.fillDefaults().numColumns(2).margins(2, 4).spacing(16, 6).applyTo(c);
    Composite left = toolkit.createComposite(c);
    GridLayoutFactory.fillDefaults().applyTo(left);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(left);
    status = toolkit.createLabel(left, "", SWT.WRAP);
    GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(status);
    Composite steps = toolkit.createComposite(left);
    GridLayoutFactory.fillDefaults().numColumns(3).applyTo(steps);
    agree = page.button(steps, "Criteria agreed", () -> setStatus(PilotStatus.AGREED));
    start = page.button(steps, "Start pilot (freezes criteria)", this::startPilot);
    evaluate = page.button(steps, "Evaluate", () -> setStatus(PilotStatus.EVALUATING));
    Composite radios = toolkit.createComposite(left);
    GridLayoutFactory.fillDefaults().numColumns(3).applyTo(radios);
    Decision[] options = {Decision.SCALE, Decision.ITERATE, Decision.STOP};
    for (int i = 0; i < 3; i++) {
      decisions[i] = toolkit.createButton(radios, options[i].getName().substring(0, 1)
          + options[i].getName().substring(1).toLowerCase(Locale.ROOT), SWT.RADIO);
      decisions[i].setData(options[i]);
    }
    toolkit.paintBordersFor(left);
    rationale = toolkit.createText(left, "", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
    rationale.setMessage("Why: the evidence against the criteria, what it cost, what the skeptics said");
    GridDataFactory.fillDefaults().grab(true, false).hint(300, 48).applyTo(rationale);
    decide = page.button(left, "Record decision", () -> {
      for (Button b : decisions) {
        if (b.getSelection()) {
          recordDecision((Decision) b.getData(), rationale.getText());
        }
      }
    });
    GridDataFactory.swtDefaults().applyTo(decide);

    Composite right = toolkit.createComposite(c);
    GridLayoutFactory.fillDefaults().applyTo(right);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(right);
    Label title = toolkit.createLabel(right, "Before anything scales (minimum three):");
    title.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
    checklist = toolkit.createComposite(right);
    GridLayoutFactory.fillDefaults().numColumns(2).applyTo(checklist);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(checklist);
    Label evidence = toolkit.createLabel(right, "Evidence so far:");
    evidence.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
    headline = toolkit.createLabel(right, "", SWT.WRAP);
    GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(headline);
  }

  Text rationale() {
    return rationale;
  }

  Composite checklist() {
    return checklist;
  }

  List<String> gateLines() {
    return List.copyOf(gateLines);
  }

  // ---- actions -----------------------------------------------------------------------------------------------

  private void setStatus(PilotStatus s) {
    if (s == PilotStatus.AGREED && pilot.getCriteria().isEmpty()) {
      page.say("status", "Agree at least one success criterion first.", IMessageProvider.ERROR);
      return;
    }
    page.run("status", SetCommand.create(page.session().getEditingDomain(), pilot, Literals.PILOT__STATUS, s));
  }

  private void startPilot() {
    if (pilot.getCriteria().isEmpty() || pilot.getPrimaryMetric() == null) {
      page.say("status", "A pilot starts with its primary metric and at least one agreed success criterion.",
          IMessageProvider.ERROR);
      return;
    }
    LocalDate today = page.session().today();
    if (pilot.getStartDate() != null && pilot.getStartDate().isAfter(today)) {
      InputDialog ask = new InputDialog(page.form().getShell(), "Start before the planned date", "Pilot '"
          + pilot.getName() + "' is planned to start on " + pilot.getStartDate() + ". Starting today moves its start"
          + " date to " + today + " and records why:", "", v -> v == null || v.isBlank()
              ? "Write why the pilot starts early." : null);
      if (ask.open() != Window.OK) {
        return;
      }
      startEarly(ask.getValue());
      return;
    }
    page.run("status", PilotRules.start(page.session().getEditingDomain(), pilot, today));
  }

  /** Starts the pilot today although it is planned later: the start date moves, with the reason recorded. */
  boolean startEarly(String reason) {
    return page.run("status", PilotRules.startEarly(page.session().getEditingDomain(), pilot, page.session().today(),
        reason));
  }

  /**
   * The decision as the button takes it: asks why the pilot stops early when it is not over, and, for "scale" on
   * criteria that are not met under their rule, for the override's reason and person.
   */
  private void recordDecision(Decision decision, String why) {
    LocalDate today = page.session().today();
    boolean early = PilotSchedule.beforeEnd(pilot, today);
    PilotEvidence e = PilotEvidence.of(pilot, today);
    if (decision == Decision.SCALE && e.verdict() != PilotEvidence.Verdict.MET && why != null && !why.isBlank()) {
      OverrideDialog d = new OverrideDialog(page.form().getShell(), e.verdict().word(), page.model()
          .getStakeholders(), pilot.getSponsor(), early);
      if (d.open() == Window.OK) {
        override(decision, why, d.reason(), d.who(), d.earlyStopReason());
      }
      return;
    }
    String earlyReason = null;
    if (early && (pilot.getEarlyStopReason() == null || pilot.getEarlyStopReason().isBlank())) {
      InputDialog ask = new InputDialog(page.form().getShell(), "Decide before the end", "Pilot '" + pilot.getName()
          + "' runs until " + PilotSchedule.end(pilot) + ". Why decide now?", "", v -> v == null || v.isBlank()
              ? "Write why the pilot stops early." : null);
      if (ask.open() != Window.OK) {
        return;
      }
      earlyReason = ask.getValue();
    }
    decide(decision, why, earlyReason);
  }

  /**
   * Records the stage-gate decision with the reason the pilot stops early ({@code earlyStopReason}, null when it is
   * over); false (and the reason in the form) when a rule refused it.
   */
  boolean decide(Decision decision, String why, String earlyStopReason) {
    if (why == null || why.isBlank()) {
      page.form().getMessageManager().addMessage("decision", "Write down why: the rationale is what the sponsor and"
          + " the skeptics will read.", null, IMessageProvider.ERROR, rationale);
      return false;
    }
    page.form().getMessageManager().removeMessage("decision", rationale);
    return page.run("decision", PilotRules.decide(page.session().getEditingDomain(), pilot, decision, why.trim(),
        earlyStopReason, page.session().today()));
  }

  /** Records a decision the criteria do not support, with the override's reason and person; false when refused. */
  boolean override(Decision decision, String why, String reason, Stakeholder by, String earlyStopReason) {
    PilotEvidence e = PilotEvidence.of(pilot, page.session().today());
    try {
      return page.run("decision", PilotRules.override(page.session().getEditingDomain(), pilot, decision, e.verdict()
          .word(), reason, by, why, earlyStopReason, page.session().today()));
    } catch (IllegalArgumentException ex) {
      page.say("decision", "An override needs its reason and the person who decides.", IMessageProvider.ERROR);
      return false;
    }
  }

  // ---- reading the model ------------------------------------------------------------------------------------

  void refresh(PilotEvidence e) {
    PilotStatus s = pilot.getStatus() == null ? PilotStatus.DRAFT : pilot.getStatus();
    String text = switch (s) {
      case DRAFT -> "Draft: agree the criteria with the sponsor and the skeptics.";
      case AGREED -> "Criteria agreed: ready to start.";
      case RUNNING -> "Running since " + dev.wedge.ui.emf.LocalDates.format(pilot.getStartDate()) + ", ends "
          + dev.wedge.ui.emf.LocalDates.format(PilotSchedule.end(pilot)) + ".";
      case EVALUATING -> "Evaluating: the weeks are over, the decision is due.";
      case DECIDED -> "Decided: " + pilot.getDecision().getName().toLowerCase(Locale.ROOT)
          + (pilot.getDecisionDate() == null ? "" : " on " + dev.wedge.ui.emf.LocalDates.format(pilot
              .getDecisionDate())) + (pilot.getDecisionRationale() == null ? "" : " \u2014 " + pilot
                  .getDecisionRationale());
    };
    status.setText(Fields.esc(text));
    show(agree, s == PilotStatus.DRAFT);
    show(start, s.getValue() < PilotStatus.RUNNING_VALUE);
    show(evaluate, s == PilotStatus.RUNNING);
    boolean canDecide = s.getValue() >= PilotStatus.RUNNING_VALUE;
    for (Button b : decisions) {
      b.setEnabled(canDecide);
      b.setSelection(b.getData() == pilot.getDecision());
    }
    Fields.enable(canDecide, rationale, decide);
    if (!rationale.isFocusControl() && pilot.getDecisionRationale() != null) {
      rationale.setText(pilot.getDecisionRationale());
    }
    checklist(GovernanceGate.gaps(pilot));
    String h = Headline.of(e);
    DecisionOverride o = PilotRules.currentOverride(pilot);
    headline.setText(Fields.esc(Character.toUpperCase(h.charAt(0)) + h.substring(1) + "; criteria " + e.verdict()
        .word() + "; evidence " + e.rating().label() + "." + (o == null ? "" : " Override: " + o.getDecision()
            .getName().toLowerCase(Locale.ROOT) + " although the criteria were " + o.getEvidence() + " \u2014 "
            + o.getReason() + (o.getBy() == null ? "" : " (" + o.getBy().getName() + ")") + ".")));
  }

  private void checklist(List<GovernanceGate.Gap> gaps) {
    for (Control c : checklist.getChildren()) {
      c.dispose();
    }
    gateLines.clear();
    if (gaps.size() == 1 && gaps.get(0).kind() == GovernanceGate.Kind.INITIATIVE) {
      line(false, "Choose the initiative this pilot tests: its governance is checked against it.", gaps.get(0));
      return;
    }
    String name = pilot.getInitiative() == null ? "" : "'" + pilot.getInitiative().getName() + "'";
    GovernanceGate.Gap unknown = gaps.stream().filter(g -> g.kind() == GovernanceGate.Kind.AI_CONTENT).findFirst()
        .orElse(null);
    if (unknown != null) {
      line(false, unknown.message(), unknown);
    } else {
      check(gaps, GovernanceGate.Kind.REVIEW_STEP, pilot.getInitiative() != null && !pilot.getInitiative()
          .isUsesAiContent() ? name + " puts no AI content in front of learners"
              : "a person reviews the AI content of " + name + " before learners see it");
    }
    check(gaps, GovernanceGate.Kind.LEARNER_DATA, "the learner data " + name + " uses is listed with purpose and"
        + " access");
    check(gaps, GovernanceGate.Kind.LEGAL, "legal/compliance consulted and said yes");
  }

  private static void show(Button b, boolean visible) {
    b.setVisible(visible);
    ((org.eclipse.swt.layout.GridData) b.getLayoutData()).exclude = !visible;
    b.getParent().requestLayout();
  }

  private void check(List<GovernanceGate.Gap> gaps, GovernanceGate.Kind kind, String ok) {
    List<GovernanceGate.Gap> mine = gaps.stream().filter(g -> g.kind() == kind).toList();
    if (mine.isEmpty()) {
      line(true, ok, null);
    }
    for (GovernanceGate.Gap g : mine) {
      line(false, g.message(), g);
    }
  }

  private void line(boolean ok, String text, GovernanceGate.Gap target) {
    Label mark = page.toolkit().createLabel(checklist, ok ? "\u2714" : "\u2718");
    mark.setForeground(ok ? page.green() : page.red());
    GridDataFactory.swtDefaults().align(SWT.CENTER, SWT.TOP).applyTo(mark);
    String sentence = Character.toUpperCase(text.charAt(0)) + text.substring(1);
    gateLines.add((ok ? "ok: " : "missing: ") + sentence);
    if (target == null) {
      Label l = page.toolkit().createLabel(checklist, Fields.esc(sentence), SWT.WRAP);
      GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(l);
      return;
    }
    Hyperlink h = page.toolkit().createHyperlink(checklist, sentence + " \u2192", SWT.WRAP);
    h.setToolTipText("Go there to fix it");
    GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(h);
    h.addHyperlinkListener(new HyperlinkAdapter() {
      @Override
      public void linkActivated(HyperlinkEvent e) {
        page.editor().showGap(target);
      }
    });
  }
}
