package dev.wedge.analysis.ui;

import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.ui.IViewSite;

import dev.wedge.analysis.engine.AnalysisFailure;
import org.eclipse.osgi.util.NLS;

/**
 * What is said of an analysis that was switched off, in full: why, and how to switch it on again. The Findings view's
 * row shows it on hover and, when selected, in the status line; the Error Log has it as a warning.
 */
final class FailureDetails {

  /** How an analysis switched off for the session is switched on again. */
  static final String HOW_TO_RETRY = Messages.Failure_HowToRetry;

  private FailureDetails() {
  }

  /** The whole reason, and how to run the analysis again. */
  static String text(AnalysisFailure f) {
    return NLS.bind(Messages.Failure_Text, f.message(), HOW_TO_RETRY);
  }

  /** Shows the whole reason of a selected failed analysis in the status line of {@code site}. */
  static void follow(StructuredViewer viewer, IViewSite site) {
    boolean[] saying = {false};
    viewer.addSelectionChangedListener(e -> {
      IStatusLineManager status = site.getActionBars().getStatusLineManager();
      if (e.getStructuredSelection() instanceof IStructuredSelection s && s.size() == 1
          && s.getFirstElement() instanceof AnalysisFailure f) {
        status.setMessage(text(f));
        saying[0] = true;
      } else if (saying[0]) {
        status.setMessage(null);
        saying[0] = false;
      }
    });
  }
}
