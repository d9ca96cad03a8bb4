package dev.wedge.editor.pilot;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import dev.wedge.core.method.PilotRules;
import dev.wedge.core.session.ModelSession;
import dev.wedge.model.Named;
import dev.wedge.model.SuccessCriterion;
import dev.wedge.model.WedgePackage.Literals;

/**
 * A deliberate change to a frozen success criterion: what changes, its new value and, required, why. The change is
 * recorded on the pilot (date, old and new value, reason) so the decision meeting sees it.
 */
final class RebaselineDialog extends TitleAreaDialog {

  private static final List<EStructuralFeature> FEATURES = List.of(Literals.SUCCESS_CRITERION__THRESHOLD,
      Literals.SUCCESS_CRITERION__COMPARATOR, Literals.SUCCESS_CRITERION__METRIC,
      Literals.SUCCESS_CRITERION__DESCRIPTION);

  private final ModelSession session;
  private final SuccessCriterion criterion;
  private ComboViewer what;
  private Text value;
  private ComboViewer choice;
  private Text reason;
  private Command command;

  RebaselineDialog(Shell shell, ModelSession session, SuccessCriterion criterion) {
    super(shell);
    this.session = session;
    this.criterion = criterion;
  }

  @Override
  protected void configureShell(Shell shell) {
    super.configureShell(shell);
    shell.setText(Messages.Rebaseline_Shell);
  }

  @Override
  protected Control createDialogArea(Composite parent) {
    Composite area = (Composite) super.createDialogArea(parent);
    setTitle(NLS.bind(Messages.Rebaseline_Title, criterion.getDescription()));
    setMessage(Messages.Rebaseline_Message);
    Composite c = new Composite(area, SWT.NONE);
    GridLayoutFactory.swtDefaults().numColumns(2).applyTo(c);
    GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
    new Label(c, SWT.NONE).setText(Messages.Rebaseline_Change);
    what = new ComboViewer(c, SWT.READ_ONLY);
    what.setContentProvider(ArrayContentProvider.getInstance());
    what.setLabelProvider(new LabelProvider() {
      @Override
      public String getText(Object e) {
        EStructuralFeature f = (EStructuralFeature) e;
        return NLS.bind(Messages.Rebaseline_Now, switch (f.getName()) {
          case "threshold" -> Messages.Rebaseline_Threshold;
          case "comparator" -> Messages.Rebaseline_Comparator;
          case "metric" -> Messages.Rebaseline_Metric;
          default -> Messages.Rebaseline_Description;
        }, text(criterion.eGet(f)));
      }
    });
    what.setInput(FEATURES);
    new Label(c, SWT.NONE).setText(Messages.Rebaseline_NewValue);
    Composite values = new Composite(c, SWT.NONE);
    GridLayoutFactory.fillDefaults().numColumns(2).applyTo(values);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(values);
    value = new Text(values, SWT.BORDER);
    GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(value);
    choice = new ComboViewer(values, SWT.READ_ONLY);
    choice.setContentProvider(ArrayContentProvider.getInstance());
    choice.setLabelProvider(new LabelProvider() {
      @Override
      public String getText(Object e) {
        return text(e);
      }
    });
    GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(choice.getControl());
    Label l = new Label(c, SWT.NONE);
    l.setText(Messages.Rebaseline_Why);
    GridDataFactory.swtDefaults().align(SWT.FILL, SWT.TOP).applyTo(l);
    reason = new Text(c, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
    reason.setMessage(Messages.Rebaseline_WhyHint);
    GridDataFactory.fillDefaults().grab(true, true).hint(360, 70).applyTo(reason);
    what.addSelectionChangedListener(e -> switchValue());
    value.addModifyListener(e -> validate());
    reason.addModifyListener(e -> validate());
    choice.addSelectionChangedListener(e -> validate());
    what.setSelection(new StructuredSelection(FEATURES.get(0)));
    return area;
  }

  private static String text(Object v) {
    if (v instanceof Named n) {
      return n.getName();
    }
    if (v instanceof dev.wedge.model.Comparator c) {
      return c.getName().toLowerCase().replace('_', ' ');
    }
    if (v instanceof Double d && d == Math.rint(d)) {
      return String.valueOf(d.longValue());
    }
    return v == null ? "\u2013" : String.valueOf(v);
  }

  private EStructuralFeature feature() {
    return (EStructuralFeature) ((IStructuredSelection) what.getSelection()).getFirstElement();
  }

  private void switchValue() {
    EStructuralFeature f = feature();
    boolean typed = f instanceof EAttribute a && !(a.getEAttributeType() instanceof org.eclipse.emf.ecore.EEnum);
    value.setVisible(typed);
    ((org.eclipse.swt.layout.GridData) value.getLayoutData()).exclude = !typed;
    choice.getControl().setVisible(!typed);
    ((org.eclipse.swt.layout.GridData) choice.getControl().getLayoutData()).exclude = typed;
    if (typed) {
      value.setText(Fields.format((EAttribute) f, criterion.eGet(f)));
    } else {
      List<Object> options = new ArrayList<>();
      if (f == Literals.SUCCESS_CRITERION__METRIC) {
        options.addAll(session.getModel().getMetrics());
      } else {
        options.addAll(Fields.literals(f));
      }
      choice.setInput(options);
      Object now = criterion.eGet(f);
      if (now != null) {
        choice.setSelection(new StructuredSelection(now));
      }
    }
    value.getParent().layout(true);
    validate();
  }

  private Object newValue() {
    EStructuralFeature f = feature();
    if (f instanceof EAttribute a && !(a.getEAttributeType() instanceof org.eclipse.emf.ecore.EEnum)) {
      return Fields.parse(a, value.getText());
    }
    return ((IStructuredSelection) choice.getSelection()).getFirstElement();
  }

  private void validate() {
    String problem = null;
    try {
      Object v = newValue();
      if (v == null) {
        problem = Messages.Rebaseline_NoValue;
      } else if (v.equals(criterion.eGet(feature()))) {
        problem = Messages.Rebaseline_Same;
      }
    } catch (IllegalArgumentException e) {
      problem = NLS.bind(Messages.Rebaseline_BadValue, e.getMessage());
    }
    if (problem == null && reason.getText().isBlank()) {
      problem = Messages.Rebaseline_NoReason;
    }
    setMessage(problem == null ? Messages.Rebaseline_Ready
        : problem, problem == null ? IMessageProvider.INFORMATION : IMessageProvider.WARNING);
    if (getButton(IDialogConstants.OK_ID) != null) {
      getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
    }
  }

  @Override
  protected void createButtonsForButtonBar(Composite parent) {
    super.createButtonsForButtonBar(parent);
    getButton(IDialogConstants.OK_ID).setText(Messages.Rebaseline_Button);
    validate();
  }

  @Override
  protected void okPressed() {
    command = PilotRules.rebaseline(session.getEditingDomain(), criterion, feature(), newValue(), reason.getText(),
        session.today());
    super.okPressed();
  }

  Text value() {
    return value;
  }

  Text reason() {
    return reason;
  }

  boolean okEnabled() {
    return getButton(IDialogConstants.OK_ID).isEnabled();
  }

  void pressOk() {
    buttonPressed(IDialogConstants.OK_ID);
  }

  /** The re-baseline command (after OK). */
  Command command() {
    return command;
  }
}
