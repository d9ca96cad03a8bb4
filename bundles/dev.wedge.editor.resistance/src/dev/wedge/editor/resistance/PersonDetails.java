package dev.wedge.editor.resistance;

import org.eclipse.osgi.util.NLS;
import java.util.List;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dev.wedge.core.method.Responses;
import dev.wedge.core.session.ModelSession;
import dev.wedge.model.Concern;
import dev.wedge.model.ResponseAction;
import dev.wedge.model.Stakeholder;
import dev.wedge.model.WedgePackage.Literals;
import dev.wedge.ui.emf.ModelNatTable;

/**
 * Below the stakeholder register: the person in focus's concerns (what worries them, and its root cause) and the
 * response actions that answer them, with their Add and Remove buttons.
 */
final class PersonDetails {

  private final ModelSession session;
  private final Label title;
  private final ModelNatTable<Concern> concerns;
  private final ModelNatTable<ResponseAction> actions;
  private final Button removeConcern;
  private final Button removeAction;
  private Stakeholder focus;

  PersonDetails(Composite parent, ModelSession session) {
    this.session = session;
    Composite d = new Composite(parent, SWT.NONE);
    GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(d);
    GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(false).spacing(12, 4).applyTo(d);
    title = new Label(d, SWT.WRAP);
    title.setFont(JFaceResources.getBannerFont());
    GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(title);

    Composite left = half(d, Messages.Details_ConcernsHeading);
    button(left, Messages.Details_AddConcern, this::addConcern);
    removeConcern = button(left, Messages.Details_Remove, () -> remove(true));
    concerns = new ModelNatTable<>(left, session.getAdapterFactory(), List.of(
        new ModelNatTable.Column(Literals.CONCERN__DESCRIPTION, Messages.Details_Concern, 260),
        new ModelNatTable.Column(Literals.CONCERN__ROOT_CAUSE, Messages.Details_RootCause, 110),
        new ModelNatTable.Column(Literals.CONCERN__SEVERITY, Messages.Details_Severity, 75)),
        () -> focus == null ? List.of() : focus.getConcerns());
    GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(300, 130).applyTo(concerns.getControl());

    Composite right = half(d, Messages.Details_ActionsHeading);
    button(right, Messages.Details_AddAction, this::addAction);
    removeAction = button(right, Messages.Details_Remove, () -> remove(false));
    actions = new ModelNatTable<>(right, session.getAdapterFactory(), List.of(
        new ModelNatTable.Column(Literals.RESPONSE_ACTION__DESCRIPTION, Messages.Details_Action, 220),
        new ModelNatTable.Column(Literals.RESPONSE_ACTION__KIND, Messages.Details_Kind, 170),
        ModelNatTable.Column.reference(Literals.RESPONSE_ACTION__CONCERN, Messages.Details_Answers, 160,
            (row, concern) -> concern instanceof Concern c && c.eContainer() == row.eContainer()),
        new ModelNatTable.Column(Literals.RESPONSE_ACTION__OWNER, Messages.Details_Owner, 100),
        new ModelNatTable.Column(Literals.RESPONSE_ACTION__DUE_DATE, Messages.Details_Due, 95),
        new ModelNatTable.Column(Literals.RESPONSE_ACTION__STATUS, Messages.Details_Status, 90)),
        () -> focus == null ? List.of() : focus.getActions());
    GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(300, 130).applyTo(actions.getControl());
    show(null);
  }

  private static Composite half(Composite parent, String heading) {
    Composite c = new Composite(parent, SWT.NONE);
    GridLayoutFactory.fillDefaults().numColumns(3).applyTo(c);
    GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
    Label l = new Label(c, SWT.NONE);
    l.setText(heading);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(l);
    return c;
  }

  private static Button button(Composite parent, String text, Runnable run) {
    Button b = new Button(parent, SWT.PUSH);
    b.setText(text);
    b.addListener(SWT.Selection, e -> run.run());
    return b;
  }

  ModelNatTable<Concern> concerns() {
    return concerns;
  }

  ModelNatTable<ResponseAction> actions() {
    return actions;
  }

  Stakeholder focus() {
    return focus;
  }

  /** Shows the concerns and actions of {@code person} (none: the hint to select someone). */
  void show(Stakeholder person) {
    focus = person;
    if (concerns.getControl().isDisposed()) {
      return;
    }
    title.setText(focus == null ? Messages.Details_SelectSomeone : Stances.esc(NLS.bind(Messages.Details_Of, focus
        .getName())));
    concerns.refresh();
    actions.refresh();
    removeConcern.setEnabled(focus != null);
    removeAction.setEnabled(focus != null);
    title.getParent().layout(true);
  }

  void addConcern() {
    if (focus == null) {
      return;
    }
    Concern c = Responses.draftConcern();
    if (session.execute(AddCommand.create(session.getEditingDomain(), focus, Literals.STAKEHOLDER__CONCERNS, c))) {
      concerns.refresh();
      concerns.select(c);
      concerns.getControl().setFocus();
    }
  }

  void addAction() {
    if (focus == null) {
      return;
    }
    ResponseAction a = Responses.draft(focus);
    if (session.execute(AddCommand.create(session.getEditingDomain(), focus, Literals.STAKEHOLDER__ACTIONS, a))) {
      actions.refresh();
      actions.select(a);
      actions.getControl().setFocus();
    }
  }

  /** Removes the selected concerns ({@code concern}) or actions. */
  void remove(boolean concern) {
    ModelNatTable<?> table = concern ? concerns : actions;
    if (focus == null) {
      return;
    }
    List<?> chosen = table.getSelectionProvider().getSelection() instanceof IStructuredSelection sel ? sel.toList()
        : List.of();
    if (!chosen.isEmpty()) {
      session.execute(DeleteCommand.create(session.getEditingDomain(), chosen));
    }
  }
}
