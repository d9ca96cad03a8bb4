package dev.wedge.help;

import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.osgi.util.NLS;

import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessionListener;
import dev.wedge.core.session.ModelSessions;
import dev.wedge.model.StrategyModel;
import dev.wedge.ui.models.ModelEditors;
import dev.wedge.ui.models.ModelParts;
import dev.wedge.ui.session.SessionEditorPart;

/**
 * The tutorial beside the editors: the steps from a blank model to a first pilot, each ticked as soon as the model
 * holds what it asks (whichever editor the user did it in), the next step's text from the help, and a button that
 * opens the place where it is done.
 */
public final class TutorialView extends ViewPart {

  /** The view's id. */
  public static final String ID = "dev.wedge.help.tutorial";

  /** Where each step is done: a command to run, or a model part to open. */
  private static final Map<String, String> ACTIONS = Map.of("model", "command:dev.wedge.ui.newModel",
      "goal", "part:strategy", "metric", "part:metrics", "initiative", "part:strategy", "question", "part:resistance",
      "pilot", "command:dev.wedge.editor.pilot.newPilot");

  private final List<TutorialSteps.Step> steps = TutorialSteps.read(WedgeHelp.library());
  private final List<Label> marks = new ArrayList<>();
  private Label progress;
  private HelpText text;
  private Button doIt;
  private ModelSession session;
  private TutorialSteps.Step shown;

  private final ModelSessionListener edits = new ModelSessionListener() {
    @Override
    public void commandStackChanged(ModelSession s, EventObject event) {
      if (progress != null && !progress.isDisposed()) {
        progress.getDisplay().asyncExec(TutorialView.this::refresh);
      }
    }

    @Override
    public void disposed(ModelSession s) {
      later();
    }
  };

  private final ModelSessions.Listener sessions = new ModelSessions.Listener() {
    @Override
    public void opened(ModelSession s) {
      later();
    }

    @Override
    public void closed(ModelSession s) {
      later();
    }
  };

  private final IPartListener2 parts = new IPartListener2() {
    @Override
    public void partActivated(IWorkbenchPartReference ref) {
      follow();
    }
  };

  private void later() {
    if (progress != null && !progress.isDisposed()) {
      progress.getDisplay().asyncExec(this::follow);
    }
  }

  @Override
  public void createPartControl(Composite parent) {
    GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(parent);
    progress = new Label(parent, SWT.WRAP);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(progress);
    Composite list = new Composite(parent, SWT.NONE);
    GridLayoutFactory.fillDefaults().numColumns(2).spacing(6, 2).applyTo(list);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(list);
    for (TutorialSteps.Step step : steps) {
      Label mark = new Label(list, SWT.NONE);
      marks.add(mark);
      Label title = new Label(list, SWT.WRAP);
      title.setText((marks.size()) + ". " + step.title());
      GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
    }
    doIt = new Button(parent, SWT.PUSH);
    doIt.addListener(SWT.Selection, e -> run(shown));
    text = new HelpText(parent, href -> HelpWindow.open(getSite().getShell(), href));
    GridDataFactory.fillDefaults().grab(true, true).hint(200, 200).applyTo(text.widget());
    ModelSessions.getDefault().addListener(sessions);
    getSite().getPage().addPartListener(parts);
    follow();
  }

  /** Follows the model in focus (the active editor's, else the last opened one). */
  private void follow() {
    if (progress == null || progress.isDisposed()) {
      return;
    }
    ModelSession next = null;
    IEditorPart editor = getSite().getPage().getActiveEditor();
    if (editor instanceof SessionEditorPart part && part.getSession() != null && !part.getSession().isDisposed()) {
      next = part.getSession();
    } else {
      List<ModelSession> open = ModelSessions.getDefault().getSessions();
      next = open.isEmpty() ? null : open.get(open.size() - 1);
    }
    if (next != session) {
      if (session != null) {
        session.removeListener(edits);
      }
      session = next;
      if (session != null) {
        session.addListener(edits);
      }
    }
    refresh();
  }

  private void refresh() {
    if (progress == null || progress.isDisposed()) {
      return;
    }
    StrategyModel model = session == null || session.isDisposed() ? null : session.getModel();
    int done = 0;
    TutorialSteps.Step next = TutorialSteps.next(steps, model);
    for (int i = 0; i < steps.size(); i++) {
      boolean isDone = steps.get(i).isDone(model);
      done += isDone ? 1 : 0;
      marks.get(i).setText(isDone ? "\u2713" : steps.get(i) == next ? "\u25B6" : "\u25CB");
    }
    progress.setText(next == null
        ? NLS.bind(Messages.Tutorial_Done, session.getName())
        : session == null ? NLS.bind(Messages.Tutorial_StepNoModel, steps.indexOf(next) + 1, steps.size(), done)
        : NLS.bind(Messages.Tutorial_Step, new Object[] {steps.indexOf(next) + 1, steps.size(), session.getName(), done}));
    TutorialSteps.Step show = next != null ? next : steps.get(steps.size() - 1);
    if (show != shown) {
      shown = show;
      text.show(HelpRenderer.layout(WedgeHelp.library().page(TutorialSteps.PAGE).orElseThrow(), show.heading(),
          show.end()), null);
    }
    doIt.setText(next == null ? Messages.Tutorial_OpenPilot : label(next));
    doIt.setEnabled(next != null || session != null);
    progress.getParent().layout(true, true);
  }

  private static String label(TutorialSteps.Step step) {
    String action = ACTIONS.get(step.id());
    return action.startsWith("command:") ? Messages.Tutorial_DoIt : Messages.Tutorial_OpenEditor;
  }

  /** Runs {@code step}'s action: its command, or the editor of its part on the tutorial's model. */
  void run(TutorialSteps.Step step) {
    StrategyModel model = session == null || session.isDisposed() ? null : session.getModel();
    boolean finished = TutorialSteps.next(steps, model) == null;
    String action = finished ? "part:pilots" : ACTIONS.get(step.id());
    try {
      if (action.startsWith("command:")) {
        getSite().getService(IHandlerService.class).executeCommand(action.substring("command:".length()), null);
      } else if (session != null) {
        ModelEditors.openPart(getSite().getPage(), session,
            ModelParts.find(action.substring("part:".length())).orElseThrow(), null);
      } else {
        MessageDialog.openInformation(getSite().getShell(), Messages.Tutorial_Title, Messages.Tutorial_OpenModelFirst);
      }
    } catch (CommandException | PartInitException e) {
      MessageDialog.openError(getSite().getShell(), Messages.Tutorial_Title,
          NLS.bind(Messages.Tutorial_StepFailed, e.getMessage()));
    }
  }

  /** The steps, for tests. */
  List<TutorialSteps.Step> steps() {
    return steps;
  }

  /** The status line of the tutorial, for tests. */
  String progressText() {
    return progress.getText();
  }

  @Override
  public void setFocus() {
    doIt.setFocus();
  }

  @Override
  public void dispose() {
    ModelSessions.getDefault().removeListener(sessions);
    getSite().getPage().removePartListener(parts);
    if (session != null) {
      session.removeListener(edits);
    }
    super.dispose();
  }
}
