package dev.wedge.plugins.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.handlers.IHandlerService;

import dev.wedge.core.provenance.Provenance;

/** Help › About Wedge: the version, the installed plug-ins with theirs, and the way to Installation Details. */
public final class AboutHandler extends AbstractHandler {

  static final int DETAILS = IDialogConstants.CLIENT_ID + 1;

  @Override
  public Object execute(ExecutionEvent event) {
    Shell shell = HandlerUtil.getActiveShell(event);
    new AboutDialog(shell).open();
    return null;
  }

  /** The dialog; its text is what {@code wedge --version} prints. */
  static final class AboutDialog extends TitleAreaDialog {

    AboutDialog(Shell shell) {
      super(shell);
    }

    @Override
    protected void configureShell(Shell shell) {
      super.configureShell(shell);
      shell.setText(Messages.About_Title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
      Composite area = (Composite) super.createDialogArea(parent);
      setTitle(NLS.bind(Messages.About_Heading, Provenance.wedge().version()));
      setMessage(Messages.About_Message);
      Text text = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
      text.setText(String.join("\n", Provenance.describe()));
      GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true);
      gd.horizontalIndent = 10;
      gd.verticalIndent = 8;
      gd.widthHint = 560;
      gd.heightHint = 180;
      text.setLayoutData(gd);
      return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
      createButton(parent, DETAILS, Messages.About_Details, false);
      createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int id) {
      if (id == DETAILS) {
        close();
        try {
          PlatformUI.getWorkbench().getService(IHandlerService.class)
              .executeCommand("org.eclipse.equinox.p2.ui.sdk.installationDetails", null);
        } catch (Exception e) {
          org.eclipse.core.runtime.ILog.of(AboutHandler.class).error("Installation Details could not be opened", e);
        }
        return;
      }
      super.buttonPressed(id);
    }
  }
}
