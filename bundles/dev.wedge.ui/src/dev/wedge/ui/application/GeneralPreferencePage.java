package dev.wedge.ui.application;

import java.util.function.UnaryOperator;

import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import dev.wedge.core.session.NewModelDefaults;

/**
 * Window › Preferences › General: the currency and time zone new models start with, and the folder models are created
 * in and opened from. A wrong currency or time zone is refused with the sentence saying what to write.
 */
public class GeneralPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

  public GeneralPreferencePage() {
    super(GRID);
  }

  @Override
  public void init(IWorkbench workbench) {
    setPreferenceStore(GeneralPreferences.store());
    setDescription("What a new model starts with, and where models are kept. A model's own currency and time zone"
        + " are in its Properties.");
  }

  @Override
  protected void createFieldEditors() {
    Composite parent = getFieldEditorParent();
    addField(checked(GeneralPreferences.CURRENCY, "&Currency of new models (ISO 4217; empty: the template's):", parent,
        NewModelDefaults::currencyProblem));
    addField(checked(GeneralPreferences.TIME_ZONE, "&Time zone of new models (IANA; empty: this computer's):", parent,
        NewModelDefaults::timeZoneProblem));
    DirectoryFieldEditor folder = new DirectoryFieldEditor(GeneralPreferences.MODELS_FOLDER,
        "&Models are created in and opened from (empty: ~/Wedge):", parent);
    folder.setEmptyStringAllowed(true);
    addField(folder);
  }

  private static StringFieldEditor checked(String key, String label, Composite parent, UnaryOperator<String> problem) {
    StringFieldEditor f = new StringFieldEditor(key, label, 24, parent) {
      @Override
      protected boolean doCheckState() {
        String p = problem.apply(getStringValue());
        setErrorMessage(p);
        return p == null;
      }
    };
    f.setValidateStrategy(StringFieldEditor.VALIDATE_ON_KEY_STROKE);
    return f;
  }
}
