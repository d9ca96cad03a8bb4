package dev.wedge.editor.resistance;

import java.util.EventObject;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import dev.wedge.core.method.PowerInterest;
import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessionListener;
import dev.wedge.model.ActionStatus;
import dev.wedge.model.Concern;
import dev.wedge.model.ResponseAction;
import dev.wedge.model.Stakeholder;
import dev.wedge.model.StakeholderGroup;
import dev.wedge.model.Stance;
import dev.wedge.model.WedgeFactory;
import dev.wedge.model.WedgePackage.Literals;
import dev.wedge.ui.emf.ModelNatTable;
import dev.wedge.ui.session.FocusSelectionProvider;
import dev.wedge.ui.session.SessionEditorPart;

/**
 * Resistance diagnosis: the stakeholder register (NatTable), the power/interest grid, the diagnosis (root causes,
 * recommended responses, ADKAR) and the workshop capture mode, one tab each, all on the file's shared session.
 */
public class ResistanceEditor extends SessionEditorPart {

  public static final String ID = "dev.wedge.editor.resistance";

  private CTabFolder folder;
  private CTabItem registerTab;
  private CTabItem gridTab;
  private CTabItem diagnosisTab;
  private CTabItem workshopTab;
  private ModelNatTable<Stakeholder> register;
  private ModelNatTable<Concern> concernTable;
  private ModelNatTable<ResponseAction> actionTable;
  private Label detailsTitle;
  private Button removeConcern;
  private Button removeAction;
  private Label count;
  private PowerInterestGrid grid;
  private DiagnosisPanel diagnosis;
  private WorkshopPanel workshop;
  private final FocusSelectionProvider selection = new FocusSelectionProvider();
  private boolean refreshQueued;
  private final ModelSessionListener refresher = new ModelSessionListener() {
    @Override
    public void commandStackChanged(ModelSession s, EventObject event) {
      if (refreshQueued || folder == null || folder.isDisposed()) {
        return;
      }
      refreshQueued = true;
      folder.getDisplay().asyncExec(() -> {
        refreshQueued = false;
        refresh();
      });
    }
  };

  @Override
  protected void createContents(Composite parent) {
    folder = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
    registerTab = tab("Register", register(folder));
    gridTab = tab("Power / interest", null);
    diagnosisTab = tab("Diagnosis", null);
    workshopTab = tab("Workshop capture", null);
    folder.setSelection(registerTab);
    folder.addListener(SWT.Selection, e -> build(folder.getSelection()));
    selection.add(register.getSelectionProvider(), register.getControl());
    selection.add(concernTable.getSelectionProvider(), concernTable.getControl());
    selection.add(actionTable.getSelectionProvider(), actionTable.getControl());
    getSite().setSelectionProvider(selection);
    register.getSelectionProvider().addSelectionChangedListener(e -> {
      Object o = register.getSelectionProvider().getSelection() instanceof org.eclipse.jface.viewers.IStructuredSelection s
          ? s.getFirstElement() : null;
      if (o instanceof Stakeholder st) {
        focus = st;
        showDetails();
        if (diagnosis != null) {
          diagnosis.showPerson(st);
        }
      }
    });
    getSession().addListener(refresher);
  }

  private Stakeholder focus;

  /** The grid, diagnosis and workshop tabs are built when first shown: the register opens alone. */
  private void build(CTabItem tab) {
    if (tab == gridTab && grid == null) {
      grid = new PowerInterestGrid(folder, getSession());
      gridTab.setControl(grid);
      selection.add(grid, grid);
      grid.addSelectionChangedListener(e -> {
        if (grid.selected() != null) {
          focus = grid.selected();
          if (diagnosis != null) {
            diagnosis.showPerson(grid.selected());
          }
        }
      });
    } else if (tab == diagnosisTab && diagnosis == null) {
      diagnosis = new DiagnosisPanel(folder, getSession());
      diagnosisTab.setControl(diagnosis.getControl());
      if (focus != null) {
        diagnosis.showPerson(focus);
      }
    } else if (tab == workshopTab && workshop == null) {
      workshop = new WorkshopPanel(folder, getSession());
      workshopTab.setControl(workshop.getControl());
    }
  }

  private CTabItem tab(String text, org.eclipse.swt.widgets.Control control) {
    CTabItem t = new CTabItem(folder, SWT.NONE);
    t.setText(text);
    if (control != null) {
      t.setControl(control);
    }
    return t;
  }

