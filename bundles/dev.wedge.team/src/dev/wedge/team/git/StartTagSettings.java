package dev.wedge.team.git;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IPreferencesService;
import org.eclipse.jgit.lib.Repository;

/**
 * Whether pilots' start tags are signed, and with which key: Wedge's preferences (Window › Preferences › Team, kept
 * for the workbench and the command line alike), else Git's {@code user.signingKey} when it names a key file.
 */
public final class StartTagSettings {

  /** The preference node. */
  public static final String NODE = "dev.wedge.team";
  /** Sign every start tag (true/false). */
  public static final String SIGN = "signStartTags";
  /** The file of the secret key that signs. */
  public static final String KEY = "signingKeyFile";

  private StartTagSettings() {
  }

  /** True when the preference asks for signed start tags. */
  public static boolean signByDefault() {
    IPreferencesService p = Platform.getPreferencesService();
    return p != null && p.getBoolean(NODE, SIGN, false, null);
  }

  /** The key file: the preference's, else {@code user.signingKey} of {@code repo} when that is a file; or null. */
  public static Path keyFile(Repository repo) {
    IPreferencesService p = Platform.getPreferencesService();
    String set = p == null ? null : p.getString(NODE, KEY, null, null);
    if (set != null && !set.isBlank()) {
      return Path.of(set.strip());
    }
    String git = repo == null ? null : repo.getConfig().getString("user", null, "signingKey");
    if (git != null && !git.isBlank()) {
      Path f = Path.of(git.strip().replaceFirst("^~", System.getProperty("user.home")));
      if (Files.isRegularFile(f)) {
        return f;
      }
    }
    return null;
  }
}
