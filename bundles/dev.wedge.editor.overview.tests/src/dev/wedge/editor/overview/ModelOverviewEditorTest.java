package dev.wedge.editor.overview;

import static dev.wedge.ui.testing.UiTesting.closeAllModels;
import static dev.wedge.ui.testing.UiTesting.copyExample;
import static dev.wedge.ui.testing.UiTesting.processEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessions;
import dev.wedge.report.MethodOverview;
import dev.wedge.report.MethodOverview.Step;
import dev.wedge.ui.emf.LocalDates;
import dev.wedge.ui.session.SessionEditorPart;
import dev.wedge.ui.session.WorkbenchModels;
import dev.wedge.ui.testing.UiTesting;

/** Opening a model shows its overview in the method's terms, each line opening the editor that fixes it. */
class ModelOverviewEditorTest {

  @TempDir
  Path dir;

  private IWorkbenchPage page;
  private ModelSession session;
  private ModelOverviewEditor overview;
  private Clock clock;
  private final UiTesting.ErrorLog log = new UiTesting.ErrorLog();

  @BeforeEach
  void open() throws Exception {
    clock = ModelSessions.getDefault().getClock();
    ModelSessions.getDefault().setClock(Clock.fixed(LocalDate.of(2026, 11, 24).atStartOfDay().toInstant(
        ZoneOffset.UTC), ZoneOffset.UTC));
    page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    session = WorkbenchModels.get().openWithEditor(copyExample(dir), page.getWorkbenchWindow());
    processEvents();
    overview = (ModelOverviewEditor) page.getActiveEditor();
  }

  @AfterEach
  void close() {
    closeAllModels();
    ModelSessions.getDefault().setClock(clock);
    log.close();
  }

  private static void click(Hyperlink link) {
    Event down = new Event();
    down.button = 1;
    down.x = 2;
    down.y = 2;
    link.notifyListeners(SWT.MouseDown, down);
    Event up = new Event();
    up.button = 1;
    up.x = 2;
    up.y = 2;
    link.notifyListeners(SWT.MouseUp, up);
    processEvents();
  }

  private Object selectedIn(IEditorPart editor) {
    return ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).getFirstElement();
  }

  @Test
  void openingAModelShowsItsOverviewLedByTheBriefsNextStep() {
    assertTrue(overview.getPartName().startsWith("Overview \u2014 halden-mutual"), overview.getPartName());
    MethodOverview expected = MethodOverview.of(session.getModel(), session.today(), LocalDates::format);
    assertEquals(expected.nextSteps().get(0), overview.nextStep(), "the brief's own next step leads");
    for (MethodOverview.Line line : expected.lines()) {
      assertEquals(line.text() + " \u2192", overview.link(line.step()).getText());
    }
    assertTrue(overview.link(Step.METRIC).getText().contains("4 have none"), overview.link(Step.METRIC).getText());
    assertEquals("Halden Mutual: AI in L&&D", overview.title(),
        "the '&' is shown, not taken as a mnemonic (it read 'LD')");
    log.assertNone();
  }

  @Test
  void eachLineOpensTheEditorThatFixesItAtTheObjectConcerned() {
    click(overview.link(Step.METRIC));
    IEditorPart map = page.getActiveEditor();
    assertEquals("dev.wedge.editor.strategy", map.getEditorSite().getId());
    assertEquals("AI research summaries for SMEs", ((dev.wedge.model.Initiative) selectedIn(map)).getName(),
        "the strategy map, with the first initiative that has no metric selected");

    page.activate(overview);
    click(overview.link(Step.QUESTION));
    IEditorPart people = page.getActiveEditor();
    assertEquals("dev.wedge.editor.resistance", people.getEditorSite().getId());
    assertEquals("Jens Moller", ((dev.wedge.model.Stakeholder) selectedIn(people)).getName(),
        "the register, at the skeptic to ask next");

    page.activate(overview);
    click(overview.link(Step.PILOT));
    assertEquals("dev.wedge.editor.pilot", page.getActiveEditor().getEditorSite().getId());
    log.assertNone();
  }

  @Test
  void theOverviewFollowsEdits() {
    dev.wedge.model.Initiative unlinked = session.getModel().getInitiatives().stream()
        .filter(i -> i.getName().equals("AI research summaries for SMEs")).findFirst().orElseThrow();
    dev.wedge.model.MetricLink link = dev.wedge.model.WedgeFactory.eINSTANCE.createMetricLink();
    link.setMetric(session.getModel().getMetrics().get(0));
    session.execute(org.eclipse.emf.edit.command.AddCommand.create(session.getEditingDomain(), unlinked,
        dev.wedge.model.WedgePackage.Literals.INITIATIVE__LINKS, link));
    processEvents();
    assertTrue(overview.link(Step.METRIC).getText().startsWith("9 of 12 AI initiatives are tied to a business"
        + " metric; 3 have none"), overview.link(Step.METRIC).getText());
    assertTrue(overview instanceof SessionEditorPart);
  }
}
