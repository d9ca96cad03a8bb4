package dev.wedge.ui.session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.preference.IPreferenceStore;

import dev.wedge.ui.WedgeUi;

/** The most recently opened model files (File › Open Recent), newest first. */
public final class RecentModels {

  private static final String KEY = "recentModels";
  private static final int MAX = 8;

  private RecentModels() {
  }

  public static List<Path> list() {
    List<Path> out = new ArrayList<>();
    if (WedgeUi.getDefault() == null) {
      return out;
    }
    String value = store().getString(KEY);
    for (String s : value.split("\n")) {
      if (!s.isBlank() && Files.exists(Path.of(s))) {
        out.add(Path.of(s));
      }
    }
    return out;
  }

  public static void add(Path file) {
    if (WedgeUi.getDefault() == null) {
      return;
    }
    List<Path> list = list();
    Path p = file.toAbsolutePath().normalize();
    list.remove(p);
    list.add(0, p);
    while (list.size() > MAX) {
      list.remove(list.size() - 1);
    }
    store().setValue(KEY, String.join("\n", list.stream().map(Path::toString).toList()));
  }

  private static IPreferenceStore store() {
    return WedgeUi.getDefault().getPreferenceStore();
  }
}
