package dev.wedge.report.ui;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
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
  private BriefPreview previewPane;
  Button pdf;
  Button html;
  Button a4;
  Button letter;
  ComboViewer language;
  ComboViewer pilots;
  Button names;
  Button personal;
  Button fullAppendix;
  Text organization;
  Text color;
  Text logo;
  Text out;
  Label pageLabel;
  boolean previewed;

  BriefPage(ModelSession session) {
    super("brief");
    this.session = session;
    setTitle(Messages.Brief_Title);
    setDescription(Messages.Brief_Description);
  }

  @Override
  public void createControl(Composite parent) {
    SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
    Composite left = new Composite(sash, SWT.NONE);
    GridLayoutFactory.swtDefaults().applyTo(left);
    Group f = group(left, Messages.Brief_Format, 2);
    pdf = new Button(f, SWT.RADIO);
    pdf.setText(Messages.Brief_Pdf);
    pdf.setSelection(true);
    html = new Button(f, SWT.RADIO);
    html.setText(Messages.Brief_Html);
    Group paper = group(left, Messages.Brief_Paper, 2);
    a4 = new Button(paper, SWT.RADIO);
    a4.setText(Messages.Brief_A4);
    letter = new Button(paper, SWT.RADIO);
    letter.setText(Messages.Brief_Letter);
    boolean keptLetter = BriefDefaults.letter();
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
    language.setSelection(new StructuredSelection(BriefDefaults.language()));
    Group p = group(left, Messages.Brief_Pilots, 1);
    pilots = new ComboViewer(p, SWT.READ_ONLY);
    pilots.setContentProvider(ArrayContentProvider.getInstance());
    pilots.setLabelProvider(new LabelProvider() {
      @Override
      public String getText(Object e) {
        return e instanceof Pilot x ? x.getName() : Messages.Brief_AllPilots;
      }
    });
    List<Object> choices = new ArrayList<>();
    choices.add("all");
    choices.addAll(session.getModel().getPilots());
    pilots.setInput(choices);
    pilots.setSelection(new StructuredSelection("all"));
    GridDataFactory.fillDefaults().grab(true, false).applyTo(pilots.getControl());
    fullAppendix = new Button(p, SWT.CHECK);
    fullAppendix.setText(Messages.Brief_FullAppendix);
    fullAppendix.setSelection(BriefDefaults.fullAppendix());
    Group people = group(left, Messages.Brief_People, 1);
    names = new Button(people, SWT.CHECK);
    names.setText(Messages.Brief_Names);
    personal = new Button(people, SWT.CHECK);
    personal.setText(Messages.Brief_Personal);
    personal.setToolTipText(Messages.Brief_PersonalTip);
    Group brand = group(left, Messages.Brief_Branding, 3);
    organization = field(brand, Messages.Brief_Organization, session.getModel().getOrganization());
    new Label(brand, SWT.NONE);
    color = field(brand, Messages.Brief_Colour, BriefDefaults.color());
    Button pick = new Button(brand, SWT.PUSH);
    pick.setText(Messages.Brief_Choose);
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
    logo = field(brand, Messages.Brief_Logo, BriefDefaults.logo());
    logo.setMessage(Messages.Brief_LogoHint);
    Button browseLogo = new Button(brand, SWT.PUSH);
    browseLogo.setText(Messages.Brief_Browse);
    browseLogo.addListener(SWT.Selection, e -> {
      FileDialog d = new FileDialog(getShell(), SWT.OPEN);
      d.setFilterExtensions(new String[] {"*.png;*.jpg;*.jpeg"});
      String chosen = d.open();
      if (chosen != null) {
        logo.setText(chosen);
      }
    });
    Group save = group(left, Messages.Brief_SaveTo, 2);
    out = new Text(save, SWT.BORDER);
    GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(out);
    out.setText(defaultTarget("pdf").toString());
    Button browseOut = new Button(save, SWT.PUSH);
    browseOut.setText(Messages.Brief_Browse);
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
    show.setText(Messages.Brief_Preview);
    GridDataFactory.swtDefaults().applyTo(show);
    show.addListener(SWT.Selection, e -> preview());

    previewPane = new BriefPreview(sash);
    pageLabel = previewPane.pageLabel;
    sash.setWeights(48, 52);

    for (Button b : new Button[] {a4, letter, names, personal, fullAppendix}) {
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
            (String) language.getStructuredSelection().getFirstElement())).withAppendix(fullAppendix.getSelection()
                ? BriefOptions.Appendix.FULL : BriefOptions.Appendix.CONDENSED);
  }

  void validate() {
    String problem = BriefChecks.problem(color.getText(), logo.getText(), out.getText(), session.getFile());
    setErrorMessage(problem);
    setMessage(problem == null && Files.exists(target()) ? NLS.bind(Messages.Brief_Replaced, target().getFileName())
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
          monitor.setTaskName(Messages.Brief_Rendering);
          rendered.addAll(BriefPreview.render(bytes, monitor));
        } catch (IOException e) {
          throw new InvocationTargetException(e);
        } catch (OperationCanceledException e) {
          throw new InterruptedException();
        }
      });
    } catch (InvocationTargetException e) {
      setErrorMessage(NLS.bind(Messages.Brief_PreviewFailed, e.getCause().getMessage()));
      return false;
    } catch (InterruptedException e) {
      setMessage(Messages.Brief_PreviewCancelled, INFORMATION);
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
