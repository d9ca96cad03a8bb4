package dev.wedge.report.ui;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.IExecutableExtensionFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;

import dev.wedge.core.session.ModelSession;
import dev.wedge.evidence.imports.RosterImport;
import dev.wedge.report.ui.ExportCsvWizard.Table;
import dev.wedge.ui.session.ActiveModel;
import dev.wedge.ui.wizards.NoModelWizard;

/**
 * Makes this bundle's File › Import and File › Export wizards for the model in focus, as {@code plugin.xml} names
 * them ({@code class="dev.wedge.report.ui.WedgeWizards:brief"}); with no model open, a wizard that says to open one.
 */
public final class WedgeWizards implements IExecutableExtensionFactory, IExecutableExtension {

  private String which = "";
  private String name = "";

  @Override
  public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
    which = data instanceof String s ? s : "";
    name = config.getAttribute("name");
  }

  @Override
  public Object create() throws CoreException {
    ModelSession session = ActiveModel.get();
    if (session == null) {
      return new NoModelWizard(name);
    }
    return switch (which) {
      case "brief" -> new BriefExportWizard(session);
      case "measurements" -> new ExportCsvWizard(session, Table.MEASUREMENTS);
      case "findings" -> new ExportCsvWizard(session, Table.FINDINGS);
      case "initiatives" -> new RosterImportWizard(session, RosterImport.Kind.INITIATIVES);
      case "stakeholders" -> new RosterImportWizard(session, RosterImport.Kind.STAKEHOLDERS);
      default -> throw new IllegalArgumentException("no wizard '" + which + "' in dev.wedge.report.ui");
    };
  }

  /** The executive brief wizard, listed in File › Export as well. */
  static final class BriefExportWizard extends BriefWizard implements IExportWizard {
    BriefExportWizard(ModelSession session) {
      super(session);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
      // the brief is of the model in focus, given at construction
    }
  }
}
