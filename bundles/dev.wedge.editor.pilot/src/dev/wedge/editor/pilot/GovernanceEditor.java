package dev.wedge.editor.pilot;

import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import dev.wedge.ui.forms.FormParts;
import dev.wedge.core.method.AiActRisk;
import dev.wedge.core.method.GovernanceGate;
import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessionListener;
import dev.wedge.model.Consultation;
import dev.wedge.model.ConsultationOutcome;
import dev.wedge.model.Governance;
import dev.wedge.model.Initiative;
import dev.wedge.model.LearnerDataItem;
import dev.wedge.model.Pilot;
import dev.wedge.model.ReviewStep;
import dev.wedge.model.WedgeFactory;
import dev.wedge.model.WedgePackage.Literals;
import dev.wedge.ui.emf.ModelNatTable;
import dev.wedge.ui.emf.PropertyColumns;
import dev.wedge.ui.session.FocusSelectionProvider;
import dev.wedge.ui.session.SessionEditorPart;

/**
 * The governance of the model as a whole, the minimum three before anything scales: the human review step in each AI
 * content workflow, the learner-data inventory (what, personal or not, purpose, who has access, how long), legal and
 * compliance consultations, and each initiative's EU AI Act risk (Annex III: evaluating learning outcomes, point 3,
 * and informing employment decisions, point 4, are high-risk). The pilots' gate status is on top.
 */
public class GovernanceEditor extends SessionEditorPart {

  public static final String ID = "dev.wedge.editor.governance";

  private FormToolkit toolkit;
  private ScrolledForm form;
  private Composite gates;
  private Text statement;
  private String statementShown;
  private ModelNatTable<LearnerDataItem> data;
  private TableViewer reviews;
  private TableViewer consultations;
  private TableViewer risks;
  private final Color red = new Color(new RGB(192, 0, 0));
  private final Color green = new Color(new RGB(56, 118, 29));
  private final FocusSelectionProvider selection = new FocusSelectionProvider();
  private final List<String> gateLines = new ArrayList<>();
  private boolean refreshQueued;
  private final ModelSessionListener refresher = new ModelSessionListener() {
    @Override
    public void commandStackChanged(ModelSession s, EventObject event) {
      if (refreshQueued || form == null || form.isDisposed()) {
        return;
      }
      refreshQueued = true;
      form.getDisplay().asyncExec(() -> {
        refreshQueued = false;
        refresh();
      });
    }
  };

