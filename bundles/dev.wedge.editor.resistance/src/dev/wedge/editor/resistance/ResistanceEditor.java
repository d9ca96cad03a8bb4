package dev.wedge.editor.resistance;

import org.eclipse.osgi.util.NLS;
import java.util.EventObject;
import java.util.List;

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
import dev.wedge.core.method.Responses;
import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessionListener;
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
  private PersonDetails details;
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
    registerTab = tab(Messages.Editor_RegisterTab, register(folder));
    gridTab = tab(Messages.Editor_GridTab, null);
    diagnosisTab = tab(Messages.Editor_DiagnosisTab, null);
    workshopTab = tab(Messages.Editor_WorkshopTab, null);
    folder.setSelection(registerTab);
    folder.addListener(SWT.Selection, e -> build(folder.getSelection()));
    selection.add(register.getSelectionProvider(), register.getControl());
    selection.add(details.concerns().getSelectionProvider(), details.concerns().getControl());
    selection.add(details.actions().getSelectionProvider(), details.actions().getControl());
    getSite().setSelectionProvider(selection);
    register.getSelectionProvider().addSelectionChangedListener(e -> {
      Object o = register.getSelectionProvider().getSelection() instanceof org.eclipse.jface.viewers.IStructuredSelection s
          ? s.getFirstElement() : null;
      if (o instanceof Stakeholder st) {
        focus = st;
        details.show(st);
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
    filter.setMessage(Messages.Editor_Filter);
    filter.setToolTipText(Messages.Editor_FilterTip);
    GridDataFactory.fillDefaults().hint(320, SWT.DEFAULT).applyTo(filter);
    Button add = new Button(c, SWT.PUSH);
    add.setText(Messages.Editor_AddStakeholder);
    add.addListener(SWT.Selection, e -> addStakeholder());
    count = new Label(c, SWT.NONE);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(count);
    register = new ModelNatTable<>(c, getSession().getAdapterFactory(), List.of(
        new ModelNatTable.Column(Literals.NAMED__NAME, Messages.Editor_Name, 150),
        new ModelNatTable.Column(Literals.STAKEHOLDER__ROLE, Messages.Editor_Role, 190),
        new ModelNatTable.Column(Literals.STAKEHOLDER__GROUP, Messages.Editor_Group, 130),
        new ModelNatTable.Column(Literals.STAKEHOLDER__INFLUENCE, Messages.Editor_Influence, 70),
        new ModelNatTable.Column(Literals.STAKEHOLDER__INTEREST, Messages.Editor_Interest, 65),
        new ModelNatTable.Column(Literals.STAKEHOLDER__STANCE, Messages.Editor_Stance, 85),
        new ModelNatTable.Column(null, Messages.Editor_Quadrant, 115, o -> PowerInterest.quadrant((Stakeholder) o).label()),
        new ModelNatTable.Column(null, Messages.Editor_Concerns, 220, o -> Responses.concernSummary((Stakeholder) o)),
        new ModelNatTable.Column(Literals.STAKEHOLDER__SUCCESS_ANSWER, Messages.Editor_SuccessAnswer, 330),
        new ModelNatTable.Column(null, Messages.Editor_ResponseActions, 210, o -> Responses.actionSummary((Stakeholder) o))),
        () -> getSession().getModel().getStakeholders());
    GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(SWT.DEFAULT, 220).applyTo(register.getControl());
    filter.addModifyListener(e -> {
      register.setFilter(filter.getText());
      counted();
    });
    counted();
    details = new PersonDetails(c, getSession());
    return c;
  }

  private void counted() {
    int all = getSession().getModel().getStakeholders().size();
    int shown = register.rowCount();
    long skeptics = getSession().getModel().getStakeholders().stream()
        .filter(s -> s.getStance() == Stance.SKEPTIC || s.getStance() == Stance.OPPONENT).count();
    String people = dev.wedge.core.text.Plurals.count(all, Messages.Editor_Stakeholder, Messages.Editor_Stakeholders);
    count.setText(NLS.bind(skeptics == 1 ? Messages.Editor_CountOneSkeptic : Messages.Editor_CountSkeptics,
        shown == all ? people : NLS.bind(Messages.Editor_ShownOf, shown, people), skeptics));
    count.getParent().layout(true);
  }

  private void addStakeholder() {
    Stakeholder s = WedgeFactory.eINSTANCE.createStakeholder();
    s.setName(Messages.Editor_NewStakeholder);
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
    details.show(focus);
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
      details.show(s);
      if (object instanceof Concern c) {
        details.concerns().select(c);
      } else if (object instanceof ResponseAction a) {
        details.actions().select(a);
      }
      if (diagnosis != null) {
        diagnosis.showPerson(s);
      }
    }
  }

  @Override
  protected String partLabel() {
    return Messages.Editor_Label;
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
    return details.concerns();
  }

  /** The response actions of the person in focus, below the register. */
  public ModelNatTable<ResponseAction> actions() {
    return details.actions();
  }

  void addConcernForTest() {
    details.addConcern();
  }

  void addActionForTest() {
    details.addAction();
  }

  void removeSelected(boolean concern) {
    details.remove(concern);
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
