package dev.wedge.help;

import static dev.wedge.ui.testing.UiTesting.closeAllModels;
import static dev.wedge.ui.testing.UiTesting.processEvents;
import static dev.wedge.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessions;
import dev.wedge.core.session.ModelTemplates;
import dev.wedge.model.BusinessGoal;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Initiative;
import dev.wedge.model.MetricLink;
import dev.wedge.model.Pilot;
import dev.wedge.model.Stakeholder;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.SuccessCriterion;
import dev.wedge.model.WedgeFactory;
import dev.wedge.model.WedgePackage;
import dev.wedge.ui.session.WorkbenchModels;

/** The tutorial, from Help, follows a blank model to its first pilot, and each step's button opens its place. */
class TutorialViewTest {

  private static final WedgeFactory F = WedgeFactory.eINSTANCE;
  private static final WedgePackage P = WedgePackage.eINSTANCE;

  @TempDir
  Path dir;

  private ModelSession session;

  @AfterEach
  void close() {
    PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
        .hideView(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().findView(TutorialView.ID));
    closeAllModels();
  }

  private void add(EObject owner, EStructuralFeature feature, EObject value) {
    Command add = AddCommand.create(session.getEditingDomain(), owner, feature, value);
    assertTrue(session.execute(add), "the edit was refused: " + session.lastRefusal());
  }

  private static void waitFor(TutorialView view, String start) {
    waitUntil(() -> view.progressText().startsWith(start), "the tutorial to say '" + start + "' (it says '"
        + view.progressText() + "')");
  }

  @Test
  void theStepsDriveABlankModelToAFirstPilot() throws Exception {
    IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    closeAllModels();
    PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class)
        .executeCommand("dev.wedge.help.tutorial", null);
    processEvents();
    TutorialView view = (TutorialView) page.findView(TutorialView.ID);
    assertEquals("Step 1 of 6 (no model open); 0 done.", view.progressText());

    Path file = dir.resolve("acme.wedge");
    StrategyModel blank = ModelTemplates.instantiate(ModelTemplates.BLANK, "Acme", "Acme Insurance");
    ModelSessions.getDefault().release(ModelSessions.getDefault().create(file, blank));
    session = WorkbenchModels.get().openWithEditor(file, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
    waitFor(view, "Step 2 of 6 on acme");
    StrategyModel model = session.getModel();

    view.run(view.steps().get(1));
    processEvents();
    assertEquals("dev.wedge.editor.strategy", page.getActiveEditor().getSite().getId(), "step 2 opens the map");
    BusinessGoal goal = F.createBusinessGoal();
    goal.setName("New advisors productive sooner");
    add(model, P.getStrategyModel_Goals(), goal);
    waitFor(view, "Step 3 of 6");

    BusinessMetric metric = F.createBusinessMetric();
    metric.setName("Time to productivity");
    metric.setUnit("days");
    metric.setBaseline(94.0);
    metric.setTarget(70.0);
    metric.setGoal(goal);
    add(model, P.getStrategyModel_Metrics(), metric);
    waitFor(view, "Step 4 of 6");

    Initiative initiative = F.createInitiative();
    initiative.setName("AI-drafted practice cases");
    MetricLink link = F.createMetricLink();
    link.setMetric(metric);
    initiative.getLinks().add(link);
    add(model, P.getStrategyModel_Initiatives(), initiative);
    waitFor(view, "Step 5 of 6");

    view.run(view.steps().get(4));
    processEvents();
    assertEquals("dev.wedge.editor.resistance", page.getActiveEditor().getSite().getId());
    Stakeholder skeptic = F.createStakeholder();
    skeptic.setName("Head of claims");
    skeptic.setSuccessAnswer("New advisors handle calls alone two weeks sooner");
    add(model, P.getStrategyModel_Stakeholders(), skeptic);
    waitFor(view, "Step 6 of 6");

    // the last step's button opens the New Pilot wizard
    List<String> opened = new ArrayList<>();
    Display display = Display.getCurrent();
    display.asyncExec(new Runnable() {
      int tries;

      @Override
      public void run() {
        Shell shell = ContextHelpTest.wizardShell(display);
        if (shell != null && shell.getData() instanceof WizardDialog dialog) {
          opened.add(dialog.getCurrentPage().getWizard().getClass().getSimpleName());
          dialog.close();
        } else if (tries++ < 200) {
          display.timerExec(20, this);
        }
      }
    });
    view.run(view.steps().get(5));
    processEvents();
    assertEquals(List.of("NewPilotWizard"), opened);

    Pilot pilot = F.createPilot();
    pilot.setName("Practice cases for new advisors");
    pilot.setPrimaryMetric(metric);
    SuccessCriterion criterion = F.createSuccessCriterion();
    criterion.setDescription("Time to productivity at most 80 days");
    criterion.setMetric(metric);
    criterion.setThreshold(80);
    pilot.getCriteria().add(criterion);
    add(model, P.getStrategyModel_Pilots(), pilot);
    waitFor(view, "Done: acme has its first pilot");
  }
}
