package dev.wedge.ui.application;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.osgi.util.NLS;

import dev.wedge.core.session.NewModelDefaults;
import dev.wedge.ui.Messages;

/**
 * Window › Preferences › General: the currency and time zone new models start with, and the folder models are created
 * in and opened from. A wrong currency or time zone is refused with the sentence saying what to write, in full under
 * the fields (the dialog's header cuts a long one) and for as long as the value is wrong, wherever the focus goes.
 * The language Wedge starts in (the system's, English or German) is kept in the product's configuration
 * ({@link LanguageSetting}) and applies from the next start.
 */
public class GeneralPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

  private List<StringFieldEditor> checkedFields;
  private Label problem;

  public GeneralPreferencePage() {
    super(GRID);
  }

  @Override
  public void init(IWorkbench workbench) {
    setPreferenceStore(GeneralPreferences.store());
    setDescription(Messages.General_Description);
    // the page shows the language the configuration sets (wedge -nl xx overrides it for one start)
    try {
      GeneralPreferences.store().setValue(LANGUAGE,
          LanguageSetting.configIni().isPresent() ? LanguageSetting.read(LanguageSetting.configIni().get()).orElse("")
              : "");
    } catch (IOException e) {
      setErrorMessage(NLS.bind(Messages.General_LanguageUnreadable, LanguageSetting.configIni().orElse(null),
          e.getMessage()));
    }
  }

  /** The page's field for the language (the configuration holds it: {@link LanguageSetting}). */
  static final String LANGUAGE = "language";

  @Override
  protected void createFieldEditors() {
    Composite parent = getFieldEditorParent();
    checkedFields = new ArrayList<>();
    addField(checked(GeneralPreferences.CURRENCY, Messages.General_Currency, parent,
        NewModelDefaults::currencyProblem));
    addField(checked(GeneralPreferences.TIME_ZONE, Messages.General_TimeZone, parent,
        NewModelDefaults::timeZoneProblem));
    DirectoryFieldEditor folder = new DirectoryFieldEditor(GeneralPreferences.MODELS_FOLDER,
        Messages.General_Folder, parent);
    folder.setEmptyStringAllowed(true);
    addField(folder);
    addField(new ComboFieldEditor(LANGUAGE, Messages.General_Language, new String[][] {
        {Messages.General_LanguageSystem, ""}, {Messages.General_LanguageEnglish, "en"},
        {Messages.General_LanguageGerman, "de"}}, parent));
    problem = new Label(parent, SWT.WRAP);
    problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
  }

  @Override
  protected void adjustGridLayout() {
    super.adjustGridLayout();
    GridData d = new GridData(SWT.FILL, SWT.TOP, true, false,
        ((GridLayout) getFieldEditorParent().getLayout()).numColumns, 1);
    d.widthHint = 300; // wraps to the page's width rather than widening it
    problem.setLayoutData(d);
  }

  /**
   * Shows {@code message}, or while a field is still wrong its sentence (a right field clears the page's message when
   * it is checked, which hid a wrong one's, leaving Apply greyed without a reason); in full under the fields.
   */
  @Override
  public void setErrorMessage(String message) {
    String shown = message != null ? message : firstProblem();
    super.setErrorMessage(shown);
    if (problem != null && !problem.isDisposed()) {
      problem.setText(shown == null ? "" : shown);
      problem.getParent().layout(true);
    }
  }

  private String firstProblem() {
    if (checkedFields == null) {
      return null;
    }
    for (StringFieldEditor f : checkedFields) {
      if (!f.isValid()) {
        return f.getErrorMessage();
      }
    }
    return null;
  }

  @Override
  public boolean performOk() {
    if (!super.performOk()) {
      return false;
    }
    Optional<Path> file = LanguageSetting.configIni();
    String language = GeneralPreferences.store().getString(LANGUAGE);
    try {
      String current = file.isPresent() ? LanguageSetting.read(file.get()).orElse("") : "";
      if (current.equals(language)) {
        return true;
      }
      if (file.isEmpty()) {
        setErrorMessage(Messages.General_LanguageNoConfiguration);
        return false;
      }
      LanguageSetting.write(file.get(), language);
      return true;
    } catch (IOException e) {
      setErrorMessage(NLS.bind(Messages.General_LanguageNotKept, file.orElseThrow(), e.getMessage()));
      return false;
    }
  }

  /** The sentence under the fields (tests). */
  public String problemText() {
    return problem == null ? null : problem.getText();
  }

  private StringFieldEditor checked(String key, String label, Composite parent, UnaryOperator<String> check) {
    StringFieldEditor f = new StringFieldEditor(key, label, 24, parent) {
      @Override
      protected boolean doCheckState() {
        String p = check.apply(getStringValue());
        setErrorMessage(p);
        return p == null;
      }
    };
    f.setValidateStrategy(StringFieldEditor.VALIDATE_ON_KEY_STROKE);
    checkedFields.add(f);
    return f;
  }
}