  @Override
  protected void createContents(Composite parent) {
    toolkit = new FormToolkit(parent.getDisplay());
    form = toolkit.createScrolledForm(parent);
    toolkit.decorateFormHeading(form.getForm());
    form.setText("Governance: the minimum three before anything scales");
    Composite body = form.getBody();
    GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(10, 8).spacing(12, 10).applyTo(body);

    Composite g = section(body, "Pilots at the gate", "Deciding \u201cscale\u201d waits until all three are in"
        + " place for the initiative the pilot tests.", 1);
    gates = toolkit.createComposite(g);
    GridLayoutFactory.fillDefaults().numColumns(2).applyTo(gates);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(gates);

    Composite s = section(body, "What learner data do we use, and who has access?", "The answer you give a works"
        + " council, a learner or an auditor, in plain words.", 1);
    statement = toolkit.createText(s, "", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
    GridDataFactory.fillDefaults().grab(true, false).hint(300, 90).applyTo(statement);
    dev.wedge.ui.forms.FieldEdits.bind(getSession(), statement, this::commitStatement);

    Composite d = section(body, "Learner-data inventory", "Each item: personal or not, why it is used, who can see it,"
        + " how long it is kept, and which initiatives use it (Properties view).", 2);
    GridLayoutFactory.fillDefaults().numColumns(2).applyTo(d);
    Text filter = toolkit.createText(d, "", SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
    filter.setMessage("Filter");
    GridDataFactory.fillDefaults().hint(220, SWT.DEFAULT).span(2, 1).applyTo(filter);
    data = new ModelNatTable<>(d, getSession().getAdapterFactory(), List.of(
        new ModelNatTable.Column(Literals.NAMED__NAME, "Data", 190),
        new ModelNatTable.Column(Literals.LEARNER_DATA_ITEM__PERSONAL, "Personal?", 75),
        new ModelNatTable.Column(Literals.LEARNER_DATA_ITEM__PURPOSE, "Purpose", 230),
        new ModelNatTable.Column(Literals.LEARNER_DATA_ITEM__ACCESS, "Who has access", 200),
        new ModelNatTable.Column(Literals.LEARNER_DATA_ITEM__RETENTION, "Retention", 130),
        new ModelNatTable.Column(Literals.LEARNER_DATA_ITEM__USED_BY, "Used by", 230)),
        () -> governance() == null ? List.of() : governance().getLearnerData());
    GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 150).applyTo(data.getControl());
    filter.addModifyListener(e -> data.setFilter(filter.getText()));
    selection.add(data.getSelectionProvider(), data.getControl());
    Composite db = buttons(d);
    button(db, "Add data", () -> add(Literals.GOVERNANCE__LEARNER_DATA, newData()));
    button(db, "Remove", () -> remove(Literals.GOVERNANCE__LEARNER_DATA, data.getSelectionProvider().getSelection()));

    Composite r = section(body, "Human review before learners", "A person checks the AI content of each workflow"
        + " before it reaches learners.", 1);
    reviews = table(r);
    PropertyColumns.add(reviews, getSession().getAdapterFactory(), Literals.NAMED__NAME, "Review step", 170);
    PropertyColumns.add(reviews, getSession().getAdapterFactory(), Literals.REVIEW_STEP__WORKFLOW, "AI workflow", 150);
    PropertyColumns.add(reviews, getSession().getAdapterFactory(), Literals.REVIEW_STEP__REVIEWER, "Reviewer", 110);
    PropertyColumns.add(reviews, getSession().getAdapterFactory(), Literals.REVIEW_STEP__REVIEWER_ROLE, "Role", 100);
    PropertyColumns.add(reviews, getSession().getAdapterFactory(), Literals.REVIEW_STEP__BEFORE_LEARNERS, "Before learners", 60);
    Composite rb = buttons(r);
    button(rb, "Add step", () -> add(Literals.GOVERNANCE__REVIEW_STEPS, newReview()));
    button(rb, "Remove", () -> remove(Literals.GOVERNANCE__REVIEW_STEPS, reviews.getSelection()));

    Composite c = section(body, "Legal and compliance, consulted before scaling", "Who was asked, when, and what"
        + " they said.", 1);
    consultations = table(c);
    PropertyColumns.add(consultations, getSession().getAdapterFactory(), Literals.CONSULTATION__PARTY, "Party", 110);
    PropertyColumns.add(consultations, getSession().getAdapterFactory(), Literals.CONSULTATION__WHO, "Who", 110);
    PropertyColumns.add(consultations, getSession().getAdapterFactory(), Literals.CONSULTATION__DATE, "When", 80);
    PropertyColumns.add(consultations, getSession().getAdapterFactory(), Literals.CONSULTATION__OUTCOME, "Outcome", 120);
    PropertyColumns.add(consultations, getSession().getAdapterFactory(), Literals.CONSULTATION__INITIATIVES, "About", 150);
    Composite cb = buttons(c);
    button(cb, "Add", () -> add(Literals.GOVERNANCE__CONSULTATIONS, newConsultation()));
    button(cb, "Remove", () -> remove(Literals.GOVERNANCE__CONSULTATIONS, consultations.getSelection()));

    Composite a = section(body, "EU AI Act risk per initiative", "Annex III lists AI that evaluates learning outcomes"
        + " (point 3) or informs employment decisions such as performance evaluation (point 4) as high-risk.", 2);
    risks = table(a);
    GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, 150).applyTo(risks.getTable());
    TableViewerColumn name = new TableViewerColumn(risks, SWT.LEFT);
    name.getColumn().setText("Initiative");
    name.getColumn().setWidth(240);
    name.setLabelProvider(new ColumnLabelProvider() {
      @Override
      public String getText(Object e) {
        return ((Initiative) e).getName();
      }
    });
    PropertyColumns.add(risks, getSession().getAdapterFactory(), Literals.INITIATIVE__USES_AI_CONTENT, "AI content", 75);
    PropertyColumns.add(risks, getSession().getAdapterFactory(), Literals.INITIATIVE__RISK_AREA, "Used for", 190);
    PropertyColumns.add(risks, getSession().getAdapterFactory(), Literals.INITIATIVE__RISK_CLASS, "Risk class", 100);
    TableViewerColumn annex = new TableViewerColumn(risks, SWT.LEFT);
    annex.getColumn().setText("Annex III");
    annex.getColumn().setWidth(330);
    annex.setLabelProvider(new ColumnLabelProvider() {
      @Override
      public String getText(Object e) {
        return AiActRisk.verdict((Initiative) e);
      }

      @Override
      public Color getForeground(Object e) {
        Initiative i = (Initiative) e;
        return AiActRisk.misclassified(i) ? red : null;
      }
    });
    PropertyColumns.add(risks, getSession().getAdapterFactory(), Literals.INITIATIVE__RISK_NOTE, "Note", 220);
    risks.setComparator(new org.eclipse.jface.viewers.ViewerComparator() {
      @Override
      public int compare(org.eclipse.jface.viewers.Viewer v, Object a, Object b) {
        return AiActRisk.REVIEW_ORDER.compare((Initiative) a, (Initiative) b); // stable: model order otherwise
      }
    });
    risks.setInput(getSession().getModel().getInitiatives());

    getSite().setSelectionProvider(selection);
    getSession().addListener(refresher);
    refresh();
  }

