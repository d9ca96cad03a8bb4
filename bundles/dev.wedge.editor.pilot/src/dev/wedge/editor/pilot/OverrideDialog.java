package dev.wedge.editor.pilot;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import dev.wedge.model.Stakeholder;

/**
 * Deciding "scale" although the criteria are not met under their rule: the reason and the person who decides are
 * recorded with what the criteria read, and the brief says so. Also asks why the pilot stops early when it is not over.
 */
final class OverrideDialog extends TitleAreaDialog {

  private final String verdict;
  private final List<Stakeholder> people;
  private final boolean early;
  private Text reason;
  private Text earlyReason;
  private ComboViewer who;
  private String reasonValue;
  private String earlyValue;
  private Stakeholder whoValue;

  OverrideDialog(Shell shell, String verdict, List<Stakeholder> people, Stakeholder suggested, boolean early) {
    super(shell);
    this.verdict = verdict;
    this.people = people;
    this.early = early;
    this.whoValue = suggested;
  }

  @Override
  protected Control createDialogArea(Composite parent) {
    Composite area = (Composite) super.createDialogArea(parent);
    setTitle(NLS.bind(Messages.Override_Title, verdict));
    setMessage(NLS.bind(Messages.Override_Message, verdict));
    Composite c = new Composite(area, SWT.NONE);
    GridLayoutFactory.swtDefaults().numColumns(2).applyTo(c);
    GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
    new Label(c, SWT.NONE).setText(Messages.Override_DecidedBy);
    who = new ComboViewer(c, SWT.READ_ONLY);
    who.setContentProvider(ArrayContentProvider.getInstance());
    who.setLabelProvider(new LabelProvider() {
      @Override
      public String getText(Object e) {
        Stakeholder s = (Stakeholder) e;
        return (s.getName() == null ? "" : s.getName()) + (s.getRole() == null ? "" : " (" + s.getRole() + ")");
      }
    });
    who.setInput(people);
    if (whoValue != null) {
      who.setSelection(new org.eclipse.jface.viewers.StructuredSelection(whoValue));
    }
    GridDataFactory.fillDefaults().grab(true, false).applyTo(who.getControl());
    Label l = new Label(c, SWT.NONE);
    l.setText(Messages.Override_ReasonLabel);
    GridDataFactory.swtDefaults().align(SWT.FILL, SWT.TOP).applyTo(l);
    reason = new Text(c, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
    reason.setMessage(Messages.Override_ReasonHint);
    String tip = NLS.bind(Messages.Override_ReasonTip, verdict);
    reason.setToolTipText(tip);
    l.setToolTipText(tip);
    named(reason, Messages.Override_Reason);
    GridDataFactory.fillDefaults().grab(true, true).hint(360, 60).applyTo(reason);
    if (early) {
      Label e = new Label(c, SWT.NONE);
      e.setText(Messages.Override_EarlyLabel);
      e.setToolTipText(Messages.Override_EarlyTip);
      GridDataFactory.swtDefaults().align(SWT.FILL, SWT.TOP).applyTo(e);
      earlyReason = new Text(c, SWT.BORDER | SWT.MULTI | SWT.WRAP);
      earlyReason.setMessage(Messages.Override_EarlyHint);
      earlyReason.setToolTipText(e.getToolTipText());
      named(earlyReason, Messages.Override_Early);
      GridDataFactory.fillDefaults().grab(true, false).hint(360, 40).applyTo(earlyReason);
      earlyReason.addListener(SWT.Modify, ev -> validate());
    }
    reason.addListener(SWT.Modify, ev -> validate());
    who.addSelectionChangedListener(ev -> validate());
    return area;
  }

  /** The name a screen reader gives a text box (its label is beside it, not tied to it by SWT). */
  private static void named(Text text, String name) {
    text.getAccessible().addAccessibleListener(new org.eclipse.swt.accessibility.AccessibleAdapter() {
      @Override
      public void getName(org.eclipse.swt.accessibility.AccessibleEvent e) {
        e.result = name;
      }
    });
  }

  /** The reason box (for tests). */
  Text reasonBox() {
    return reason;
  }

  @Override
  protected void createButtonsForButtonBar(Composite parent) {
    createButton(parent, IDialogConstants.OK_ID, Messages.Override_Record, true);
    createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    validate();
  }

  private void validate() {
    if (getButton(IDialogConstants.OK_ID) == null) {
      return;
    }
    boolean ok = !who.getStructuredSelection().isEmpty() && !reason.getText().isBlank()
        && (earlyReason == null || !earlyReason.getText().isBlank());
    getButton(IDialogConstants.OK_ID).setEnabled(ok);
    setErrorMessage(ok ? null : who.getStructuredSelection().isEmpty() ? Messages.Override_NoWho
        : reason.getText().isBlank() ? Messages.Override_NoReason : Messages.Common_NoEarlyReason);
  }

  @Override
  protected void okPressed() {
    reasonValue = reason.getText().trim();
    earlyValue = earlyReason == null ? null : earlyReason.getText().trim();
    whoValue = (Stakeholder) who.getStructuredSelection().getFirstElement();
    super.okPressed();
  }

  String reason() {
    return reasonValue;
  }

  String earlyStopReason() {
    return earlyValue;
  }

  Stakeholder who() {
    return whoValue;
  }
}
