package dev.wedge.report.ui;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.ColorDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import dev.wedge.core.session.ModelSession;
import dev.wedge.model.Pilot;
import dev.wedge.report.BriefChecks;
import dev.wedge.report.BriefOptions;
import dev.wedge.report.BriefText;
import dev.wedge.report.Briefs;
import dev.wedge.report.figures.Colors;

/** The brief wizard's single page: options on the left, the preview of the PDF's pages on the right. */
final class BriefPage extends WizardPage {
  private final ModelSession session;
  private final Supplier<IDialogSettings> settings;
  private BriefPreview previewPane;
  Button pdf;
  Button html;
  Button a4;
  Button letter;
  ComboViewer language;
  ComboViewer pilots;
  Button names;
  Button personal;
  Text organization;
  Text color;
  Text logo;
  Text out;
  Label pageLabel;
  boolean previewed;

  BriefPage(ModelSession session, Supplier<IDialogSettings> settings) {
    super("brief");
    this.session = session;
    this.settings = settings;
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
    boolean keptLetter = "letter".equals(settings.get().get(BriefWizard.PAPER));
    a4.setSelection(!keptLetter);
    letter.setSelection(keptLetter);
    Group l = group(left, Messages.BriefPage_Language, 1);
    language = new ComboViewer(l, SWT.READ_ONLY);
    language.setContentProvider(ArrayContentProvider.getInstance());
    language.setLabelProvider(new LabelProvider() {
      @Override
      public String getText(Object e) {
        java.util.Locale locale = BriefText.language((String) e);
        return locale.getDisplayLanguage(locale); // each language in its own words: English, Deutsch
      }
    });
    language.setInput(BriefText.LANGUAGES);
    String keptLanguage = settings.get().get(BriefWizard.LANGUAGE);
    language.setSelection(new StructuredSelection(keptLanguage != null && BriefText.LANGUAGES.contains(keptLanguage)
        ? keptLanguage : BriefText.LANGUAGES.get(0)));
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
    String keptColor = settings.get().get(BriefWizard.COLOR);
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
    String keptLogo = settings.get().get(BriefWizard.LOGO);
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

    previewPane = new BriefPreview(sash);
    pageLabel = previewPane.pageLabel;
    sash.setWeights(48, 52);

    for (Button b : new Button[] {a4, letter, names, personal}) {
      b.addListener(SWT.Selection, e -> stale());
    }
    pilots.addSelectionChangedListener(e -> stale());
    language.addSelectionChangedListener(e -> stale());
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
    return BriefChecks.defaultTarget(session.getFile(), format);
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
        letter.getSelection() ? BriefOptions.Paper.LETTER : BriefOptions.Paper.A4).withLanguage(BriefText.language(
            (String) language.getStructuredSelection().getFirstElement()));
  }

  void validate() {
    String problem = BriefChecks.problem(color.getText(), logo.getText(), out.getText(), session.getFile());
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
          rendered.addAll(BriefPreview.render(bytes, monitor));
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
    previewPane.show(rendered);
    return true;
  }

  int pageCount() {
    return previewPane.pageCount();
  }

  /** Width over height of the first page in the preview. */
  double pageAspect() {
    return previewPane.pageAspect();
  }

  @Override
  public void setVisible(boolean visible) {
    super.setVisible(visible);
    if (visible && previewPane.isEmpty() && !previewed) {
      previewed = true;
      // the first preview comes by itself, once the dialog is on screen
      getShell().getDisplay().asyncExec(() -> {
        if (!getControl().isDisposed() && previewPane.isEmpty()) {
          preview();
        }
      });
    }
  }

  private void stale() {
    previewPane.stale();
  }

  void disposeImages() {
    if (previewPane != null) {
      previewPane.dispose();
    }
  }
}