  private Composite register(Composite parent) {
    Composite c = new Composite(parent, SWT.NONE);
    GridLayoutFactory.fillDefaults().margins(6, 6).numColumns(3).applyTo(c);
    Text filter = new Text(c, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
    filter.setMessage("Filter: a name, a role, a stance, a root cause ...");
    filter.setToolTipText("Click a header to sort. Edit a cell by typing, F2 or Enter; Tab goes to the next cell,"
        + " Escape cancels. Select someone to see and add their concerns and response actions below.");
    GridDataFactory.fillDefaults().hint(320, SWT.DEFAULT).applyTo(filter);
    Button add = new Button(c, SWT.PUSH);
    add.setText("Add stakeholder");
    add.addListener(SWT.Selection, e -> addStakeholder());
    count = new Label(c, SWT.NONE);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(count);
    register = new ModelNatTable<>(c, getSession().getAdapterFactory(), List.of(
        new ModelNatTable.Column(Literals.NAMED__NAME, "Name", 150),
        new ModelNatTable.Column(Literals.STAKEHOLDER__ROLE, "Role", 190),
        new ModelNatTable.Column(Literals.STAKEHOLDER__GROUP, "Group", 130),
        new ModelNatTable.Column(Literals.STAKEHOLDER__INFLUENCE, "Influence", 70),
        new ModelNatTable.Column(Literals.STAKEHOLDER__INTEREST, "Interest", 65),
        new ModelNatTable.Column(Literals.STAKEHOLDER__STANCE, "Stance", 85),
        new ModelNatTable.Column(null, "Quadrant", 115, o -> PowerInterest.quadrant((Stakeholder) o).label()),
        new ModelNatTable.Column(null, "Concerns", 220, o -> concerns((Stakeholder) o)),
        new ModelNatTable.Column(Literals.STAKEHOLDER__SUCCESS_ANSWER, "What does success look like to you?", 330),
        new ModelNatTable.Column(null, "Response actions", 210, o -> actions((Stakeholder) o))),
        () -> getSession().getModel().getStakeholders());
    GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(SWT.DEFAULT, 220).applyTo(register.getControl());
    filter.addModifyListener(e -> {
      register.setFilter(filter.getText());
      counted();
    });
    counted();
    details(c);
    return c;
  }

  /** Below the register: the selected person's concerns and the response actions that answer them. */
  private void details(Composite parent) {
    Composite d = new Composite(parent, SWT.NONE);
    GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(d);
    GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(false).spacing(12, 4).applyTo(d);
    detailsTitle = new Label(d, SWT.WRAP);
    detailsTitle.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
    GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(detailsTitle);

    Composite left = new Composite(d, SWT.NONE);
    GridLayoutFactory.fillDefaults().numColumns(3).applyTo(left);
    GridDataFactory.fillDefaults().grab(true, true).applyTo(left);
    Label lc = new Label(left, SWT.NONE);
    lc.setText("Concerns (what worries them, and its root cause)");
    GridDataFactory.fillDefaults().grab(true, false).applyTo(lc);
    button(left, "Add concern", this::addConcern);
    removeConcern = button(left, "Remove", () -> remove(concernTable, Literals.STAKEHOLDER__CONCERNS));
    concernTable = new ModelNatTable<>(left, getSession().getAdapterFactory(), List.of(
        new ModelNatTable.Column(Literals.CONCERN__DESCRIPTION, "Concern", 260),
        new ModelNatTable.Column(Literals.CONCERN__ROOT_CAUSE, "Root cause", 110),
        new ModelNatTable.Column(Literals.CONCERN__SEVERITY, "Severity", 75)),
        () -> focus == null ? List.of() : focus.getConcerns());
    GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(300, 130).applyTo(concernTable.getControl());

    Composite right = new Composite(d, SWT.NONE);
    GridLayoutFactory.fillDefaults().numColumns(3).applyTo(right);
    GridDataFactory.fillDefaults().grab(true, true).applyTo(right);
    Label la = new Label(right, SWT.NONE);
    la.setText("Response actions (each answers a concern)");
    GridDataFactory.fillDefaults().grab(true, false).applyTo(la);
    button(right, "Add action", this::addAction);
    removeAction = button(right, "Remove", () -> remove(actionTable, Literals.STAKEHOLDER__ACTIONS));
    actionTable = new ModelNatTable<>(right, getSession().getAdapterFactory(), List.of(
        new ModelNatTable.Column(Literals.RESPONSE_ACTION__DESCRIPTION, "Action", 220),
        new ModelNatTable.Column(Literals.RESPONSE_ACTION__KIND, "Kind", 170),
        ModelNatTable.Column.reference(Literals.RESPONSE_ACTION__CONCERN, "Answers", 160,
            (row, concern) -> concern instanceof Concern c && c.eContainer() == row.eContainer()),
        new ModelNatTable.Column(Literals.RESPONSE_ACTION__OWNER, "Owner", 100),
        new ModelNatTable.Column(Literals.RESPONSE_ACTION__DUE_DATE, "Due", 95),
        new ModelNatTable.Column(Literals.RESPONSE_ACTION__STATUS, "Status", 90)),
        () -> focus == null ? List.of() : focus.getActions());
    GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(300, 130).applyTo(actionTable.getControl());
    showDetails();
  }

  private Button button(Composite parent, String text, Runnable run) {
    Button b = new Button(parent, SWT.PUSH);
    b.setText(text);
    b.addListener(SWT.Selection, e -> run.run());
    return b;
  }

  /** Shows the concerns and actions of the person in focus. */
  private void showDetails() {
    if (concernTable == null || concernTable.getControl().isDisposed()) {
      return;
    }
    detailsTitle.setText(focus == null ? "Select someone in the register to see and add their concerns and the"
        + " responses to them." : Stances.esc("Concerns and responses of " + focus.getName()));
    concernTable.refresh();
    actionTable.refresh();
    for (Control c : new Control[] {removeConcern, removeAction}) {
      c.setEnabled(focus != null);
    }
    detailsTitle.getParent().layout(true);
  }

  private void addConcern() {
    if (focus == null) {
      return;
    }
    Concern c = WedgeFactory.eINSTANCE.createConcern();
    c.setDescription("New concern");
    if (getSession().execute(AddCommand.create(getEditingDomain(), focus, Literals.STAKEHOLDER__CONCERNS, c))) {
      concernTable.refresh();
      concernTable.select(c);
      concernTable.getControl().setFocus();
    }
  }

  private void addAction() {
    if (focus == null) {
      return;
    }
    ResponseAction a = WedgeFactory.eINSTANCE.createResponseAction();
    a.setDescription("New response");
    a.setStatus(ActionStatus.PLANNED);
    Concern unanswered = focus.getConcerns().stream()
        .filter(c -> focus.getActions().stream().noneMatch(x -> x.getConcern() == c)).findFirst()
        .orElse(focus.getConcerns().isEmpty() ? null : focus.getConcerns().get(0));
    a.setConcern(unanswered);
    if (unanswered != null && unanswered.getRootCause() != null) {
      a.setKind(dev.wedge.core.method.ResponseCatalogue.get().primaryKind(unanswered.getRootCause()));
    }
    if (getSession().execute(AddCommand.create(getEditingDomain(), focus, Literals.STAKEHOLDER__ACTIONS, a))) {
      actionTable.refresh();
      actionTable.select(a);
      actionTable.getControl().setFocus();
    }
  }

  private void remove(ModelNatTable<?> table, org.eclipse.emf.ecore.EReference feature) {
    if (focus == null) {
      return;
    }
    List<?> chosen = table.getSelectionProvider().getSelection() instanceof
        org.eclipse.jface.viewers.IStructuredSelection sel ? sel.toList() : List.of();
    if (!chosen.isEmpty()) {
      getSession().execute(org.eclipse.emf.edit.command.DeleteCommand.create(getEditingDomain(), chosen));
    }
  }

  static String concerns(Stakeholder s) {
    return s.getConcerns().stream().map(c -> (c.getRootCause() == null ? "?" : DiagnosisPanel.cause(c.getRootCause()))
        + (c.getSeverity() == null ? "" : " (" + c.getSeverity().getName().toLowerCase(Locale.ROOT) + ")"))
        .collect(Collectors.joining("; "));
  }

  static String actions(Stakeholder s) {
    if (s.getActions().isEmpty()) {
      return "";
    }
    java.util.Map<ActionStatus, Long> by = s.getActions().stream().filter(a -> a.getStatus() != null)
        .collect(Collectors.groupingBy(ResponseAction::getStatus, () -> new java.util.EnumMap<>(ActionStatus.class),
            Collectors.counting()));
    return s.getActions().size() + ": " + by.entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey().getName().toLowerCase(Locale.ROOT).replace('_', ' '))
        .collect(Collectors.joining(", "));
  }

