package dev.wedge.editor.pilot;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;

import dev.wedge.core.session.ModelSession;
import dev.wedge.model.Consultation;
import dev.wedge.model.ConsultationOutcome;
import dev.wedge.model.Governance;
import dev.wedge.model.LearnerDataItem;
import dev.wedge.model.ReviewStep;
import dev.wedge.model.WedgeFactory;
import dev.wedge.model.WedgePackage.Literals;
import org.eclipse.osgi.util.NLS;

/**
 * The governance editor's edits of the model's governance record, each one command: adding a review step, data item
 * or consultation (creating the record first when the model has none), removing them, and the data statement. A
 * refused edit is told to {@code refused} with the session's sentence; an edit that goes through clears it.
 */
final class GovernanceRecords {

  private final ModelSession session;
  private final Consumer<String> refused;

  GovernanceRecords(ModelSession session, Consumer<String> refused) {
    this.session = session;
    this.refused = refused;
  }

  Governance governance() {
    return session.getModel().getGovernance();
  }

  /** Adds to the governance record, creating the record first if the model has none (one command). */
  boolean add(EReference feature, EObject object) {
    Governance g = governance();
    CompoundCommand c = new CompoundCommand(NLS.bind(Messages.Governance_AddCommand, object.eClass().getName()));
    if (g == null) {
      g = WedgeFactory.eINSTANCE.createGovernance();
      c.append(SetCommand.create(session.getEditingDomain(), session.getModel(), Literals.STRATEGY_MODEL__GOVERNANCE,
          g));
    }
    c.append(AddCommand.create(session.getEditingDomain(), g, feature, object));
    return execute(c);
  }

  void remove(EReference feature, ISelection chosen) {
    List<?> objects = ((IStructuredSelection) chosen).toList();
    if (!objects.isEmpty() && governance() != null) {
      execute(RemoveCommand.create(session.getEditingDomain(), governance(), feature, objects));
    }
  }

  /**
   * Sets the data statement ({@code null} for none), creating the record if the model has none; false when the edit
   * was refused.
   */
  boolean setStatement(String value) {
    Governance g = governance();
    if (g == null) {
      g = WedgeFactory.eINSTANCE.createGovernance();
      g.setDataStatement(value);
      return execute(SetCommand.create(session.getEditingDomain(), session.getModel(),
          Literals.STRATEGY_MODEL__GOVERNANCE, g));
    }
    if (!java.util.Objects.equals(value, g.getDataStatement())) {
      return execute(SetCommand.create(session.getEditingDomain(), g, Literals.GOVERNANCE__DATA_STATEMENT, value));
    }
    return true;
  }

  private boolean execute(Command c) {
    boolean done = session.execute(c);
    refused.accept(done ? null : session.lastRefusal());
    return done;
  }

  static LearnerDataItem newData() {
    LearnerDataItem i = WedgeFactory.eINSTANCE.createLearnerDataItem();
    i.setName(Messages.Governance_NewData);
    i.setPersonal(true);
    return i;
  }

  static ReviewStep newReview() {
    ReviewStep r = WedgeFactory.eINSTANCE.createReviewStep();
    r.setName(Messages.Governance_NewReview);
    r.setBeforeLearners(true);
    return r;
  }

  static Consultation newConsultation() {
    Consultation c = WedgeFactory.eINSTANCE.createConsultation();
    c.setParty(Messages.Governance_NewParty);
    c.setOutcome(ConsultationOutcome.PENDING);
    return c;
  }
}
