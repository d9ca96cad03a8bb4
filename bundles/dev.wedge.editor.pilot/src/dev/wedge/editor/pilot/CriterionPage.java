package dev.wedge.editor.pilot;

import static dev.wedge.editor.pilot.PilotWizardControls.grid;
import static dev.wedge.editor.pilot.PilotWizardControls.labels;
import static dev.wedge.editor.pilot.PilotWizardControls.text;

import java.util.ArrayList;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import dev.wedge.core.session.ModelSession;
import dev.wedge.model.Comparator;
import dev.wedge.model.Pilot;
import dev.wedge.model.Stakeholder;
import dev.wedge.model.Stance;
import dev.wedge.model.SuccessCriterion;
import dev.wedge.model.WedgePackage.Literals;

/** 4. Success, in the skeptic's words. */
final class CriterionPage extends WizardPage {
  private final ModelSession session;
  private final Pilot pilot;
  private final SuccessCriterion criterion;
  TableViewer answers;
  Text description;
  ComboViewer comparator;
  Text threshold;
  CheckboxTableViewer agreed;

  CriterionPage(ModelSession session, Pilot pilot, SuccessCriterion criterion) {
    super("criteria");
    this.session = session;
    this.pilot = pilot;
    this.criterion = criterion;
    setTitle(Messages.Criterion_Title);
    setDescription(Messages.Criterion_Description);
    setPageComplete(false);
  }

  @Override
  public void createControl(Composite parent) {
    Composite c = grid(parent, 2);
    Label l = new Label(c, SWT.NONE);
    l.setText(Messages.Criterion_Answers);
    GridDataFactory.fillDefaults().span(2, 1).applyTo(l);
    answers = new TableViewer(c, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
    answers.setContentProvider(ArrayContentProvider.getInstance());
    answers.setLabelProvider(new LabelProvider() {
      @Override
      public String getText(Object e) {
        Stakeholder s = (Stakeholder) e;
        return NLS.bind(Messages.Common_Answer, s.getName() + (s.getStance() == null ? "" : " ("
            + s.getStance().getName().toLowerCase(Locale.ROOT) + ")"), s.getSuccessAnswer());
      }
    });
    answers.setInput(session.getModel().getStakeholders().stream()
        .filter(s -> s.getSuccessAnswer() != null && !s.getSuccessAnswer().isBlank())
        .sorted(java.util.Comparator.comparing((Stakeholder s) -> s.getStance() == Stance.SKEPTIC
            || s.getStance() == Stance.OPPONENT ? 0 : 1)).toList());
    GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(460, 80).applyTo(answers.getTable());
    description = text(c, Messages.Criterion_Criterion, Messages.Criterion_CriterionHint, true);
    new Label(c, SWT.NONE).setText(Messages.Criterion_Comparator);
    comparator = new ComboViewer(c, SWT.READ_ONLY);
    comparator.setContentProvider(ArrayContentProvider.getInstance());
    comparator.setLabelProvider(labels());
    comparator.setInput(Comparator.VALUES);
    comparator.setSelection(new StructuredSelection(criterion.getComparator()));
    threshold = text(c, Messages.Criterion_Threshold, Messages.Criterion_ThresholdHint, false);
    Label a = new Label(c, SWT.NONE);
    a.setText(Messages.Criterion_AgreedBy);
    GridDataFactory.swtDefaults().align(SWT.FILL, SWT.TOP).applyTo(a);
    agreed = CheckboxTableViewer.newCheckList(c, SWT.BORDER | SWT.V_SCROLL);
    agreed.setContentProvider(ArrayContentProvider.getInstance());
    agreed.setLabelProvider(labels());
    agreed.setInput(new ArrayList<>(session.getModel().getStakeholders()));
    GridDataFactory.fillDefaults().grab(true, true).hint(360, 90).applyTo(agreed.getTable());
    answers.addSelectionChangedListener(e -> {
      Stakeholder s = (Stakeholder) answers.getStructuredSelection().getFirstElement();
      if (s != null) {
        criterion.setSource(s);
        description.setText(s.getSuccessAnswer());
        agreed.setChecked(s, true);
        update();
      }
    });
    description.addModifyListener(e -> update());
    threshold.addModifyListener(e -> update());
    comparator.addSelectionChangedListener(e -> criterion.setComparator(
        (Comparator) comparator.getStructuredSelection().getFirstElement()));
    agreed.addCheckStateListener(e -> update());
    setControl(c);
  }

  @Override
  public void setVisible(boolean visible) {
    super.setVisible(visible);
    if (visible) {
      if (pilot.getSponsor() != null) {
        agreed.setChecked(pilot.getSponsor(), true);
      }
      if (threshold.getText().isBlank() && pilot.getTargetEffect() != null) {
        threshold.setText(Fields.format(Literals.PILOT__TARGET_EFFECT, Math.abs(pilot.getTargetEffect())));
      }
      update();
    }
  }

  private void update() {
    criterion.setDescription(description.getText().trim());
    criterion.getAgreedBy().clear();
    for (Object o : agreed.getCheckedElements()) {
      criterion.getAgreedBy().add((Stakeholder) o);
    }
    String problem = description.getText().isBlank() ? Messages.Criterion_NoDescription
        : null;
    if (problem == null) {
      try {
        if (threshold.getText().isBlank()) {
          problem = Messages.Criterion_NoThreshold;
        } else {
          criterion.setThreshold((Double) Fields.parse(Literals.SUCCESS_CRITERION__THRESHOLD, threshold.getText()));
        }
      } catch (IllegalArgumentException e) {
        problem = NLS.bind(Messages.Criterion_BadThreshold, e.getMessage());
      }
    }
    boolean skeptic = criterion.getAgreedBy().stream()
        .anyMatch(s -> s.getStance() == Stance.SKEPTIC || s.getStance() == Stance.OPPONENT);
    setErrorMessage(problem);
    setMessage(problem == null && !skeptic ? Messages.Criterion_NoSkeptic : null, WARNING);
    setPageComplete(problem == null);
  }
}
