package dev.wedge.team.ui;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The user name and password (or access token) a Git host asks for during Team › Pull or Push, with "Keep in secure
 * storage" (checked): asked on the UI thread while the operation waits in its own thread ({@link AskingCredentials}).
 */
final class CredentialsDialog extends TitleAreaDialog {

  /** The dialog's title, as a test finds it. */
  static final String TITLE = Messages.Credentials_Title;

  private final String host;
  private final String purpose;
  private final String problem;
  private final String userGiven;
  private final boolean canKeep;
  private Text user;
  private Text password;
  private Button keep;
  private String userValue;
  private char[] passwordValue;
  private boolean keepValue;

  /**
   * @param purpose what the credentials are for, in a sentence ("The host asks ... to push halden-mutual.")
   * @param problem why they are asked again (the host refused the last ones), or null
   * @param userGiven the user name to start with (the one given or kept before), or null
   * @param canKeep whether secure storage is there to keep them in
   */
  CredentialsDialog(Shell parent, String host, String purpose, String problem, String userGiven, boolean canKeep) {
    super(parent);
    this.host = host;
    this.purpose = purpose;
    this.problem = problem;
    this.userGiven = userGiven;
    this.canKeep = canKeep;
  }

  @Override
  protected void configureShell(Shell shell) {
    super.configureShell(shell);
    shell.setText(TITLE);
  }

  @Override
  protected Control createDialogArea(Composite parent) {
    Composite area = (Composite) super.createDialogArea(parent);
    setTitle(NLS.bind(Messages.Credentials_Heading, host));
    if (problem != null) {
      setErrorMessage(problem);
    } else {
      setMessage(purpose, IMessageProvider.INFORMATION);
    }
    Composite body = new Composite(area, SWT.NONE);
    GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
    body.setLayout(new GridLayout(2, false));
    new Label(body, SWT.NONE).setText(Messages.Credentials_User);
    user = new Text(body, SWT.BORDER);
    GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(user);
    new Label(body, SWT.NONE).setText(Messages.Credentials_Password);
    password = new Text(body, SWT.BORDER | SWT.PASSWORD);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(password);
    keep = new Button(body, SWT.CHECK);
    keep.setText(Messages.Credentials_Keep);
    keep.setSelection(canKeep);
    keep.setEnabled(canKeep);
    GridDataFactory.fillDefaults().span(2, 1).indent(0, 6).applyTo(keep);
    Label where = new Label(body, SWT.WRAP);
    where.setText(canKeep ? Messages.Credentials_Where : Messages.Credentials_NoStorage);
    GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(480, SWT.DEFAULT).applyTo(where);
    if (userGiven != null) {
      user.setText(userGiven);
    }
    user.addListener(SWT.Modify, e -> validate());
    password.addListener(SWT.Modify, e -> validate());
    (userGiven == null ? user : password).setFocus();
    return area;
  }

  /** As wide as the fields need, at most 560 pixels: a long sentence above them wraps rather than widening it. */
  @Override
  protected Point getInitialSize() {
    Point natural = super.getInitialSize();
    int width = Math.min(natural.x, 560);
    return new Point(width, Math.max(natural.y, getShell().computeSize(width, SWT.DEFAULT, true).y));
  }

  @Override
  protected void createButtonsForButtonBar(Composite parent) {
    super.createButtonsForButtonBar(parent);
    getButton(IDialogConstants.OK_ID).setText(Messages.Credentials_SignIn);
    validate();
  }

  private void validate() {
    Button ok = getButton(IDialogConstants.OK_ID);
    if (ok != null) {
      ok.setEnabled(!user.getText().isBlank() && !password.getText().isEmpty());
    }
  }

  @Override
  protected void okPressed() {
    userValue = user.getText().strip();
    passwordValue = password.getText().toCharArray();
    keepValue = keep.getSelection();
    super.okPressed();
  }

  String user() {
    return userValue;
  }

  char[] password() {
    return passwordValue;
  }

  boolean keep() {
    return keepValue;
  }
}
