package dev.wedge.team.ui;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.osgi.util.NLS;

/**
 * Team › Commit…: what changed since the last commit (field by field, in the method's words), the message, and, when
 * Git does not know who commits, the name and e-mail to record (kept in the repository's configuration).
 */
final class CommitDialog extends TitleAreaDialog {

  private final String model;
  private final List<String> changes;
  private final boolean askWho;
  private Text message;
  private Text name;
  private Text email;
  private String messageValue;
  private String nameValue;
  private String emailValue;

  CommitDialog(Shell parent, String model, List<String> changes, boolean askWho) {
    super(parent);
    this.model = model;
    this.changes = changes;
    this.askWho = askWho;
    setShellStyle(getShellStyle() | SWT.RESIZE);
  }

  @Override
  protected void configureShell(Shell shell) {
    super.configureShell(shell);
    shell.setText(CommitHandler.TITLE);
  }

  @Override
  protected Control createDialogArea(Composite parent) {
    Composite area = (Composite) super.createDialogArea(parent);
    setTitle(NLS.bind(Messages.Commit_Heading, model));
    setMessage(changes.isEmpty() ? Messages.Commit_NothingChanged : NLS.bind(Messages.Commit_Changes,
        dev.wedge.core.text.Plurals.count(changes.size(), Messages.Commit_Change, Messages.Commit_ChangesNoun)), IMessageProvider.INFORMATION);
    Composite body = new Composite(area, SWT.NONE);
    GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
    body.setLayout(new GridLayout(2, false));
    new Label(body, SWT.NONE).setText(Messages.Commit_Message);
    message = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
    GridDataFactory.fillDefaults().grab(true, false).hint(520, 60).applyTo(message);
    message.addListener(SWT.Traverse, e -> {
      if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
        e.doit = true;
      }
    });
    message.addListener(SWT.Modify, e -> validate());
    if (askWho) {
      Label who = new Label(body, SWT.WRAP);
      who.setText(Messages.Commit_WhoUnknown);
      GridDataFactory.fillDefaults().span(2, 1).hint(600, SWT.DEFAULT).applyTo(who);
      new Label(body, SWT.NONE).setText(Messages.Commit_Name);
      name = new Text(body, SWT.BORDER);
      GridDataFactory.fillDefaults().grab(true, false).applyTo(name);
      new Label(body, SWT.NONE).setText(Messages.Commit_Email);
      email = new Text(body, SWT.BORDER);
      GridDataFactory.fillDefaults().grab(true, false).applyTo(email);
      name.addListener(SWT.Modify, e -> validate());
      email.addListener(SWT.Modify, e -> validate());
    }
    Label what = new Label(body, SWT.NONE);
    what.setText(Messages.Commit_WhatChanged);
    GridDataFactory.fillDefaults().span(2, 1).applyTo(what);
    Text list = new Text(body, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
    list.setText(changes.isEmpty() ? Messages.Commit_NoChange : String.join("\n", changes));
    GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(600, 180).applyTo(list);
    return area;
  }

  @Override
  protected void createButtonsForButtonBar(Composite parent) {
    super.createButtonsForButtonBar(parent);
    getButton(IDialogConstants.OK_ID).setText(Messages.Commit_Button);
    validate();
  }

  private void validate() {
    if (getButton(IDialogConstants.OK_ID) == null) {
      return;
    }
    String problem = message.getText().isBlank() ? Messages.Commit_SayWhat
        : askWho && name.getText().isBlank() ? Messages.Commit_GiveName
            : askWho && !email.getText().strip().matches("[^@\\s]+@[^@\\s]+") ? Messages.Commit_GiveEmail
                : null;
    setErrorMessage(message.getText().isEmpty() && (!askWho || name.getText().isEmpty()) ? null : problem);
    getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
  }

  @Override
  protected void okPressed() {
    messageValue = message.getText().strip();
    nameValue = askWho ? name.getText().strip() : null;
    emailValue = askWho ? email.getText().strip() : null;
    super.okPressed();
  }

  String message() {
    return messageValue;
  }

  String name() {
    return nameValue;
  }

  String email() {
    return emailValue;
  }
}