  private Composite section(Composite parent, String title, String description, int span) {
    return FormParts.section(toolkit, parent, title, description, span);
  }

  private TableViewer table(Composite parent) {
    TableViewer v = FormParts.table(toolkit, parent, 110);
    selection.add(v, v.getControl());
    return v;
  }

  private Composite buttons(Composite parent) {
    return FormParts.buttons(toolkit, parent);
  }

  private void button(Composite parent, String text, Runnable run) {
    FormParts.button(toolkit, parent, text, run);
  }

  Governance governance() {
    return getSession().getModel().getGovernance();
  }

  /** Adds to the governance record, creating the record first if the model has none (one command). */
  boolean add(EReference feature, EObject object) {
    Governance g = governance();
    CompoundCommand c = new CompoundCommand("Add " + object.eClass().getName());
    if (g == null) {
      g = WedgeFactory.eINSTANCE.createGovernance();
      c.append(SetCommand.create(getSession().getEditingDomain(), getSession().getModel(),
          Literals.STRATEGY_MODEL__GOVERNANCE, g));
    }
    c.append(AddCommand.create(getSession().getEditingDomain(), g, feature, object));
    return execute(c);
  }

  private void remove(EReference feature, org.eclipse.jface.viewers.ISelection chosen) {
    List<?> objects = ((IStructuredSelection) chosen).toList();
    if (!objects.isEmpty() && governance() != null) {
      execute(RemoveCommand.create(getSession().getEditingDomain(), governance(), feature, objects));
    }
  }

  private boolean execute(Command c) {
    if (getSession().execute(c)) {
      form.getMessageManager().removeMessage("edit");
      return true;
    }
    form.getMessageManager().addMessage("edit", getSession().lastRefusal(), null, org.eclipse.jface.dialogs.IMessageProvider.ERROR);
    return false;
  }

  private LearnerDataItem newData() {
    LearnerDataItem i = WedgeFactory.eINSTANCE.createLearnerDataItem();
    i.setName("New data item");
    i.setPersonal(true);
    return i;
  }

  private ReviewStep newReview() {
    ReviewStep r = WedgeFactory.eINSTANCE.createReviewStep();
    r.setName("Review before release");
    r.setBeforeLearners(true);
    return r;
  }

  private Consultation newConsultation() {
    Consultation c = WedgeFactory.eINSTANCE.createConsultation();
    c.setParty("Legal");
    c.setOutcome(ConsultationOutcome.PENDING);
    return c;
  }

  /** Applies the statement typed; false when the edit was refused (said in the editor's message bar). */
  private boolean commitStatement() {
    String text = statement.getText();
    if (Objects.equals(text, statementShown)) {
      return true;
    }
    String value = text.isBlank() ? null : text;
    Governance g = governance();
    boolean applied = true;
    if (g == null) {
      g = WedgeFactory.eINSTANCE.createGovernance();
      g.setDataStatement(value);
      applied = execute(SetCommand.create(getSession().getEditingDomain(), getSession().getModel(),
          Literals.STRATEGY_MODEL__GOVERNANCE, g));
    } else if (!Objects.equals(value, g.getDataStatement())) {
      applied = execute(SetCommand.create(getSession().getEditingDomain(), g, Literals.GOVERNANCE__DATA_STATEMENT,
          value));
    }
    if (applied) {
      statementShown = text;
    }
    return applied;
  }

  void refresh() {
    if (form == null || form.isDisposed()) {
      return;
    }
    Governance g = governance();
    String now = g == null || g.getDataStatement() == null ? "" : g.getDataStatement();
    if (!statement.isFocusControl() || Objects.equals(statement.getText(), statementShown)) {
      if (!statement.getText().equals(now)) {
        statement.setText(now);
      }
      statementShown = now;
    }
    data.refresh();
    reviews.setInput(g == null ? List.of() : g.getReviewSteps());
    consultations.setInput(g == null ? List.of() : g.getConsultations());
    risks.refresh();
    showGates();
    Fields.relayout(form);
  }

