package dev.wedge.report.ui;

import java.util.Locale;

import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.FileFieldEditor;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import dev.wedge.report.BriefOptions;
import dev.wedge.report.BriefText;
import dev.wedge.report.figures.Colors;

/**
 * Window › Preferences › Executive Brief: the defaults the brief wizard starts from (paper, language, house colour
 * and logo, the appendix). The wizard keeps what it last wrote a brief with here, so this page also shows the house
 * style in use.
 */
public final class BriefPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

  public BriefPreferencePage() {
    super(GRID);
  }

  @Override
  public void init(IWorkbench workbench) {
    setPreferenceStore(BriefDefaults.store());
    setDescription(Messages.BriefPreferences_Description);
  }

  @Override
  protected void createFieldEditors() {
    addField(new RadioGroupFieldEditor(BriefDefaults.PAPER, Messages.Brief_Paper, 2, new String[][] {
        {Messages.Brief_A4, BriefOptions.Paper.A4.name()}, {Messages.Brief_Letter, BriefOptions.Paper.LETTER.name()}},
        getFieldEditorParent(), true));
    String[][] languages = new String[BriefText.LANGUAGES.size()][];
    for (int i = 0; i < languages.length; i++) {
      String tag = BriefText.LANGUAGES.get(i);
      Locale l = BriefText.language(tag);
      languages[i] = new String[] {l.getDisplayLanguage(l), tag}; // each language in its own words
    }
    addField(new ComboFieldEditor(BriefDefaults.LANGUAGE, Messages.BriefPage_Language, languages,
        getFieldEditorParent()));
    StringFieldEditor color = new StringFieldEditor(BriefDefaults.COLOR, Messages.Brief_Colour,
        getFieldEditorParent()) {
      @Override
      protected boolean doCheckState() {
        return Colors.parse(getStringValue().trim()) != null;
      }
    };
    color.setErrorMessage(Messages.BriefPreferences_BadColour);
    color.setEmptyStringAllowed(false);
    addField(color);
    FileFieldEditor logo = new FileFieldEditor(BriefDefaults.LOGO, Messages.Brief_Logo, true,
        StringFieldEditor.VALIDATE_ON_KEY_STROKE, getFieldEditorParent());
    logo.setFileExtensions(new String[] {"*.png;*.jpg;*.jpeg"});
    logo.setEmptyStringAllowed(true);
    addField(logo);
    addField(new RadioGroupFieldEditor(BriefDefaults.APPENDIX, Messages.BriefPreferences_Appendix, 1,
        new String[][] {{Messages.BriefPreferences_Condensed, BriefOptions.Appendix.CONDENSED.name()},
            {Messages.BriefPreferences_Full, BriefOptions.Appendix.FULL.name()}}, getFieldEditorParent(), true));
  }
}
