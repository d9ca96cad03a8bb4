package dev.wedge.editor.strategy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.IExecutableExtensionFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;

import dev.wedge.core.persistence.TempFiles;
import dev.wedge.core.session.ModelSession;
import dev.wedge.report.Privacy;
import dev.wedge.report.exports.CsvFiles;
import dev.wedge.report.exports.MapSvg;
import dev.wedge.strategy.map.MapLayout;
import dev.wedge.ui.session.ActiveModel;
import dev.wedge.ui.wizards.FilePage;
import dev.wedge.ui.wizards.NoModelWizard;
import dev.wedge.ui.wizards.WizardJob;

/**
 * File › Export › Wedge › Strategy Map as PNG (twice the size, for slides, drawn as the editor draws it) or as SVG
 * (written from the map's layout: shapes and text, not a picture). People appear by their role, as in the executive
 * brief, unless the box is ticked. The file is written by a job, whole or not at all.
 */
public final class MapExportWizard extends Wizard implements IExportWizard {

  /** Makes the wizard for the model in focus ({@code class="...MapExportWizard$Factory:svg"}). */
  public static final class Factory implements IExecutableExtensionFactory, IExecutableExtension {
    private boolean svg;
    private String name;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
      svg = "svg".equals(data);
      name = config.getAttribute("name");
    }

    @Override
    public Object create() {
      ModelSession s = ActiveModel.get();
      return s == null ? new NoModelWizard(name) : new MapExportWizard(s, svg);
    }
  }

  private final ModelSession session;
  private final boolean svg;
  private FilePage page;
  private Button names;
  private WizardJob job;

  public MapExportWizard(ModelSession session, boolean svg) {
    this.session = session;
    this.svg = svg;
    setWindowTitle(svg ? Messages.MapExport_SvgTitle : Messages.MapExport_PngTitle);
  }

  @Override
  public void init(IWorkbench workbench, IStructuredSelection selection) {
    // the map of the model in focus, given at construction
  }

  @Override
  public void addPages() {
    page = new FilePage("map", getWindowTitle(), svg ? Messages.MapExport_SvgText : Messages.MapExport_PngText,
        session, true, session.getName() + "-strategy-map." + (svg ? "svg" : "png"), svg ? "*.svg" : "*.png")
        .extra(c -> {
          names = new Button(c, SWT.CHECK);
          names.setText(Messages.MapExport_Names);
        });
    addPage(page);
  }

  /** The page (tests). */
  public FilePage page() {
    return page;
  }

  /** The job started by Finish, or null. */
  public WizardJob job() {
    return job;
  }

  @Override
  public boolean performFinish() {
    Path target = page.file();
    boolean byName = names.getSelection();
    job = new WizardJob(getWindowTitle(), monitor -> {
      String people = byName ? Messages.MapExport_ByName : Messages.MapExport_ByRole;
      if (svg) {
        String[] text = new String[1];
        WizardJob.inUi(() -> text[0] = MapSvg.of(session.getModel(), byName));
        CsvFiles.write(target, text[0]);
        return NLS.bind(Messages.MapExport_Wrote, target, people);
      }
      ImageData[] data = new ImageData[1];
      WizardJob.inUi(() -> data[0] = png(byName));
      Path tmp = TempFiles.beside(target, ".tmp");
      try {
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {data[0]};
        loader.save(tmp.toString(), SWT.IMAGE_PNG);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
      return NLS.bind(Messages.MapExport_WrotePng, new Object[] {target, data[0].width, data[0].height, people});
    });
    job.schedule();
    return true;
  }

  /** The whole map at twice its size, drawn by the editor's painter in the UI thread. */
  private ImageData png(boolean byName) {
    Display display = Display.getCurrent();
    LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());
    try {
      FontDescriptor base = JFaceResources.getDefaultFontDescriptor();
      MapPainter painter = new MapPainter(resources.create(base), resources.create(base.setStyle(SWT.BOLD)),
          resources.create(base.increaseHeight(-1)));
      java.util.function.UnaryOperator<String> text = byName ? java.util.function.UnaryOperator.identity()
          : new Privacy(session.getModel(), false)::text;
      Image img = MapImage.of(display, painter, MapLayout.layout(session.getModel(), MapLayout.FIXED), 2, text);
      try {
        return img.getImageData();
      } finally {
        img.dispose();
      }
    } finally {
      resources.dispose();
    }
  }
}
