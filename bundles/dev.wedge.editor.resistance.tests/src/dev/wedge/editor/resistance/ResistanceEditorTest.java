package dev.wedge.editor.resistance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.wedge.ui.testing.UiTesting.closeAllModels;
import static dev.wedge.ui.testing.UiTesting.copyExample;
import static dev.wedge.ui.testing.UiTesting.openPart;
import static dev.wedge.ui.testing.UiTesting.processEvents;

import java.nio.file.Path;

import java.util.Arrays;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.edit.command.UpdateDataCommand;
import org.eclipse.nebula.widgets.nattable.edit.editor.ComboBoxCellEditor;
import org.eclipse.nebula.widgets.nattable.edit.editor.ICellEditor;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.method.PowerInterest;
import dev.wedge.core.session.ModelSession;
import dev.wedge.model.Pilot;
import dev.wedge.model.PilotStatus;
import dev.wedge.model.RootCause;
import dev.wedge.model.Stakeholder;
import dev.wedge.model.StakeholderGroup;
import dev.wedge.model.Stance;
import dev.wedge.model.SuccessCriterion;
import dev.wedge.ui.emf.NatTableEditing;
import dev.wedge.ui.session.WorkbenchModels;
import dev.wedge.ui.testing.UiTesting;

/** The resistance diagnosis editor on the example model, in a real workbench. */
class ResistanceEditorTest {

  @TempDir
  Path dir;

  private IWorkbenchWindow window;
  private ModelSession session;
  private ResistanceEditor editor;

  @BeforeEach
  void open() throws Exception {
    window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    Path model = copyExample(dir);
    session = WorkbenchModels.get().open(model, null);
    editor = openPart(session, "resistance", ResistanceEditor.class);
  }

  @AfterEach
  void close() {
    closeAllModels();
  }

  private Stakeholder named(String name) {
    return session.getModel().getStakeholders().stream().filter(s -> s.getName().equals(name)).findFirst()
        .orElseThrow();
  }

