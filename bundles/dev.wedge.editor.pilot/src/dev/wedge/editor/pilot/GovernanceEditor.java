package dev.wedge.editor.pilot;

import java.util.EventObject;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import dev.wedge.ui.forms.FormParts;
import dev.wedge.core.method.GovernanceGate;
import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessionListener;
import dev.wedge.model.Consultation;
import dev.wedge.model.Governance;
import dev.wedge.model.Initiative;
import dev.wedge.model.LearnerDataItem;
import dev.wedge.model.ReviewStep;
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
  private GateStatusSection gates;
  private AiActRiskSection risks;
  private GovernanceRecords records;
  private Text statement;
  private String statementShown;
  private ModelNatTable<LearnerDataItem> data;
  private TableViewer reviews;
  private TableViewer consultations;
  private final FocusSelectionProvider selection = new FocusSelectionProvider();
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
    form.setText(Messages.Governance_Title);
    Composite body = form.getBody();
    GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(10, 8).spacing(12, 10).applyTo(body);

    records = new GovernanceRecords(getSession(), why -> {
      if (why == null) {
        form.getMessageManager().removeMessage("edit");
      } else {
        form.getMessageManager().addMessage("edit", why, null, org.eclipse.jface.dialogs.IMessageProvider.ERROR);
      }
    });
    gates = new GateStatusSection(toolkit, body, getSession(), getSite().getPage(), this::showGap);

    Composite s = section(body, Messages.Governance_Statement, Messages.Governance_StatementDescription, 1);
    statement = toolkit.createText(s, "", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
    GridDataFactory.fillDefaults().grab(true, false).hint(300, 90).applyTo(statement);
    dev.wedge.ui.forms.FieldEdits.bind(getSession(), statement, this::commitStatement);

    Composite d = section(body, Messages.Governance_Inventory, Messages.Governance_InventoryDescription, 2);
    GridLayoutFactory.fillDefaults().numColumns(2).applyTo(d);
    Text filter = toolkit.createText(d, "", SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
    filter.setMessage(Messages.Governance_Filter);
    GridDataFactory.fillDefaults().hint(220, SWT.DEFAULT).span(2, 1).applyTo(filter);
    data = new ModelNatTable<>(d, getSession().getAdapterFactory(), List.of(
        new ModelNatTable.Column(Literals.NAMED__NAME, Messages.Governance_Data, 190),
        new ModelNatTable.Column(Literals.LEARNER_DATA_ITEM__PERSONAL, Messages.Governance_Personal, 75),
        new ModelNatTable.Column(Literals.LEARNER_DATA_ITEM__PURPOSE, Messages.Governance_Purpose, 230),
        new ModelNatTable.Column(Literals.LEARNER_DATA_ITEM__ACCESS, Messages.Governance_Access, 200),
        new ModelNatTable.Column(Literals.LEARNER_DATA_ITEM__RETENTION, Messages.Governance_Retention, 130),
        new ModelNatTable.Column(Literals.LEARNER_DATA_ITEM__USED_BY, Messages.Governance_UsedBy, 230)),
        () -> governance() == null ? List.of() : governance().getLearnerData());
    GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 150).applyTo(data.getControl());
    filter.addModifyListener(e -> data.setFilter(filter.getText()));
    selection.add(data.getSelectionProvider(), data.getControl());
    Composite db = buttons(d);
    button(db, Messages.Governance_AddData, () -> add(Literals.GOVERNANCE__LEARNER_DATA, GovernanceRecords.newData()));
    button(db, Messages.Common_Remove, () -> records.remove(Literals.GOVERNANCE__LEARNER_DATA,
        data.getSelectionProvider().getSelection()));

    Composite r = section(body, Messages.Governance_Review, Messages.Governance_ReviewDescription, 1);
    reviews = table(r);
    PropertyColumns.add(reviews, getSession().getAdapterFactory(), Literals.NAMED__NAME,
        Messages.Governance_ReviewStep, 170);
    PropertyColumns.add(reviews, getSession().getAdapterFactory(), Literals.REVIEW_STEP__WORKFLOW,
        Messages.Governance_Workflow, 150);
    PropertyColumns.add(reviews, getSession().getAdapterFactory(), Literals.REVIEW_STEP__REVIEWER,
        Messages.Governance_Reviewer, 110);
    PropertyColumns.add(reviews, getSession().getAdapterFactory(), Literals.REVIEW_STEP__REVIEWER_ROLE,
        Messages.Governance_Role, 100);
    PropertyColumns.add(reviews, getSession().getAdapterFactory(), Literals.REVIEW_STEP__BEFORE_LEARNERS,
        Messages.Governance_BeforeLearners, 60);
    Composite rb = buttons(r);
    button(rb, Messages.Governance_AddStep, () -> add(Literals.GOVERNANCE__REVIEW_STEPS,
        GovernanceRecords.newReview()));
    button(rb, Messages.Common_Remove, () -> records.remove(Literals.GOVERNANCE__REVIEW_STEPS, reviews.getSelection()));

    Composite c = section(body, Messages.Governance_Legal, Messages.Governance_LegalDescription, 1);
    consultations = table(c);
    PropertyColumns.add(consultations, getSession().getAdapterFactory(), Literals.CONSULTATION__PARTY,
        Messages.Governance_Party, 110);
    PropertyColumns.add(consultations, getSession().getAdapterFactory(), Literals.CONSULTATION__WHO,
        Messages.Governance_Who, 110);
    PropertyColumns.add(consultations, getSession().getAdapterFactory(), Literals.CONSULTATION__DATE,
        Messages.Governance_When, 80);
    PropertyColumns.add(consultations, getSession().getAdapterFactory(), Literals.CONSULTATION__OUTCOME,
        Messages.Governance_Outcome, 120);
    PropertyColumns.add(consultations, getSession().getAdapterFactory(), Literals.CONSULTATION__INITIATIVES,
        Messages.Governance_About, 150);
    Composite cb = buttons(c);
    button(cb, Messages.Governance_Add, () -> add(Literals.GOVERNANCE__CONSULTATIONS,
        GovernanceRecords.newConsultation()));
    button(cb, Messages.Common_Remove, () -> records.remove(Literals.GOVERNANCE__CONSULTATIONS,
        consultations.getSelection()));

    risks = new AiActRiskSection(toolkit, body, getSession());
    selection.add(risks.viewer(), risks.viewer().getControl());

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
    return records.governance();
  }

  /** Adds to the governance record, creating the record first if the model has none (one command). */
  boolean add(EReference feature, EObject object) {
    return records.add(feature, object);
  }

  /** Applies the statement typed; false when the edit was refused (said in the editor's message bar). */
  private boolean commitStatement() {
    String text = statement.getText();
    if (Objects.equals(text, statementShown)) {
      return true;
    }
    if (!records.setStatement(text.isBlank() ? null : text)) {
      return false;
    }
    statementShown = text;
    return true;
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
    risks.viewer().refresh();
    gates.refresh();
    Fields.relayout(form);
  }

  /** The pilots at the gate, one line each (for layout tests). */
  Composite gates() {
    return gates.control();
  }

  ScrolledForm form() {
    return form;
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

  /** The pilots' gate lines as shown ("name: governance ready; criteria met, evidence 3 of 5 …" or the gaps). */
  public List<String> gateLines() {
    return gates.lines();
  }

  public ModelNatTable<LearnerDataItem> dataTable() {
    return data;
  }

  public TableViewer riskTable() {
    return risks.viewer();
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
      risks.viewer().setSelection(new StructuredSelection(object), true);
      risks.viewer().getControl().setFocus();
      form.showControl(risks.viewer().getControl());
    } else {
      statement.setFocus();
      form.showControl(statement);
    }
  }

  @Override
  protected String partLabel() {
    return Messages.Governance_PartLabel;
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
