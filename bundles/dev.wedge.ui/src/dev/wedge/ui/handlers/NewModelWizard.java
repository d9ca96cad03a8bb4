package dev.wedge.ui.handlers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWindow;

import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessions;
import dev.wedge.core.session.ModelTemplates;
import dev.wedge.model.StrategyModel;
import dev.wedge.ui.Messages;
import dev.wedge.ui.session.WorkbenchModels;

/** Creates a model file from a template and opens it. */
public class NewModelWizard extends Wizard {

  private final IWorkbenchWindow window;
  private final Page page = new Page();

  public NewModelWizard(IWorkbenchWindow window) {
    this.window = window;
    setWindowTitle(Messages.NewModel_Title);
    setNeedsProgressMonitor(false);
  }

  @Override
  public void addPages() {
    addPage(page);
  }

  @Override
  public boolean performFinish() {
    Path file = page.file();
    try {
      StrategyModel model = ModelTemplates.instantiate(page.template, page.name.getText().trim(),
          page.organization.getText().trim());
      dev.wedge.ui.application.GeneralPreferences.newModelDefaults().applyTo(model);
      ModelSession created = ModelSessions.getDefault().create(file, model);
      ModelSessions.getDefault().release(created);
      return WorkbenchModels.get().openWithEditor(file, window) != null;
    } catch (Exception e) {
      MessageDialog.openError(getShell(), Messages.NewModel_Failed, e.getMessage());
      return false;
    }
  }

  private static final class Page extends WizardPage {
    ModelTemplates.Template template = ModelTemplates.all().get(0);
    Text name;
    Text organization;
    Text location;
    Label templateDescription;

    Page() {
      super("newModel", Messages.NewModel_Title, null);
      setDescription(Messages.NewModel_Description);
    }

    Path file() {
      String f = location.getText().trim();
      return Path.of(f.endsWith(".wedge") ? f : f + ".wedge").toAbsolutePath();
    }

    @Override
    public void createControl(Composite parent) {
      Composite c = new Composite(parent, SWT.NONE);
      GridLayoutFactory.swtDefaults().numColumns(3).applyTo(c);

      new Label(c, SWT.NONE).setText(Messages.NewModel_Template);
      ComboViewer templates = new ComboViewer(c, SWT.READ_ONLY);
      templates.setContentProvider(ArrayContentProvider.getInstance());
      templates.setLabelProvider(new LabelProvider() {
        @Override
        public String getText(Object element) {
          return ((ModelTemplates.Template) element).label();
        }
      });
      templates.setInput(ModelTemplates.all());
      templates.setSelection(new StructuredSelection(template));
      GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(templates.getControl());
      new Label(c, SWT.NONE);
      templateDescription = new Label(c, SWT.WRAP);
      templateDescription.setText(template.description());
      GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(templateDescription);
      templates.addSelectionChangedListener(e -> {
        template = (ModelTemplates.Template) templates.getStructuredSelection().getFirstElement();
        templateDescription.setText(template.description());
        templateDescription.getParent().layout(true);
      });

      new Label(c, SWT.NONE).setText(Messages.NewModel_Name);
      name = new Text(c, SWT.BORDER);
      GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(name);

      new Label(c, SWT.NONE).setText(Messages.NewModel_Organization);
      organization = new Text(c, SWT.BORDER);
      GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(organization);

      new Label(c, SWT.NONE).setText(Messages.NewModel_File);
      location = new Text(c, SWT.BORDER);
      location.setText(dev.wedge.ui.application.GeneralPreferences.modelsFolder().resolve("new-model.wedge").toString());
      GridDataFactory.fillDefaults().grab(true, false).applyTo(location);
      Button browse = new Button(c, SWT.PUSH);
      browse.setText(Messages.NewModel_Browse);
      browse.addListener(SWT.Selection, e -> {
        FileDialog d = new FileDialog(getShell(), SWT.SAVE);
        d.setFilterExtensions(new String[] {"*.wedge"});
        d.setFileName(file().getFileName().toString());
        d.setFilterPath(file().getParent().toString());
        String chosen = d.open();
        if (chosen != null) {
          location.setText(chosen);
        }
      });
      name.addModifyListener(e -> validate());
      location.addModifyListener(e -> validate());
      setControl(c);
      validate();
    }

    private void validate() {
      String error = null;
      if (name.getText().isBlank()) {
        error = Messages.NewModel_NoName;
      } else if (location.getText().isBlank()) {
        error = Messages.NewModel_NoFile;
      } else if (Files.exists(file())) {
        error = MessageFormat.format(Messages.NewModel_Exists, file());
      }
      setErrorMessage(name.getText().isBlank() ? null : error);
      setMessage(name.getText().isBlank() ? Messages.NewModel_NoName : null);
      setPageComplete(error == null);
    }
  }
}
