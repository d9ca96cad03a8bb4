package dev.wedge.report.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPersistentPreferenceStore;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import dev.wedge.report.BriefOptions;
import dev.wedge.report.BriefText;
import dev.wedge.report.figures.Colors;

/**
 * The executive brief's defaults, kept in Wedge's preferences (Window › Preferences › Executive Brief): the paper, the
 * language, the house colour and logo, and whether the appendix lists everything. The brief wizard starts from them,
 * and Finish keeps what was chosen as the defaults of the next brief. Who is named and which pilots are asked afresh
 * every time.
 */
final class BriefDefaults {

  static final String NODE = "dev.wedge.report.ui";
  static final String PAPER = "brief.paper";
  static final String LANGUAGE = "brief.language";
  static final String COLOR = "brief.color";
  static final String LOGO = "brief.logo";
  static final String APPENDIX = "brief.appendix";

  private static IPersistentPreferenceStore store;

  private BriefDefaults() {
  }

  /** The store, with its defaults: A4, English, Wedge's blue, no logo, a condensed appendix. */
  static synchronized IPersistentPreferenceStore store() {
    if (store == null) {
      store = new ScopedPreferenceStore(InstanceScope.INSTANCE, NODE);
      store.setDefault(PAPER, BriefOptions.Paper.A4.name());
      store.setDefault(LANGUAGE, BriefText.LANGUAGES.get(0));
      store.setDefault(COLOR, BriefOptions.DEFAULT_ACCENT);
      store.setDefault(LOGO, "");
      store.setDefault(APPENDIX, BriefOptions.Appendix.CONDENSED.name());
    }
    return store;
  }

  static boolean letter() {
    return BriefOptions.Paper.LETTER.name().equals(store().getString(PAPER));
  }

  static String language() {
    String l = store().getString(LANGUAGE);
    return BriefText.LANGUAGES.contains(l) ? l : BriefText.LANGUAGES.get(0);
  }

  static String color() {
    String c = store().getString(COLOR).trim();
    return Colors.parse(c) == null ? BriefOptions.DEFAULT_ACCENT : c;
  }

  /** The logo file, or "" when none is set or the file is gone. */
  static String logo() {
    String l = store().getString(LOGO).trim();
    return !l.isEmpty() && Files.isRegularFile(Path.of(l)) ? l : "";
  }

  static boolean fullAppendix() {
    return BriefOptions.Appendix.FULL.name().equals(store().getString(APPENDIX));
  }

  /** Keeps what the wizard wrote the brief with as the defaults of the next one. */
  static void keep(BriefOptions o) throws java.io.IOException {
    IPreferenceStore s = store();
    s.setValue(PAPER, o.paper().name());
    s.setValue(LANGUAGE, o.language().getLanguage().toLowerCase(Locale.ROOT));
    s.setValue(COLOR, o.accent());
    s.setValue(LOGO, o.logo() == null ? "" : o.logo().toString());
    s.setValue(APPENDIX, o.appendix().name());
    store().save();
  }
}
