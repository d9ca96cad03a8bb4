package dev.wedge.analysis.ui;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.menus.WorkbenchWindowControlContribution;

import dev.wedge.core.session.ModelSession;
import dev.wedge.ui.session.ActiveModel;

/** The finding counts of the model in focus, in the status line; a click shows the Findings view. */
public class FindingsStatus extends WorkbenchWindowControlContribution {

  private Label label;
  private final Consumer<ModelSession> update = s -> showCounts();

  @Override
  protected Control createControl(Composite parent) {
    // a box as wide as the longest counts: the status line sizes its slots once, when they are created
    Composite box = new Composite(parent, SWT.NONE);
    org.eclipse.jface.layout.GridLayoutFactory.fillDefaults().margins(4, 0).applyTo(box);
    label = new Label(box, SWT.NONE);
    org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(label);
    int width = gc.textExtent(Messages.Status_WidestText).x;
    gc.dispose();
    org.eclipse.jface.layout.GridDataFactory.fillDefaults().grab(true, true).align(SWT.FILL, SWT.CENTER)
        .hint(width, SWT.DEFAULT).applyTo(label);
    label.setToolTipText(Messages.Status_Tooltip);
    label.addListener(SWT.MouseUp, e -> {
      try {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(FindingsView.ID);
      } catch (PartInitException ex) {
        // the view is always there in Wedge's perspective
      }
    });
    ActiveModel.addListener(update);
    WorkbenchFindings.get().addListener(update);
    label.addDisposeListener(e -> {
      ActiveModel.removeListener(update);
      WorkbenchFindings.get().removeListener(update);
    });
    showCounts();
    return box;
  }

  private void showCounts() {
    if (label == null || label.isDisposed()) {
      return;
    }
    ModelSession s = ActiveModel.get();
    if (s != null) {
      WorkbenchFindings.get().attach(s); // counts of the findings the Findings view shows, from the same place
    }
    label.setText(s == null ? "" : WorkbenchFindings.shortSummary(WorkbenchFindings.get().snapshotOf(s)));
  }
}
