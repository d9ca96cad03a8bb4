package dev.wedge.report.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.ColorDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

import dev.wedge.core.session.ModelSession;
import dev.wedge.model.Pilot;
import dev.wedge.report.BriefOptions;
import dev.wedge.report.Briefs;
import dev.wedge.report.figures.Colors;

/**
 * The executive brief of one model: format, which pilots, whether people are named, branding, where to save; a
 * preview of the PDF pages (rendered by PDFBox, so it works offline and without a browser); writing runs with a
 * progress bar and can be cancelled.
 */
public class BriefWizard extends Wizard {

  static final String COLOR = "color";
  static final String LOGO = "logo";
  static final String PAPER = "paper";

  private final ModelSession session;
  final BriefPage page = new BriefPage();
  private Path written;

  public BriefWizard(ModelSession session) {
    this.session = session;
    setWindowTitle("Executive Brief");
    setNeedsProgressMonitor(true);
    setDialogSettings(PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(BriefWizard.class))
        .getDialogSettings());
  }

  @Override
  public void addPages() {
    addPage(page);
  }

  /** The file written on Finish, or null. */
  public Path written() {
    return written;
  }

  @Override
  public boolean performFinish() {
    BriefOptions options = page.options();
    String format = page.format();
    Path target = page.target();
    try {
      getContainer().run(true, true, monitor -> {
        try {
          Briefs.write(session.getModel(), options, format, target, monitor);
        } catch (IOException e) {
          throw new InvocationTargetException(e);
        } catch (OperationCanceledException e) {
          throw new InterruptedException();
        }
      });
    } catch (InvocationTargetException e) {
      page.setErrorMessage("The brief could not be written to " + target + ": " + e.getCause().getMessage());
      return false;
    } catch (InterruptedException e) {
      page.setErrorMessage("Cancelled: nothing was written.");
      return false;
    }
    written = target;
    // the house style is kept for the next brief; who is named is asked afresh every time
    getDialogSettings().put(COLOR, page.color.getText().trim());
    getDialogSettings().put(LOGO, page.logo.getText().trim());
    getDialogSettings().put(PAPER, page.letter.getSelection() ? "letter" : "a4");
    return true;
  }

  @Override
  public void dispose() {
    page.disposeImages();
    super.dispose();
  }

  /** The single page: options on the left, preview on the right. */
  final class BriefPage extends WizardPage {
    Button pdf;
    Button html;
    Button a4;
    Button letter;
    ComboViewer pilots;
    Button names;
    Button personal;
    Text organization;
    Text color;
    Text logo;
    Text out;
    Canvas preview;
    Label pageLabel;
    final List<Image> pages = new ArrayList<>();
    int shown;
    boolean previewed;

    BriefPage() {
      super("brief");
      setTitle("Executive brief");
      setDescription("The report a CFO reads: headlines, the map, the metrics, the portfolio, governance, the next"
          + " step.");
    }

    @Override
    public void createControl(Composite parent) {
      SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
      Composite left = new Composite(sash, SWT.NONE);
      GridLayoutFactory.swtDefaults().applyTo(left);
      Group f = group(left, "Format", 2);
      pdf = new Button(f, SWT.RADIO);
      pdf.setText("PDF (to print or send)");
      pdf.setSelection(true);
      html = new Button(f, SWT.RADIO);
      html.setText("HTML (one self-contained file)");
      Group paper = group(left, "Paper", 2);
      a4 = new Button(paper, SWT.RADIO);
      a4.setText("A4");
      letter = new Button(paper, SWT.RADIO);
      letter.setText("Letter");
      boolean keptLetter = "letter".equals(getDialogSettings().get(PAPER));
      a4.setSelection(!keptLetter);
      letter.setSelection(keptLetter);
      Group p = group(left, "Pilots", 1);
      pilots = new ComboViewer(p, SWT.READ_ONLY);
      pilots.setContentProvider(ArrayContentProvider.getInstance());
      pilots.setLabelProvider(new LabelProvider() {
        @Override
        public String getText(Object e) {
          return e instanceof Pilot x ? x.getName() : "All pilots, and the whole portfolio";
        }
      });
      List<Object> choices = new ArrayList<>();
      choices.add("all");
      choices.addAll(session.getModel().getPilots());
      pilots.setInput(choices);
      pilots.setSelection(new StructuredSelection("all"));
      GridDataFactory.fillDefaults().grab(true, false).applyTo(pilots.getControl());
      Group people = group(left, "People and learner data", 1);
      names = new Button(people, SWT.CHECK);
      names.setText("Name people (otherwise their role)");
      personal = new Button(people, SWT.CHECK);
      personal.setText("Individual learner results (otherwise averages)");
      personal.setToolTipText("Otherwise learner data appears only as cohort averages");
      Group brand = group(left, "Branding", 3);
      organization = field(brand, "Organization:", session.getModel().getOrganization());
      new Label(brand, SWT.NONE);
      String keptColor = getDialogSettings().get(COLOR);
      color = field(brand, "Colour:", keptColor == null || keptColor.isEmpty() ? BriefOptions.DEFAULT_ACCENT : keptColor);
      Button pick = new Button(brand, SWT.PUSH);
      pick.setText("Choose\u2026");
      pick.addListener(SWT.Selection, e -> {
        ColorDialog d = new ColorDialog(getShell());
        int[] c = Colors.parse(color.getText());
        if (c != null) {
          d.setRGB(new RGB(c[0], c[1], c[2]));
        }
        RGB rgb = d.open();
        if (rgb != null) {
          color.setText(String.format(Locale.ROOT, "#%02x%02x%02x", rgb.red, rgb.green, rgb.blue));
        }
      });
      String keptLogo = getDialogSettings().get(LOGO);
      logo = field(brand, "Logo:", keptLogo != null && !keptLogo.isEmpty() && Files.isRegularFile(Path.of(keptLogo))
          ? keptLogo : "");
      logo.setMessage("PNG or JPEG (optional)");
      Button browseLogo = new Button(brand, SWT.PUSH);
      browseLogo.setText("Browse\u2026");
      browseLogo.addListener(SWT.Selection, e -> {
        FileDialog d = new FileDialog(getShell(), SWT.OPEN);
        d.setFilterExtensions(new String[] {"*.png;*.jpg;*.jpeg"});
        String chosen = d.open();
        if (chosen != null) {
          logo.setText(chosen);
        }
      });
      Group save = group(left, "Save to", 2);
      out = new Text(save, SWT.BORDER);
      GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(out);
      out.setText(defaultTarget("pdf").toString());
      Button browseOut = new Button(save, SWT.PUSH);
      browseOut.setText("Browse\u2026");
      browseOut.addListener(SWT.Selection, e -> {
        FileDialog d = new FileDialog(getShell(), SWT.SAVE);
        d.setFilterExtensions(new String[] {"*." + format()});
        d.setFileName(Path.of(out.getText()).getFileName().toString());
        d.setOverwrite(true);
        String chosen = d.open();
        if (chosen != null) {
          out.setText(chosen);
        }
      });
      Button show = new Button(left, SWT.PUSH);
      show.setText("Preview");
      GridDataFactory.swtDefaults().applyTo(show);
      show.addListener(SWT.Selection, e -> preview());

      Composite right = new Composite(sash, SWT.NONE);
      GridLayoutFactory.swtDefaults().numColumns(3).applyTo(right);
      Button prev = new Button(right, SWT.PUSH);
      prev.setText("\u25C0");
      pageLabel = new Label(right, SWT.CENTER);
      GridDataFactory.fillDefaults().grab(true, false).applyTo(pageLabel);
      pageLabel.setText("Preview: press Preview to see the pages");
      Button next = new Button(right, SWT.PUSH);
      next.setText("\u25B6");
      prev.addListener(SWT.Selection, e -> turn(-1));
      next.addListener(SWT.Selection, e -> turn(1));
      preview = new Canvas(right, SWT.BORDER | SWT.DOUBLE_BUFFERED);
      GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(preview);
      preview.addPaintListener(e -> paintPage(e.gc));
      sash.setWeights(48, 52);

      for (Button b : new Button[] {a4, letter, names, personal}) {
        b.addListener(SWT.Selection, e -> stale());
      }
      pilots.addSelectionChangedListener(e -> stale());
      pdf.addListener(SWT.Selection, e -> formatChanged());
      html.addListener(SWT.Selection, e -> formatChanged());
      for (Text t : new Text[] {organization, color, logo, out}) {
        t.addModifyListener(e -> {
          validate();
          if (t != out) {
            stale();
          }
        });
      }
      setControl(sash);
      validate();
    }

    private Group group(Composite parent, String title, int columns) {
      Group g = new Group(parent, SWT.NONE);
      g.setText(title);
      GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(g);
      GridDataFactory.fillDefaults().grab(true, false).applyTo(g);
      return g;
    }

    private Text field(Composite parent, String label, String value) {
      new Label(parent, SWT.NONE).setText(label);
      Text t = new Text(parent, SWT.BORDER);
      t.setText(value == null ? "" : value);
      GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).applyTo(t);
      return t;
    }

    private Path defaultTarget(String format) {
      String base = session.getFile().getFileName().toString().replaceFirst("\\.wedge$", "");
      return session.getFile().toAbsolutePath().resolveSibling(base + "-brief." + format);
    }

    String format() {
      return html.getSelection() ? "html" : "pdf";
    }

    private void formatChanged() {
      String text = out.getText();
      out.setText(text.replaceFirst("\\.(pdf|html)$", "") + "." + format());
    }

    Path target() {
      return Path.of(out.getText().trim());
    }

    BriefOptions options() {
      Object chosen = pilots.getStructuredSelection().getFirstElement();
      return new BriefOptions(chosen instanceof Pilot x ? x.getId() : null, names.getSelection(),
          personal.getSelection(), organization.getText().isBlank() ? null : organization.getText().trim(),
          color.getText().trim(), logo.getText().isBlank() ? null : Path.of(logo.getText().trim()), session.today(),
          letter.getSelection() ? BriefOptions.Paper.LETTER : BriefOptions.Paper.A4);
    }

    void validate() {
      String problem = null;
      if (Colors.parse(color.getText().trim()) == null) {
        problem = "Colour: write it as #1f3864.";
      } else if (!logo.getText().isBlank() && !(logo.getText().toLowerCase(Locale.ROOT).matches(".*\\.(png|jpe?g)")
          && Files.isRegularFile(Path.of(logo.getText().trim())))) {
        problem = "Logo: choose a PNG or JPEG file that exists.";
      } else if (out.getText().isBlank()) {
        problem = "Choose where to save the brief.";
      } else if (target().toAbsolutePath().equals(session.getFile().toAbsolutePath())) {
        problem = "The brief would overwrite the model: choose another file.";
      }
      setErrorMessage(problem);
      setMessage(problem == null && Files.exists(target()) ? target().getFileName() + " exists and will be replaced."
          : null, WARNING);
      setPageComplete(problem == null);
    }

    /** Writes the PDF in memory (with progress, cancellable) and shows its pages. */
    boolean preview() {
      if (!isPageComplete()) {
        return false;
      }
      BriefOptions options = options();
      List<ImageData> rendered = new ArrayList<>();
      try {
        getContainer().run(true, true, monitor -> {
          try {
            byte[] bytes = Briefs.pdf(session.getModel(), options, monitor);
            monitor.setTaskName("Rendering the preview");
            try (PDDocument doc = Loader.loadPDF(bytes)) {
              PDFRenderer renderer = new PDFRenderer(doc);
              for (int i = 0; i < doc.getNumberOfPages(); i++) {
                if (monitor.isCanceled()) {
                  throw new InterruptedException();
                }
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(renderer.renderImageWithDPI(i, 90), "png", png);
                rendered.add(new ImageData(new ByteArrayInputStream(png.toByteArray())));
              }
            }
          } catch (IOException e) {
            throw new InvocationTargetException(e);
          } catch (OperationCanceledException e) {
            throw new InterruptedException();
          }
        });
      } catch (InvocationTargetException e) {
        setErrorMessage("The preview could not be made: " + e.getCause().getMessage());
        return false;
      } catch (InterruptedException e) {
        setMessage("Preview cancelled.", INFORMATION);
        return false;
      }
      disposeImages();
      for (ImageData d : rendered) {
        pages.add(new Image(getShell().getDisplay(), d));
      }
      shown = 0;
      turn(0);
      return true;
    }

    int pageCount() {
      return pages.size();
    }

    /** Width over height of the first page in the preview. */
    double pageAspect() {
      Rectangle r = pages.get(0).getBounds();
      return (double) r.width / r.height;
    }

    @Override
    public void setVisible(boolean visible) {
      super.setVisible(visible);
      if (visible && pages.isEmpty() && !previewed) {
        previewed = true;
        // the first preview comes by itself, once the dialog is on screen
        getShell().getDisplay().asyncExec(() -> {
          if (!getControl().isDisposed() && pages.isEmpty()) {
            preview();
          }
        });
      }
    }

    /** After a change of options the pages shown are those of before: say so. */
    private void stale() {
      if (!pages.isEmpty()) {
        pageLabel.setText("Page " + (shown + 1) + " of " + pages.size() + " \u2014 options changed: Preview again");
      }
    }

    private void turn(int delta) {
      if (pages.isEmpty()) {
        return;
      }
      shown = Math.max(0, Math.min(pages.size() - 1, shown + delta));
      pageLabel.setText("Page " + (shown + 1) + " of " + pages.size() + " (PDF)");
      preview.redraw();
    }

    private void paintPage(GC gc) {
      Rectangle area = preview.getClientArea();
      gc.setBackground(preview.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
      gc.fillRectangle(area);
      if (pages.isEmpty()) {
        return;
      }
      Image img = pages.get(shown);
      Rectangle b = img.getBounds();
      double scale = Math.min((area.width - 16) / (double) b.width, (area.height - 16) / (double) b.height);
      int w = (int) (b.width * scale);
      int h = (int) (b.height * scale);
      gc.setInterpolation(SWT.HIGH);
      gc.drawImage(img, 0, 0, b.width, b.height, (area.width - w) / 2, (area.height - h) / 2, w, h);
    }

    void disposeImages() {
      for (Image i : pages) {
        i.dispose();
      }
      pages.clear();
    }
  }
}
