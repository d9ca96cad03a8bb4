package dev.wedge.ui.application;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.osgi.util.NLS;
import dev.wedge.ui.Messages;

/** Window › Preferences › Workspace: the folder Wedge keeps its workspace in, from the next start. */
public class WorkspacePreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

  private Text folder;

  @Override
  public void init(IWorkbench workbench) {
    setDescription(Messages.WorkspacePage_Description);
  }

  @Override
  protected Control createContents(Composite parent) {
    Composite c = new Composite(parent, SWT.NONE);
    GridLayoutFactory.fillDefaults().numColumns(3).applyTo(c);
    new Label(c, SWT.NONE).setText(Messages.WorkspacePage_Folder);
    folder = new Text(c, SWT.BORDER);
    GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(folder);
    folder.setMessage(defaultFolder().toString());
    folder.setText(WorkspaceLocation.setting().map(Path::toString).orElse(""));
    folder.addModifyListener(e -> validate());
    Button browse = new Button(c, SWT.PUSH);
    browse.setText(Messages.WorkspacePage_Browse);
    browse.addListener(SWT.Selection, e -> {
      DirectoryDialog d = new DirectoryDialog(getShell());
      d.setText(Messages.WorkspacePage_FolderDialog);
      String chosen = d.open();
      if (chosen != null) {
        folder.setText(chosen);
      }
    });
    Label now = new Label(c, SWT.WRAP);
    now.setText(NLS.bind(Messages.WorkspacePage_InUse, current(), defaultFolder()));
    GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(now);
    return c;
  }

  private static String current() {
    return Platform.getInstanceLocation() == null || Platform.getInstanceLocation().getURL() == null ? Messages.WorkspacePage_None
        : WorkspaceLocation.pathOf(Platform.getInstanceLocation().getURL()).toString();
  }

  private static Path defaultFolder() {
    return Path.of(System.getProperty("user.home"), ".wedge", "workspace");
  }

  /** The folder typed, or null for the default; a problem is shown and returns false. */
  private boolean validate() {
    String t = folder.getText().strip();
    String problem = null;
    if (!t.isEmpty()) {
      try {
        if (!Path.of(t).isAbsolute()) {
          problem = NLS.bind(Messages.WorkspacePage_NotAbsolute, defaultFolder());
        }
      } catch (InvalidPathException e) {
        problem = NLS.bind(Messages.WorkspacePage_NotAFolder, t, e.getReason());
      }
    }
    setErrorMessage(problem);
    setValid(problem == null);
    return problem == null;
  }

  @Override
  protected void performDefaults() {
    folder.setText("");
    super.performDefaults();
  }

  @Override
  public boolean performOk() {
    if (!validate()) {
      return false;
    }
    String t = folder.getText().strip();
    try {
      WorkspaceLocation.saveSetting(t.isEmpty() ? null : Path.of(t));
      return true;
    } catch (IOException | IllegalArgumentException e) {
      setErrorMessage(NLS.bind(Messages.WorkspacePage_NotKept, WorkspaceLocation.settingFile(), e.getMessage()));
      return false;
    }
  }

  /** The field (tests). */
  Text folderField() {
    return folder;
  }
}