  private void counted() {
    int all = getSession().getModel().getStakeholders().size();
    int shown = register.rowCount();
    long skeptics = getSession().getModel().getStakeholders().stream()
        .filter(s -> s.getStance() == Stance.SKEPTIC || s.getStance() == Stance.OPPONENT).count();
    String people = dev.wedge.core.text.Plurals.count(all, "stakeholder", "stakeholders");
    count.setText((shown == all ? people : shown + " of " + people) + ", " + skeptics
        + (skeptics == 1 ? " skeptic or opponent" : " skeptics or opponents"));
    count.getParent().layout(true);
  }

  private void addStakeholder() {
    Stakeholder s = WedgeFactory.eINSTANCE.createStakeholder();
    s.setName("New stakeholder");
    s.setGroup(StakeholderGroup.MANAGER);
    s.setStance(Stance.NEUTRAL);
    s.setInfluence(3);
    s.setInterest(3);
    if (getSession().execute(AddCommand.create(getEditingDomain(), getSession().getModel(),
        Literals.STRATEGY_MODEL__STAKEHOLDERS, s))) {
      register.refresh();
      register.select(s);
    }
  }

  void refresh() {
    if (folder.isDisposed()) {
      return;
    }
    register.refresh();
    counted();
    if (focus != null && focus.eContainer() == null) {
      focus = null; // removed (or its addition undone)
    }
    showDetails();
    if (grid != null) {
      grid.redraw();
    }
    if (diagnosis != null) {
      diagnosis.refresh();
    }
    if (workshop != null) {
      workshop.refresh();
    }
  }

