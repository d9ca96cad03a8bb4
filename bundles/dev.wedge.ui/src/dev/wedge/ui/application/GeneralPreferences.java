package dev.wedge.ui.application;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import dev.wedge.core.session.NewModelDefaults;

/** Window › Preferences › General, as the rest of the workbench reads it. */
public final class GeneralPreferences {

  public static final String NODE = "dev.wedge.ui";
  public static final String CURRENCY = "newModel.currency";
  public static final String TIME_ZONE = "newModel.timeZone";
  public static final String MODELS_FOLDER = "models.folder";

  private static ScopedPreferenceStore store;

  private GeneralPreferences() {
  }

  /** The store the General page edits (this workspace's settings). */
  public static synchronized IPreferenceStore store() {
    if (store == null) {
      store = new ScopedPreferenceStore(InstanceScope.INSTANCE, NODE);
      store.setDefault(CURRENCY, "");
      store.setDefault(TIME_ZONE, "");
      store.setDefault(MODELS_FOLDER, ""); // ~/Wedge
    }
    return store;
  }

  /** ~/Wedge, where the example is copied too. */
  public static Path defaultModelsFolder() {
    return Path.of(System.getProperty("user.home"), "Wedge");
  }

  /** The currency and time zone new models start with. */
  public static NewModelDefaults newModelDefaults() {
    return new NewModelDefaults(store().getString(CURRENCY), store().getString(TIME_ZONE));
  }

  /** The folder File › New Model and Open Model start in (the home folder while it does not exist). */
  public static Path modelsFolder() {
    String set = store().getString(MODELS_FOLDER);
    Path folder = set.isBlank() ? defaultModelsFolder() : Path.of(set);
    return Files.isDirectory(folder) ? folder : Path.of(System.getProperty("user.home"));
  }
}
