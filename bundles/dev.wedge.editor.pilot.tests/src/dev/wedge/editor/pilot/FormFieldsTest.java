package dev.wedge.editor.pilot;

import static dev.wedge.ui.testing.UiTesting.closeAllModels;
import static dev.wedge.ui.testing.UiTesting.copyExample;
import static dev.wedge.ui.testing.UiTesting.openPart;
import static dev.wedge.ui.testing.UiTesting.processEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.session.ModelSession;
import dev.wedge.model.Pilot;
import dev.wedge.ui.session.WorkbenchModels;
import dev.wedge.ui.testing.Widgets;

/**
 * What is typed into a form field reaches the model by every route focus can take out of it, and before a save: the
 * pilot page's multi-line Problem field, its one-line fields, and the governance editor's data statement.
 */
class FormFieldsTest {

  @TempDir
  Path dir;

  private IWorkbenchWindow window;
  private ModelSession session;
  private PilotEditor editor;
  private Pilot roleplay;
  private Composite page;

  @BeforeEach
  void open() throws Exception {
    window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    session = WorkbenchModels.get().open(copyExample(dir), null);
    editor = openPart(session, "pilots", PilotEditor.class);
    roleplay = session.getModel().getPilots().stream().filter(p -> p.getName().startsWith("Role-play")).findFirst()
        .orElseThrow();
    page = (Composite) editor.showPage(roleplay).getControl();
    processEvents();
  }

  @AfterEach
  void close() {
    closeAllModels();
  }

  private Text problem() {
    return Widgets.text(page, "Problem:");
  }

  private Text typeProblem(String words) {
    Text problem = problem();
    problem.setFocus();
    processEvents();
    assertTrue(problem.isFocusControl(), "the Problem field has focus");
    problem.setText(words);
    processEvents();
    assertNotEquals(words, roleplay.getBusinessProblem(), "typing alone applies nothing yet");
    return problem;
  }

  private static Event traverse(Text text, int detail, int stateMask) {
    Event t = new Event();
    t.detail = detail;
    t.keyCode = SWT.TAB;
    t.character = '\t';
    t.stateMask = stateMask;
    t.doit = true;
    text.notifyListeners(SWT.Traverse, t);
    processEvents();
    return t;
  }

  @Test
  void clickingAnotherFieldAppliesTheProblemAsOneUndoableEdit() {
    typeProblem("Brokers lose renewals to objections they cannot answer");
    assertTrue(editor.isDirty(), "typing shows * and offers Save at once");
    Widgets.text(page, "Pilot:").setFocus();
    processEvents();
    assertEquals("Brokers lose renewals to objections they cannot answer", roleplay.getBusinessProblem());
    assertTrue(session.isDirty(), "the editor shows *");
    assertTrue(session.getEditingDomain().getCommandStack().canUndo(), "Undo is offered");
  }

  @Test
  void tabLeavesTheMultiLineFieldAndAppliesItCtrlTabInsertsATab() {
    Text problem = typeProblem("Objections lose renewals");
    Event ctrlTab = traverse(problem, SWT.TRAVERSE_TAB_NEXT, SWT.MOD1);
    assertFalse(ctrlTab.doit, "Ctrl+Tab does not leave the field");
    assertTrue(problem.getText().contains("\t"), "Ctrl+Tab inserts a tab: " + problem.getText());
    assertTrue(problem.isFocusControl());
    problem.setText("Objections lose renewals");
    traverse(problem, SWT.TRAVERSE_TAB_NEXT, 0);
    assertEquals("Objections lose renewals", roleplay.getBusinessProblem(), "Tab applies the text");
    assertFalse(problem.isFocusControl(), "and moves to the next field");
    assertFalse(problem.getText().contains("\t"));

    problem.setFocus();
    problem.setText("Objections lose renewals, said twice");
    traverse(problem, SWT.TRAVERSE_TAB_PREVIOUS, 0);
    assertEquals("Objections lose renewals, said twice", roleplay.getBusinessProblem(), "Shift+Tab applies it too");
  }

  @Test
  void ctrlEnterAppliesWithoutANewLine() {
    Text problem = typeProblem("Renewals lost to objections");
    Event e = new Event();
    e.keyCode = SWT.CR;
    e.character = SWT.CR;
    e.stateMask = SWT.MOD1;
    e.doit = true;
    problem.notifyListeners(SWT.KeyDown, e);
    processEvents();
    assertFalse(e.doit, "no line is inserted");
    assertEquals("Renewals lost to objections", roleplay.getBusinessProblem());
  }

  @Test
  void anEditInAnotherFieldDoesNotRevertTheProblem() {
    typeProblem("Renewals lost to objections");
    Text participants = Widgets.text(page, "Participants:");
    participants.setFocus();
    participants.setText("31");
    participants.notifyListeners(SWT.DefaultSelection, new Event());
    processEvents();
    assertEquals(31, roleplay.getParticipants());
    assertEquals("Renewals lost to objections", roleplay.getBusinessProblem());
    assertEquals("Renewals lost to objections", problem().getText());
  }

  @Test
  void openingAMenuOrAnotherViewAppliesTheField() throws Exception {
    typeProblem("Renewals lost to objections");
    Menu file = window.getShell().getMenuBar().getItem(0).getMenu();
    file.notifyListeners(SWT.Show, new Event());
    file.notifyListeners(SWT.Hide, new Event());
    processEvents();
    assertEquals("Renewals lost to objections", roleplay.getBusinessProblem(), "the menu bar takes no focus");

    typeProblem("Renewals lost to objections, again");
    window.getActivePage().showView("dev.wedge.analysis.ui.findings");
    processEvents();
    assertEquals("Renewals lost to objections, again", roleplay.getBusinessProblem(), "the Findings view");
  }

  @Test
  void saveAppliesEveryFieldOfTheModelStillBeingEdited() throws Exception {
    GovernanceEditor governance = openPart(session, "governance", GovernanceEditor.class);
    processEvents();
    Text statement = (Text) Widgets.all(governance.partControl(), Text.class).stream()
        .filter(t -> (t.getStyle() & SWT.MULTI) != 0).findFirst().orElseThrow();
    statement.setText("We use completion and assessment scores only; managers see cohort averages.");
    problem().setText("Renewals lost to objections"); // both typed, neither field has left focus
    governance.doSave(null);
    processEvents();
    assertFalse(session.isDirty(), "saved");
    String saved = Files.readString(session.getFile());
    assertTrue(saved.contains("Renewals lost to objections"), "the pilot page's field is in the file");
    assertTrue(saved.contains("managers see cohort averages"), "the governance statement is in the file");
  }

  @Test
  void aRefusedValueStaysInTheFieldWithItsReasonWhileOtherEditsGoOn() {
    Text participants = Widgets.text(page, "Participants:");
    participants.setFocus();
    participants.setText("about thirty");
    participants.notifyListeners(SWT.DefaultSelection, new Event());
    processEvents();
    org.eclipse.ui.forms.IMessage[] said = editor.page(roleplay).form().getForm().getChildrenMessages();
    assertTrue(Arrays.stream(said).anyMatch(m -> m.getControl() == participants
        && m.getMessage().startsWith("Participants: ")), () -> "said beside the field: " + Arrays.toString(said));
    typeProblem("Renewals lost to objections");
    Widgets.text(page, "Pilot:").setFocus();
    processEvents();
    assertEquals("Renewals lost to objections", roleplay.getBusinessProblem());
    assertEquals("about thirty", participants.getText(), "what was typed is kept for correction");
  }
}
