package dev.wedge.editor.pilot;

import static dev.wedge.editor.pilot.PilotWizardControls.grid;
import static dev.wedge.editor.pilot.PilotWizardControls.labels;
import static dev.wedge.editor.pilot.PilotWizardControls.text;

import java.util.ArrayList;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import dev.wedge.core.session.ModelSession;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Pilot;
import dev.wedge.model.WedgePackage.Literals;

/** 3. The one number. */
final class MetricPage extends WizardPage {
  private final ModelSession session;
  private final Pilot pilot;
  TableViewer metrics;
  Text effect;

  MetricPage(ModelSession session, Pilot pilot) {
    super("metric");
    this.session = session;
    this.pilot = pilot;
    setTitle(Messages.Metric_Title);
    setDescription(Messages.Metric_Description);
    setPageComplete(false);
  }

  @Override
  public void createControl(Composite parent) {
    Composite c = grid(parent, 2);
    metrics = new TableViewer(c, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
    metrics.setContentProvider(ArrayContentProvider.getInstance());
    metrics.setLabelProvider(labels());
    metrics.setInput(new ArrayList<>(session.getModel().getMetrics()));
    GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(400, 140).applyTo(metrics.getTable());
    effect = text(c, Messages.Metric_Effect, Messages.Metric_EffectHint, false);
    metrics.addSelectionChangedListener(e -> update());
    effect.addModifyListener(e -> update());
    setControl(c);
  }

  private void update() {
    pilot.setPrimaryMetric((BusinessMetric) metrics.getStructuredSelection().getFirstElement());
    String problem = pilot.getPrimaryMetric() == null ? Messages.Metric_NoMetric : null;
    try {
      pilot.setTargetEffect((Double) Fields.parse(Literals.PILOT__TARGET_EFFECT, effect.getText()));
    } catch (IllegalArgumentException e) {
      problem = NLS.bind(Messages.Metric_BadEffect, e.getMessage());
    }
    setErrorMessage(problem);
    setPageComplete(problem == null);
  }
}
