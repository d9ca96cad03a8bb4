package dev.wedge.team.git;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jgit.util.SystemReader;

/**
 * SSH for {@code ssh://} and {@code user@host:path} remotes: JGit runs the program {@code GIT_SSH} names, as Git
 * does; when it is not set, Wedge names OpenSSH's {@code ssh} from the PATH, so keys, the agent, {@code ~/.ssh/config}
 * and known hosts are those the user's own Git uses. No password of an SSH key is kept by Wedge.
 */
public final class Ssh {

  private static volatile String program;

  private Ssh() {
  }

  /** Makes SSH remotes use {@code ssh} (or {@code GIT_SSH} when set); returns the program, or null if none. */
  public static synchronized String prepare() {
    if (program == null) {
      String set = System.getenv("GIT_SSH");
      use(set != null ? set : onPath("ssh"));
    }
    return program;
  }

  /** Makes SSH remotes run {@code ssh}, a program taking OpenSSH's arguments (for a test: one that runs locally). */
  public static synchronized void use(String ssh) {
    program = ssh;
    SystemReader current = SystemReader.getInstance();
    if (ssh != null && !(current instanceof GitSsh)) {
      SystemReader.setInstance(new GitSsh(current));
    }
  }

  /** The system as JGit reads it, with {@code GIT_SSH} set to {@link #program}. */
  private static final class GitSsh extends SystemReader.Delegate {
    GitSsh(SystemReader d) {
      super(d);
    }

    @Override
    public String getenv(String variable) {
      return "GIT_SSH".equals(variable) && program != null ? program : super.getenv(variable);
    }
  }

  private static String onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path p = Path.of(dir, name);
      if (Files.isExecutable(p)) {
        return p.toString();
      }
    }
    return null;
  }
}
