package dev.wedge.editor.resistance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.wedge.ui.testing.UiTesting.closeAllModels;
import static dev.wedge.ui.testing.UiTesting.copyExample;
import static dev.wedge.ui.testing.UiTesting.openPart;
import static dev.wedge.ui.testing.UiTesting.processEvents;

import java.nio.file.Path;

import org.eclipse.nebula.widgets.nattable.edit.command.UpdateDataCommand;
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
import dev.wedge.model.SuccessCriterion;
import dev.wedge.ui.session.WorkbenchModels;

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
}
