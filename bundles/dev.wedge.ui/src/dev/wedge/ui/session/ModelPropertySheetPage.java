package dev.wedge.ui.session;

import java.util.EventObject;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.views.properties.PropertySheetPage;

import dev.wedge.core.session.ModelSession;
import dev.wedge.ui.emf.ItemPropertySourceProvider;

/**
 * The Properties view page for a session's objects: edits are commands on the session (undoable from the
 * Properties view too), and the page refreshes whenever the model changes elsewhere.
 */
public class ModelPropertySheetPage extends PropertySheetPage {

  private final ModelSession session;
  private final CommandStackListener refresher = this::modelChanged;
  private SessionActions actions;

  public ModelPropertySheetPage(ModelSession session) {
    this.session = session;
    setPropertySourceProvider(new ItemPropertySourceProvider(o -> WorkbenchModels.get().sessionOf(o)
        .map(ModelSession::getAdapterFactory).orElse(session.getAdapterFactory())));
    session.getCommandStack().addCommandStackListener(refresher);
  }

  private void modelChanged(EventObject e) {
    Control c = getControl();
    if (c != null && !c.isDisposed()) {
      c.getDisplay().asyncExec(() -> {
        if (getControl() != null && !getControl().isDisposed()) {
          refresh();
        }
      });
    }
  }

  @Override
  public void setActionBars(IActionBars bars) {
    super.setActionBars(bars);
    actions = new SessionActions(session);
    actions.install(bars, null);
  }

  @Override
  public void dispose() {
    session.getCommandStack().removeCommandStackListener(refresher);
    if (actions != null) {
      actions.dispose();
    }
    super.dispose();
  }
}
