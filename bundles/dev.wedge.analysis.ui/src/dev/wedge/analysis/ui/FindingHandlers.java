package dev.wedge.analysis.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.wedge.analysis.Finding;
import dev.wedge.analysis.engine.AnalysisEngines;
import dev.wedge.analysis.engine.AnalysisFailure;
import dev.wedge.core.session.ModelSession;
import dev.wedge.model.WedgePackage;

/** The Findings view's commands: quick fix, switch an analysis off for the model, retry a failed analysis. */
public final class FindingHandlers {

  private FindingHandlers() {
  }

  static Object selected(ExecutionEvent event) {
    ISelection s = HandlerUtil.getCurrentSelection(event);
    return s instanceof IStructuredSelection ss ? ss.getFirstElement() : null;
  }

  static ModelSession session(ExecutionEvent event) {
    IWorkbenchPart part = HandlerUtil.getActivePart(event);
    return part == null ? null : part.getAdapter(ModelSession.class);
  }

  /** Applies the selected finding's fix as a command on the model's session (Ctrl+1; undo with Ctrl+Z). */
  public static class QuickFix extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
      ModelSession s = session(event);
      if (selected(event) instanceof Finding f && f.fix() != null && s != null) {
        apply(s, f);
      }
      return null;
    }

    /** Applies {@code f}'s fix; false when it cannot be applied (the model changed since). */
    public static boolean apply(ModelSession s, Finding f) {
      Command c = f.fix().command(s.getEditingDomain());
      if (c == null || !c.canExecute()) {
        return false;
      }
      s.execute(c);
      return true;
    }
  }

  /** Switches the selected finding's analysis off for this model (stored in the model; undoable). */
  public static class SwitchOff extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
      ModelSession s = session(event);
      if (selected(event) instanceof Finding f && s != null
          && !s.getModel().getDisabledAnalyses().contains(f.analysisId())) {
        s.execute(AddCommand.create(s.getEditingDomain(), s.getModel(),
            WedgePackage.Literals.STRATEGY_MODEL__DISABLED_ANALYSES, f.analysisId()));
      }
      return null;
    }
  }

  /** Lets a failed analysis run again. */
  public static class Retry extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
      ModelSession s = session(event);
      if (selected(event) instanceof AnalysisFailure a && s != null) {
        AnalysisEngines.existing(s).ifPresent(e -> e.retry(a.analysisId()));
      }
      return null;
    }
  }
}
