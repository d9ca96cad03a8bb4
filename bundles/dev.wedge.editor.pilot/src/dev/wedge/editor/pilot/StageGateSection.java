package dev.wedge.editor.pilot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
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
    Composite c = page.section(body, Messages.Gate_Title, Messages.Gate_Description, 2);
    GridLayoutFactory.fillDefaults().numColumns(2).margins(2, 4).spacing(16, 6).applyTo(c);
    Composite left = toolkit.createComposite(c);
    GridLayoutFactory.fillDefaults().applyTo(left);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(left);
    status = toolkit.createLabel(left, "", SWT.WRAP);
    GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(status);
    Composite steps = toolkit.createComposite(left);
    GridLayoutFactory.fillDefaults().numColumns(3).applyTo(steps);
    agree = page.button(steps, Messages.Gate_Agreed, () -> setStatus(PilotStatus.AGREED));
    start = page.button(steps, Messages.Gate_Start, this::startPilot);
    evaluate = page.button(steps, Messages.Gate_Evaluate, () -> setStatus(PilotStatus.EVALUATING));
    Composite radios = toolkit.createComposite(left);
    GridLayoutFactory.fillDefaults().numColumns(3).applyTo(radios);
    Decision[] options = {Decision.SCALE, Decision.ITERATE, Decision.STOP};
    String[] words = {Messages.Gate_Scale, Messages.Gate_Iterate, Messages.Gate_Stop};
    for (int i = 0; i < 3; i++) {
      decisions[i] = toolkit.createButton(radios, words[i], SWT.RADIO);
      decisions[i].setData(options[i]);
    }
    toolkit.paintBordersFor(left);
    rationale = toolkit.createText(left, "", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
    rationale.setMessage(Messages.Gate_RationaleHint);
    GridDataFactory.fillDefaults().grab(true, false).hint(300, 48).applyTo(rationale);
    decide = page.button(left, Messages.Gate_Record, () -> {
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
    Label title = toolkit.createLabel(right, Messages.Gate_Before);
    title.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
    checklist = toolkit.createComposite(right);
    GridLayoutFactory.fillDefaults().numColumns(2).applyTo(checklist);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(checklist);
    Label evidence = toolkit.createLabel(right, Messages.Gate_EvidenceSoFar);
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
      page.say("status", Messages.Gate_NoCriterion, IMessageProvider.ERROR);
      return;
    }
    page.run("status", SetCommand.create(page.session().getEditingDomain(), pilot, Literals.PILOT__STATUS, s));
  }

  private void startPilot() {
    String cannot = PilotRules.cannotStart(pilot);
    if (cannot != null) {
      page.say("status", cannot, IMessageProvider.ERROR);
      return;
    }
    LocalDate today = page.session().today();
    if (pilot.getStartDate() != null && pilot.getStartDate().isAfter(today)) {
      InputDialog ask = new InputDialog(page.form().getShell(), Messages.Gate_EarlyStartTitle,
          NLS.bind(Messages.Gate_EarlyStart,
          new Object[] {pilot.getName(), pilot.getStartDate(), today}), "", v -> v == null || v.isBlank()
              ? Messages.Gate_NoEarlyStartReason : null);
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
      InputDialog ask = new InputDialog(page.form().getShell(), Messages.Gate_EarlyDecideTitle,
          NLS.bind(Messages.Gate_EarlyDecide, pilot.getName(),
          PilotSchedule.end(pilot)), "", v -> v == null || v.isBlank()
              ? Messages.Common_NoEarlyReason : null);
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
      page.form().getMessageManager().addMessage("decision", Messages.Gate_NoRationale, null, IMessageProvider.ERROR,
          rationale);
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
      page.say("decision", Messages.Gate_OverrideIncomplete, IMessageProvider.ERROR);
      return false;
    }
  }

  // ---- reading the model ------------------------------------------------------------------------------------

  void refresh(PilotEvidence e) {
    PilotStatus s = pilot.getStatus() == null ? PilotStatus.DRAFT : pilot.getStatus();
    String text = switch (s) {
      case DRAFT -> Messages.Gate_Draft;
      case AGREED -> Messages.Gate_AgreedStatus;
      case RUNNING -> NLS.bind(Messages.Gate_Running, dev.wedge.ui.emf.LocalDates.format(pilot.getStartDate()),
          dev.wedge.ui.emf.LocalDates.format(PilotSchedule.end(pilot)));
      case EVALUATING -> Messages.Gate_Evaluating;
      case DECIDED -> decided();
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
    String said = NLS.bind(Messages.Gate_Headline, new Object[] {Character.toUpperCase(h.charAt(0)) + h.substring(1),
        e.verdict().word(), e.rating().label()});
    if (o != null) {
      String why = o.getBy() == null ? o.getReason() : NLS.bind(Messages.Gate_OverrideBy, o.getReason(),
          o.getBy().getName());
      said += " " + NLS.bind(Messages.Gate_Override, new Object[] {decisionWord(o.getDecision()), o.getEvidence(),
          why});
    }
    headline.setText(Fields.esc(said));
  }

  /** "Decided: scale on 3 July 2026 — the reason", in the words of the decision. */
  private String decided() {
    String word = decisionWord(pilot.getDecision());
    String when = pilot.getDecisionDate() == null ? NLS.bind(Messages.Gate_Decided, word)
        : NLS.bind(Messages.Gate_DecidedOn, word, dev.wedge.ui.emf.LocalDates.format(pilot.getDecisionDate()));
    return pilot.getDecisionRationale() == null ? when : NLS.bind(Messages.Gate_DecidedWhy, when,
        pilot.getDecisionRationale());
  }

  /** The decision as a word of the sentence ("scale"). */
  private static String decisionWord(Decision d) {
    return switch (d) {
      case SCALE -> Messages.Gate_ScaleWord;
      case ITERATE -> Messages.Gate_IterateWord;
      case STOP -> Messages.Gate_StopWord;
      case UNDECIDED -> Messages.Gate_UndecidedWord;
    };
  }

  private void checklist(List<GovernanceGate.Gap> gaps) {
    for (Control c : checklist.getChildren()) {
      c.dispose();
    }
    gateLines.clear();
    if (gaps.size() == 1 && gaps.get(0).kind() == GovernanceGate.Kind.INITIATIVE) {
      line(false, Messages.Gate_NoInitiative, gaps.get(0));
      return;
    }
    String name = pilot.getInitiative() == null ? "" : NLS.bind(Messages.Gate_InitiativeName,
        pilot.getInitiative().getName());
    GovernanceGate.Gap unknown = gaps.stream().filter(g -> g.kind() == GovernanceGate.Kind.AI_CONTENT).findFirst()
        .orElse(null);
    if (unknown != null) {
      line(false, unknown.message(), unknown);
    } else {
      check(gaps, GovernanceGate.Kind.REVIEW_STEP, pilot.getInitiative() != null && !pilot.getInitiative()
          .isUsesAiContent() ? NLS.bind(Messages.Gate_NoAiContent, name)
              : NLS.bind(Messages.Gate_Reviewed, name));
    }
    check(gaps, GovernanceGate.Kind.LEARNER_DATA, NLS.bind(Messages.Gate_DataListed, name));
    check(gaps, GovernanceGate.Kind.LEGAL, Messages.Gate_LegalYes);
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
    h.setToolTipText(Messages.Gate_GoFix);
    GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(h);
    h.addHyperlinkListener(new HyperlinkAdapter() {
      @Override
      public void linkActivated(HyperlinkEvent e) {
        page.editor().showGap(target);
      }
    });
  }
}