  private void undo() {
    editor.getSite().getPage().activate(editor);
    try {
      PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    processEvents();
  }

  private void mouse(int type, Point p, int stateMask) {
    Event e = new Event();
    e.x = p.x;
    e.y = p.y;
    e.button = 1;
    e.stateMask = stateMask;
    editor.grid().notifyListeners(type, e);
  }

  @Test
  void aCellEditAndAMarkerDragAreUndoableCommands() {
    assertEquals(session.getModel().getStakeholders().size(), editor.register().rowCount());
    editor.register().setFilter("Chief Financial");
    assertEquals(1, editor.register().rowCount(), "filtered to the CFO");
    Stakeholder cfo = editor.register().row(0);
    String role = cfo.getRole();
    // what NatTable's cell editor does on commit: row and column positions of the grid (headers are 0)
    assertTrue(editor.register().getControl().doCommand(new UpdateDataCommand(editor.register().getControl(), 2, 1,
        "Group CFO")));
    assertEquals("Group CFO", cfo.getRole());
    assertTrue(editor.register().getControl().doCommand(new UpdateDataCommand(editor.register().getControl(), 6, 1,
        "Opponent")), "stance is chosen from its labels");
    assertEquals(dev.wedge.model.Stance.OPPONENT, cfo.getStance());
    editor.register().setFilter("");

    editor.showTab(1);
    processEvents();
    int influence = cfo.getInfluence();
    int interest = cfo.getInterest();
    Point from = editor.grid().markerCenter(cfo);
    assertNotNull(from);
    Point to = editor.grid().pointFor(2, 5);
    mouse(SWT.MouseDown, from, 0);
    mouse(SWT.MouseMove, new Point((from.x + to.x) / 2, (from.y + to.y) / 2), SWT.BUTTON1);
    mouse(SWT.MouseMove, to, SWT.BUTTON1);
    mouse(SWT.MouseUp, to, SWT.BUTTON1);
    processEvents();
    assertEquals(2, cfo.getInfluence());
    assertEquals(5, cfo.getInterest());
    assertEquals(PowerInterest.Quadrant.KEEP_INFORMED, PowerInterest.quadrant(cfo));
    assertEquals(cfo, editor.grid().selected(), "the dragged marker is selected");

    undo();
    assertEquals(influence, cfo.getInfluence(), "one undo puts the marker back");
    assertEquals(interest, cfo.getInterest());
    undo();
    undo();
    assertEquals(role, cfo.getRole(), "and two more take back the cell edits");
    assertFalse(session.isDirty());
  }

  @Test
  void theDiagnosisShowsTheCausesTheirResponsesAndTheFirstAdkarBarrier() {
    editor.showTab(2);
    processEvents();
    DiagnosisPanel d = editor.diagnosis();
    assertNotNull(d.diagnosis().dominant());
    assertTrue(d.diagnosis().of(RootCause.CREDIBILITY).concerns() > 0);
    assertEquals("Evidence", d.diagnosis().of(RootCause.CREDIBILITY).responses().get(0).title());
    double[] answered = d.chart().getSeriesSet().getSeries("Answered").getYSeries();
    assertEquals(RootCause.VALUES.size(), answered.length);
    d.showPerson(named("Dana Whitfield"));
    processEvents();
    assertTrue(d.adkarVerdict().startsWith("First barrier: Desire (2)"), d.adkarVerdict());
  }

  @Test
  void aCapturedAnswerBecomesACriterionOfTheChosenPilotButNotOfARunningOne() {
    editor.showTab(3);
    processEvents();
    Pilot draft = session.getModel().getPilots().stream().filter(p -> p.getStatus() == PilotStatus.DRAFT)
        .findFirst().orElseThrow();
    Stakeholder maria = named("Maria Santos");
    int before = draft.getCriteria().size();
    assertTrue(editor.workshop().capture(maria, "Fewer incidents in the three months after each refresher", draft),
        editor.workshop().statusText());
    assertEquals(before + 1, draft.getCriteria().size());
    SuccessCriterion c = draft.getCriteria().get(before);
    assertEquals(maria, c.getSource());
    assertTrue(c.getAgreedBy().contains(maria));
    assertEquals("Fewer incidents in the three months after each refresher", maria.getSuccessAnswer());
    assertTrue(editor.workshop().statusText().startsWith("Added to 'Monthly compliance refreshers'"));

    Pilot running = session.getModel().getPilots().stream().filter(p -> p.getStatus() == PilotStatus.RUNNING)
        .findFirst().orElseThrow();
    int runningBefore = running.getCriteria().size();
    assertFalse(editor.workshop().capture(named("Dana Whitfield"), "Something new", running));
    assertEquals(runningBefore, running.getCriteria().size());
    assertTrue(editor.workshop().statusText().contains("frozen"), editor.workshop().statusText());
    undo();
    assertEquals(before, draft.getCriteria().size(), "one undo takes back the captured criterion");
  }

  @Test
  void concernsAndResponseActionsAreAddedAndRemovedInTheStakeholdersEditor() {
    Stakeholder sam = named("Sam Reyes");
    assertTrue(sam.getConcerns().isEmpty() && sam.getActions().isEmpty(), "the example's Sam has neither yet");
    editor.selectObject(sam);
    processEvents();
    assertEquals(0, editor.concerns().rowCount());
    editor.addConcernForTest();
    processEvents();
    assertEquals(1, sam.getConcerns().size(), "Add concern adds one to the person in focus");
    dev.wedge.model.Concern c = sam.getConcerns().get(0);
    assertEquals(1, editor.concerns().rowCount());
    NatTable concerns = editor.concerns().getControl();
    // the new row is shown once the details panel has been laid out again; a cell is edited only where it is shown
    UiTesting.waitUntil(() -> "New concern".equals(concerns.getDataValueByPosition(1, 1)),
        "the concerns table to show the new concern in its first row");
    assertTrue(concerns.doCommand(new UpdateDataCommand(concerns, 1, 1, "Worried the AI paths skip the policy basics")),
        "the description cell takes the edit");
    assertTrue(concerns.doCommand(new UpdateDataCommand(concerns, 2, 1, "Quality")), "the root-cause cell takes the edit");
    processEvents();
    assertEquals("Worried the AI paths skip the policy basics", c.getDescription());
    assertEquals(RootCause.QUALITY, c.getRootCause(), "the root cause is chosen by its name");

    editor.addActionForTest();
    processEvents();
    assertEquals(1, sam.getActions().size());
    dev.wedge.model.ResponseAction a = sam.getActions().get(0);
    assertEquals(c, a.getConcern(), "a new action answers the concern that has no answer yet");
    assertEquals(dev.wedge.model.ResponseKind.REVIEW_PROCESS, a.getKind(),
        "with the kind of response its root cause calls for");
    assertEquals(List.of("", "[Quality] Worried the AI paths skip the policy basics"),
        editor.actions().choiceLabels(a, 2), "it answers one of this person's concerns, by name");

    editor.actions().select(a);
    processEvents();
    editor.removeSelected(false);
    processEvents();
    assertTrue(sam.getActions().isEmpty(), "Remove takes the selected action away");
    undo();
    assertEquals(1, sam.getActions().size(), "undoable like any edit");
    undo();
    undo();
    undo();
    undo();
    assertTrue(sam.getConcerns().isEmpty());
  }

  // ---- driving the register as a user does: keys on the table, picks in the combo's drop-down -------------------

  private NatTable table() {
    return editor.register().getControl();
  }

  /** Selects the cell of a stakeholder row (0-based) and a column (0-based, as in the register). */
  private void selectCell(int row, int column) {
    table().doCommand(new SelectCellCommand(table(), column + 1, row + 1, false, false));
    processEvents();
  }

  private static void key(Control c, int keyCode, char character) {
    Event e = new Event();
    e.keyCode = keyCode;
    e.character = character;
    e.widget = c;
    if (keyCode == SWT.TAB) { // the platform sends Tab as a traversal first
      Event t = new Event();
      t.detail = SWT.TRAVERSE_TAB_NEXT;
      t.keyCode = keyCode;
      t.character = character;
      t.doit = true;
      c.notifyListeners(SWT.Traverse, t);
      processEvents();
      return;
    }
    c.notifyListeners(SWT.KeyDown, e);
    if (!c.isDisposed()) {
      c.notifyListeners(SWT.KeyUp, e);
    }
    processEvents();
  }

  private ICellEditor active() {
    return table().getActiveCellEditor();
  }

  private Text activeText() {
    return (Text) active().getEditorControl();
  }

  /** The drop-down list of the open combo (a table in its own shell), found by one of its items. */
  private static Table dropDown(String item) {
    for (Shell shell : Display.getCurrent().getShells()) {
      Table t = find(shell, item);
      if (t != null) {
        return t;
      }
    }
    throw new AssertionError("no drop-down lists " + item);
  }

  private static Table find(Composite parent, String item) {
    for (Control c : parent.getChildren()) {
      if (c instanceof Table t && !t.isDisposed() && t.isVisible()
          && Arrays.stream(t.getItems()).anyMatch(i -> i.getText().equals(item))) {
        return t;
      }
      if (c instanceof Composite comp) {
        Table t = find(comp, item);
        if (t != null) {
          return t;
        }
      }
    }
    return null;
  }

  /** What a click or an arrow key on a drop-down item does: the item becomes the selection. */
  private static void pick(Table list, int index) {
    list.setSelection(index);
    Event e = new Event();
    e.item = list.getItem(index);
    list.notifyListeners(SWT.Selection, e);
  }

  private static List<String> items(Table t) {
    return Arrays.stream(t.getItems()).map(TableItem::getText).toList();
  }

  @Test
  void groupAndStanceListTheirDisplayNamesAndAPickCommitsWithTheKeysOrTheMouse() {
    Stakeholder cfo = editor.register().row(0);
    assertEquals("Dana Whitfield", cfo.getName());
    selectCell(0, 5); // Stance
    key(table(), SWT.F2, (char) 0);
    assertTrue(active() instanceof ComboBoxCellEditor, "F2 opens the stance combo: " + active());
    Table list = dropDown("Skeptic");
    assertEquals(List.of("Champion", "Supporter", "Neutral", "Skeptic", "Opponent"), items(list),
        "display names, not SENIOR_LEADER or SKEPTIC");
    // Down, then Enter
    pick(list, 4);
    key(list, SWT.CR, '\r');
    assertEquals(Stance.OPPONENT, cfo.getStance(), "Down+Enter commits the pick");
    assertNull(active(), "and closes the combo");

    selectCell(0, 2); // Group
    key(table(), SWT.F2, (char) 0);
    list = dropDown("IT and legal");
    assertEquals(List.of("Senior leader", "Manager", "Employee", "Subject-matter expert", "IT and legal"),
        items(list));
    pick(list, 4);
    Event click = new Event();
    click.button = 1;
    list.notifyListeners(SWT.MouseUp, click);
    processEvents();
    assertEquals(StakeholderGroup.IT_LEGAL, cfo.getGroup(), "a mouse pick commits");
    undo();
    undo();
    assertEquals(Stance.SKEPTIC, cfo.getStance(), "each pick is one undoable edit");
  }

  @Test
  void theRegisterIsEditedFromTheKeyboardLikeASpreadsheet() {
    Stakeholder cfo = editor.register().row(0);
    String role = cfo.getRole();
    selectCell(0, 1); // Role
    key(table(), 'g', 'G');
    assertNotNull(active(), "typing starts editing");
    assertEquals("G", activeText().getText(), "with the typed character");
    activeText().setText("Group CFO");
    key(activeText(), SWT.ESC, (char) 27);
    assertNull(active(), "Escape cancels");
    assertEquals(role, cfo.getRole());

    key(table(), SWT.F2, (char) 0);
    assertEquals(role, activeText().getText(), "F2 edits the value");
    activeText().setText("Group CFO");
    key(activeText(), SWT.TAB, '\t');
    assertEquals("Group CFO", cfo.getRole(), "Tab commits");
    assertTrue(active() instanceof ComboBoxCellEditor, "and edits the next cell (Group): " + active());
    key((Control) dropDown("Manager"), SWT.ESC, (char) 27);
    processEvents();

    selectCell(0, 3); // Influence
    key(table(), SWT.CR, '\r');
    assertNotNull(active(), "Enter starts editing too");
    assertEquals(String.valueOf(cfo.getInfluence()), activeText().getText());
    activeText().setText("lots");
    key(activeText(), SWT.CR, '\r');
    assertNotNull(active(), "a wrong value keeps the cell open for correction");
    assertEquals("Influence: 'lots' is not a whole number.", NatTableEditing.lastMessage(),
        "and says why, next to the cell");
    activeText().setText("4");
    key(activeText(), SWT.CR, '\r');
    assertEquals(4, cfo.getInfluence(), "Enter commits");
    assertNull(active());
  }
}
