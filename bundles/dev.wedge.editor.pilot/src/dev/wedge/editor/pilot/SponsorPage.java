package dev.wedge.editor.pilot;

import static dev.wedge.editor.pilot.PilotWizardControls.grid;
import static dev.wedge.editor.pilot.PilotWizardControls.labels;

import java.util.ArrayList;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dev.wedge.core.session.ModelSession;
import dev.wedge.model.Initiative;
import dev.wedge.model.Pilot;
import dev.wedge.model.Stakeholder;

/** 2. Who owns it. */
final class SponsorPage extends WizardPage {
  private final ModelSession session;
  private final Pilot pilot;
  TableViewer people;
  ComboViewer initiative;

  SponsorPage(ModelSession session, Pilot pilot) {
    super("sponsor");
    this.session = session;
    this.pilot = pilot;
    setTitle(Messages.Sponsor_Title);
    setDescription(Messages.Sponsor_Description);
  }

  @Override
  public void createControl(Composite parent) {
    Composite c = grid(parent, 1);
    new Label(c, SWT.NONE).setText(Messages.Sponsor_Sponsor);
    people = new TableViewer(c, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
    people.setContentProvider(ArrayContentProvider.getInstance());
    people.setLabelProvider(labels());
    people.setInput(ProblemSection.sponsors(session.getModel()));
    GridDataFactory.fillDefaults().grab(true, true).hint(400, 140).applyTo(people.getTable());
    new Label(c, SWT.NONE).setText(Messages.Sponsor_Initiative);
    initiative = new ComboViewer(c, SWT.READ_ONLY);
    initiative.setContentProvider(ArrayContentProvider.getInstance());
    initiative.setLabelProvider(labels());
    initiative.setInput(new ArrayList<>(session.getModel().getInitiatives()));
    GridDataFactory.fillDefaults().grab(true, false).applyTo(initiative.getControl());
    people.addSelectionChangedListener(e -> {
      pilot.setSponsor((Stakeholder) ((IStructuredSelection) e.getSelection()).getFirstElement());
      setMessage(pilot.getSponsor() == null ? null : NLS.bind(Messages.Sponsor_Ask,
          pilot.getSponsor().getName()));
    });
    initiative.addSelectionChangedListener(e -> pilot.setInitiative(
        (Initiative) ((IStructuredSelection) e.getSelection()).getFirstElement()));
    setControl(c);
  }
}
