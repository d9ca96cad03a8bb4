package dev.wedge.team.ui;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.FileFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import dev.wedge.team.git.StartTagSettings;

/**
 * Window › Preferences › Team: whether a pilot's start tag ({@code pilot/<id>/start}) is signed with your OpenPGP
 * key, and the file of that key. Kept in Wedge's preferences, so {@code wedge start-pilot} signs as the workbench's
 * settings say (its {@code --sign} asks for it once).
 */
public final class StartTagPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

  public StartTagPreferencePage() {
    super(GRID);
  }

  @Override
  public void init(IWorkbench workbench) {
    setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, StartTagSettings.NODE));
    setDescription(Messages.StartTagPreferences_Description);
  }

  @Override
  protected void createFieldEditors() {
    addField(new BooleanFieldEditor(StartTagSettings.SIGN, Messages.StartTagPreferences_Sign,
        getFieldEditorParent()));
    FileFieldEditor key = new FileFieldEditor(StartTagSettings.KEY, Messages.StartTagPreferences_Key, true,
        FileFieldEditor.VALIDATE_ON_KEY_STROKE, getFieldEditorParent());
    key.setFileExtensions(new String[] {"*.asc;*.gpg;*.pgp", "*"});
    key.setEmptyStringAllowed(true);
    addField(key);
  }
}
