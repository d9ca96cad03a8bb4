package dev.wedge.editor.resistance;

import org.eclipse.osgi.util.NLS;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import dev.wedge.core.method.PilotRules;
import dev.wedge.core.session.ModelSession;
import dev.wedge.model.Pilot;
import dev.wedge.model.Stakeholder;
import dev.wedge.model.Stance;
import dev.wedge.model.WedgePackage.Literals;

/**
 * Workshop capture, for a facilitator at the front of the room: one stakeholder at a time (skeptics first), in big
 * type, the one question "What does success look like to you?", the answer typed in, and in one step a candidate
 * success criterion of the chosen pilot that this person agreed: the skeptic becomes a co-owner of the pilot.
 */
final class WorkshopPanel {

  static final String QUESTION = Messages.Workshop_Question;

  private final ModelSession session;
  private final Composite control;
  private final LocalResourceManager resources;
  private final TableViewer who;
  private final Label name;
  private final Label role;
  private final Text answer;
  private final ComboViewer pilot;
  private final Label status;
  private final Color good = new Color(new RGB(56, 118, 29));
  private final Color bad = new Color(new RGB(192, 0, 0));
  private Stakeholder shown;

  WorkshopPanel(Composite parent, ModelSession session) {
    this.session = session;
    control = new Composite(parent, SWT.NONE);
    resources = new LocalResourceManager(JFaceResources.getResources(), control);
    FontDescriptor base = JFaceResources.getDefaultFontDescriptor();
    Font big = resources.create(base.increaseHeight(14).setStyle(SWT.BOLD));
    Font medium = resources.create(base.increaseHeight(6));
    Font answerFont = resources.create(base.increaseHeight(8));
    GridLayoutFactory.fillDefaults().numColumns(2).margins(12, 12).spacing(24, 14).applyTo(control);

    Composite list = new Composite(control, SWT.NONE);
    GridLayoutFactory.fillDefaults().numColumns(2).applyTo(list);
    GridDataFactory.fillDefaults().grab(false, true).hint(270, SWT.DEFAULT).applyTo(list);
    Label people = new Label(list, SWT.NONE);
    people.setText(Messages.Workshop_SkepticsFirst);
    GridDataFactory.fillDefaults().span(2, 1).applyTo(people);
    who = new TableViewer(list, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL | SWT.VIRTUAL | SWT.FULL_SELECTION);
    who.setUseHashlookup(true);
    who.setContentProvider(ArrayContentProvider.getInstance());
    who.setLabelProvider(new LabelProvider() {
      @Override
      public String getText(Object e) {
        Stakeholder s = (Stakeholder) e;
        return NLS.bind(Messages.Workshop_Person, s.getName(), Stances.word(s.getStance()))
            + (s.getSuccessAnswer() == null || s.getSuccessAnswer().isBlank() ? "" : " \u2713");
      }
    });
    GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(who.getControl());
    Button previous = new Button(list, SWT.PUSH);
    previous.setText(Messages.Workshop_Previous);
    Button next = new Button(list, SWT.PUSH);
    next.setText(Messages.Workshop_Next);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(previous);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(next);

    Composite capture = new Composite(control, SWT.NONE);
    GridLayoutFactory.fillDefaults().spacing(10, 14).applyTo(capture);
    GridDataFactory.fillDefaults().grab(true, true).applyTo(capture);
    previous.addListener(SWT.Selection, e -> step(-1));
    next.addListener(SWT.Selection, e -> step(1));

    name = new Label(capture, SWT.NONE);
    name.setFont(big);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(name);
    role = new Label(capture, SWT.WRAP);
    role.setFont(medium);
    GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(role);
    Label question = new Label(capture, SWT.WRAP);
    question.setText(NLS.bind(Messages.Workshop_Quoted, QUESTION));
    question.setFont(big);
    question.setForeground(new Color(new RGB(31, 90, 160)));
    GridDataFactory.fillDefaults().grab(true, false).indent(0, 16).hint(300, SWT.DEFAULT).applyTo(question);
    answer = new Text(capture, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
    answer.setFont(answerFont);
    answer.setMessage(Messages.Workshop_AnswerHint);
    GridDataFactory.fillDefaults().grab(true, true).hint(400, 150).applyTo(answer);

    Composite bottom = new Composite(capture, SWT.NONE);
    GridLayoutFactory.fillDefaults().numColumns(3).applyTo(bottom);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(bottom);
    Button save = new Button(bottom, SWT.PUSH);
    save.setText(Messages.Workshop_Save);
    save.setFont(medium);
    GridDataFactory.swtDefaults().span(3, 1).applyTo(save);
    new Label(bottom, SWT.NONE).setText(Messages.Workshop_Pilot);
    pilot = new ComboViewer(bottom, SWT.READ_ONLY);
    pilot.setContentProvider(ArrayContentProvider.getInstance());
    pilot.setLabelProvider(new LabelProvider() {
      @Override
      public String getText(Object e) {
        Pilot p = (Pilot) e;
        return PilotRules.frozen(p) ? NLS.bind(Messages.Workshop_Frozen, p.getName()) : p.getName();
      }
    });
    GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(160, SWT.DEFAULT)
        .applyTo(pilot.getControl());
    Button criterion = new Button(bottom, SWT.PUSH);
    criterion.setText(Messages.Workshop_MakeCriterion);
    criterion.setFont(medium);
    status = new Label(capture, SWT.WRAP);
    status.setFont(medium);
    GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(status);

    who.addSelectionChangedListener(e -> show((Stakeholder) who.getStructuredSelection().getFirstElement()));
    save.addListener(SWT.Selection, e -> saveAnswer());
    criterion.addListener(SWT.Selection, e -> makeCriterion());
    refresh();
  }

  Composite getControl() {
    return control;
  }

  /** Skeptics and opponents first, then the others, each in the model's order. */
  private List<Stakeholder> order() {
    List<Stakeholder> all = new ArrayList<>(session.getModel().getStakeholders());
    all.sort(java.util.Comparator.comparing((Stakeholder s) -> s.getStance() == Stance.OPPONENT ? 0
        : s.getStance() == Stance.SKEPTIC ? 1 : 2));
    return all;
  }

  void refresh() {
    if (control.isDisposed()) {
      return;
    }
    List<Stakeholder> people = order();
    who.setInput(people);
    List<Pilot> pilots = new ArrayList<>(session.getModel().getPilots());
    pilots.sort(java.util.Comparator.comparing(PilotRules::frozen)); // the ones still open for agreement first
    Object chosenPilot = pilot.getStructuredSelection().getFirstElement();
    pilot.setInput(pilots);
    if (chosenPilot != null && pilots.contains(chosenPilot)) {
      pilot.setSelection(new StructuredSelection(chosenPilot));
    } else if (!pilots.isEmpty()) {
      pilot.setSelection(new StructuredSelection(pilots.get(0)));
    }
    if (shown != null && people.contains(shown)) {
      who.setSelection(new StructuredSelection(shown));
      String now = shown.getSuccessAnswer() == null ? "" : shown.getSuccessAnswer();
      if (!answer.isFocusControl() && !answer.getText().equals(now)) {
        answer.setText(now); // undo, or an edit in another editor
      }
    } else if (!people.isEmpty()) {
      who.setSelection(new StructuredSelection(people.get(0)));
    } else {
      show(null);
    }
  }

  private void step(int delta) {
    List<Stakeholder> people = order();
    if (people.isEmpty()) {
      return;
    }
    int i = shown == null ? 0 : Math.floorMod(people.indexOf(shown) + delta, people.size());
    who.setSelection(new StructuredSelection(people.get(i)));
  }

  /** Shows one stakeholder. */
  void show(Stakeholder s) {
    if (s == shown && s != null) {
      return;
    }
    shown = s;
    name.setText(s == null ? Messages.Workshop_NoStakeholders : Stances.esc(s.getName()));
    role.setText(s == null ? "" : Stances.esc((s.getRole() == null ? "" : s.getRole() + " \u00b7 ")
        + Stances.word(s.getStance())));
    answer.setText(s == null || s.getSuccessAnswer() == null ? "" : s.getSuccessAnswer());
    say("", true);
    control.layout(true, true);
  }

  private void say(String text, boolean ok) {
    status.setText(Stances.esc(text));
    status.setForeground(ok ? good : bad);
    control.layout(true, true);
  }

  boolean saveAnswer() {
    if (shown == null) {
      return false;
    }
    String text = answer.getText().trim();
    String value = text.isEmpty() ? null : text;
    if (Objects.equals(value, shown.getSuccessAnswer())) {
      say(Messages.Workshop_Saved, true);
      return true;
    }
    boolean done = session.execute(SetCommand.create(session.getEditingDomain(), shown,
        Literals.STAKEHOLDER__SUCCESS_ANSWER, value));
    say(done ? NLS.bind(Messages.Workshop_SavedAnswer, shown.getName()) : session.lastRefusal(), done);
    return done;
  }

  /** The answer recorded and turned into a candidate criterion of the chosen pilot, in one undoable step. */
  boolean makeCriterion() {
    Pilot p = (Pilot) pilot.getStructuredSelection().getFirstElement();
    if (shown == null || p == null) {
      say(Messages.Workshop_ChooseBoth, false);
      return false;
    }
    if (answer.getText().isBlank()) {
      say(Messages.Workshop_TypeFirst, false);
      return false;
    }
    boolean done = session.execute(PilotRules.criterionFromAnswer(session.getEditingDomain(), p, shown,
        answer.getText(), session.today()));
    say(done ? NLS.bind(Messages.Workshop_Added, p.getName(), shown.getName()) : session.lastRefusal(), done);
    return done;
  }

  /** For tests and keyboard users: one capture, through the same widgets and buttons' code. */
  boolean capture(Stakeholder s, String words, Pilot into) {
    who.setSelection(new StructuredSelection(s));
    answer.setText(words);
    pilot.setSelection(new StructuredSelection(into));
    return makeCriterion();
  }

  String statusText() {
    return status.getText();
  }
}