  @Override
  public void selectObject(EObject object) {
    EObject o = object;
    while (o != null && !(o instanceof Stakeholder)) {
      o = o.eContainer();
    }
    if (o instanceof Stakeholder s) {
      folder.setSelection(registerTab);
      register.setFilter("");
      register.select(s);
      focus = s;
      showDetails();
      if (object instanceof Concern c) {
        concernTable.select(c);
      } else if (object instanceof ResponseAction a) {
        actionTable.select(a);
      }

      if (diagnosis != null) {
        diagnosis.showPerson(s);
      }
    }
  }

  @Override
  protected String partLabel() {
    return "Stakeholders";
  }

  @Override
  public void setFocus() {
    if (folder.getSelection() != null && folder.getSelection().getControl() != null) {
      folder.getSelection().getControl().setFocus();
    }
  }

  @Override
  public void dispose() {
    if (getSession() != null) {
      getSession().removeListener(refresher);
    }
    super.dispose();
  }

  // ---- for tests --------------------------------------------------------------------------------------------

  public ModelNatTable<Stakeholder> register() {
    return register;
  }

  /** The concerns of the person in focus, below the register. */
  public ModelNatTable<Concern> concerns() {
    return concernTable;
  }

  /** The response actions of the person in focus, below the register. */
  public ModelNatTable<ResponseAction> actions() {
    return actionTable;
  }

  void addConcernForTest() {
    addConcern();
  }

  void addActionForTest() {
    addAction();
  }

  void removeSelected(boolean concern) {
    if (concern) {
      remove(concernTable, Literals.STAKEHOLDER__CONCERNS);
    } else {
      remove(actionTable, Literals.STAKEHOLDER__ACTIONS);
    }
  }

  public PowerInterestGrid grid() {
    build(gridTab);
    return grid;
  }

  DiagnosisPanel diagnosis() {
    build(diagnosisTab);
    return diagnosis;
  }

  WorkshopPanel workshop() {
    build(workshopTab);
    return workshop;
  }

  /** Shows a tab: 0 register, 1 grid, 2 diagnosis, 3 workshop. */
  public void showTab(int index) {
    CTabItem tab = new CTabItem[] {registerTab, gridTab, diagnosisTab, workshopTab}[index];
    build(tab);
    folder.setSelection(tab);
  }
}