  /** The pilots at the gate, one line each (for layout tests). */
  Composite gates() {
    return gates;
  }

  ScrolledForm form() {
    return form;
  }

  private void showGates() {
    for (Control c : gates.getChildren()) {
      c.dispose();
    }
    gateLines.clear();
    List<Pilot> pilots = getSession().getModel().getPilots();
    if (pilots.isEmpty()) {
      toolkit.createLabel(gates, "No pilots yet.");
    }
    for (Pilot p : pilots) {
      List<GovernanceGate.Gap> gaps = GovernanceGate.gaps(p);
      Label mark = toolkit.createLabel(gates, gaps.isEmpty() ? "\u2714" : "\u2718");
      mark.setForeground(gaps.isEmpty() ? green : red);
      GridDataFactory.swtDefaults().align(SWT.CENTER, SWT.TOP).applyTo(mark);
      String text = p.getName() + ": " + (gaps.isEmpty() ? "governance ready" + evidence(p) : GovernanceGate.describe(
          gaps));
      gateLines.add(text);
      Hyperlink h = toolkit.createHyperlink(gates, text, SWT.WRAP);
      GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(h);
      h.setToolTipText(gaps.isEmpty() ? "Open the pilot" : "Go to what is missing");
      h.addHyperlinkListener(new HyperlinkAdapter() {
        @Override
        public void linkActivated(HyperlinkEvent e) {
          if (gaps.isEmpty() || gaps.get(0).kind() == GovernanceGate.Kind.INITIATIVE) {
            try {
              dev.wedge.ui.models.ModelEditors.openObject(getSite().getPage(), getSession(), p);
            } catch (org.eclipse.ui.PartInitException x) {
              org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), "Wedge", x.getMessage());
            }
          } else {
            showGap(gaps.get(0));
          }
        }
      });
    }
  }

  /** Shows where a gap is fixed: the review steps, the data inventory or the consultations. */
  public void showGap(GovernanceGate.Gap gap) {
    switch (gap.kind()) {
      case REVIEW_STEP -> {
        reviews.getControl().setFocus();
        form.showControl(reviews.getControl());
      }
      case LEARNER_DATA -> {
        if (gap.target() instanceof LearnerDataItem) {
          selectObject(gap.target());
        } else {
          data.getControl().setFocus();
          form.showControl(data.getControl());
        }
      }
      case LEGAL -> {
        if (gap.target() instanceof Consultation) {
          selectObject(gap.target());
        } else {
          consultations.getControl().setFocus();
          form.showControl(consultations.getControl());
        }
      }
      default -> selectObject(gap.target());
    }
    form.getMessageManager().addMessage("gap", Character.toUpperCase(gap.message().charAt(0))
        + gap.message().substring(1) + ".", null, org.eclipse.jface.dialogs.IMessageProvider.INFORMATION);
  }

  /** "; criteria inconclusive, so not ready to scale": the evidence's side of the stage gate ({@link dev.wedge.evidence.Headline#stageGate}). */
  private String evidence(Pilot p) {
    return "; " + dev.wedge.evidence.Headline.stageGate(dev.wedge.evidence.PilotEvidence.of(p, getSession().today()));
  }

  /** The pilots' gate lines as shown ("name: governance ready; criteria met, evidence 3 of 5 …" or the gaps). */
  public List<String> gateLines() {
    return List.copyOf(gateLines);
  }

  public ModelNatTable<LearnerDataItem> dataTable() {
    return data;
  }

  public TableViewer riskTable() {
    return risks;
  }

  @Override
  public void selectObject(EObject object) {
    if (object instanceof LearnerDataItem d) {
      data.getSelectionProvider().setSelection(new StructuredSelection(d));
      data.getControl().setFocus();
      form.showControl(data.getControl());
    } else if (object instanceof ReviewStep || object instanceof Consultation) {
      TableViewer v = object instanceof ReviewStep ? reviews : consultations;
      v.setSelection(new StructuredSelection(object), true);
      v.getControl().setFocus();
      form.showControl(v.getControl());
    } else if (object instanceof Initiative) {
      risks.setSelection(new StructuredSelection(object), true);
      risks.getControl().setFocus();
      form.showControl(risks.getControl());
    } else {
      statement.setFocus();
      form.showControl(statement);
    }
  }

  @Override
  protected String partLabel() {
    return "Governance";
  }

  @Override
  public void setFocus() {
    form.setFocus();
  }

  @Override
  public void dispose() {
    if (getSession() != null) {
      getSession().removeListener(refresher);
    }
    if (toolkit != null) {
      toolkit.dispose();
    }
    super.dispose();
  }

}
