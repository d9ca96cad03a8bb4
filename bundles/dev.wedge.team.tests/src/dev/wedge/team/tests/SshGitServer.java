package dev.wedge.team.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;

import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.config.keys.AuthorizedKeysAuthenticator;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;

/**
 * Git over SSH on the loopback interface: Apache MINA sshd lets in the holder of one key (an authorized_keys file)
 * and runs Git's own {@code git upload-pack} or {@code git receive-pack} on a repository under its root, as an SSH
 * host runs them. No password, no shell: only those two commands. Started and stopped by a test, its host key in the
 * test's folder.
 */
final class SshGitServer implements AutoCloseable {

  private final SshServer server;
  private final KeyPair hostKey;

  private SshGitServer(SshServer server, KeyPair hostKey) {
    this.server = server;
    this.hostKey = hostKey;
  }

  /** Serves the repositories under {@code root} to the keys in {@code authorizedKeys}; its host key in {@code dir}. */
  static SshGitServer start(Path root, Path authorizedKeys, Path dir) throws Exception {
    SshServer s = SshServer.setUpDefaultServer();
    s.setHost(InetAddress.getLoopbackAddress().getHostAddress());
    s.setPort(0);
    SimpleGeneratorHostKeyProvider keys = new SimpleGeneratorHostKeyProvider(dir.resolve("host_key"));
    s.setKeyPairProvider(keys);
    s.setPublickeyAuthenticator(new AuthorizedKeysAuthenticator(authorizedKeys));
    s.setPasswordAuthenticator(null);
    s.setKeyboardInteractiveAuthenticator(null);
    s.setCommandFactory((channel, command) -> new GitCommand(root, command));
    s.start();
    KeyPair host = keys.loadKeys(null).iterator().next();
    return new SshGitServer(s, host);
  }

  /** The address of {@code repository} as a remote names it: {@code ssh://git@127.0.0.1:PORT/NAME}. */
  String url(String repository) {
    return "ssh://git@" + server.getHost() + ":" + server.getPort() + "/" + repository;
  }

  /** The known_hosts line of this server, as {@code ssh} checks the host it connects to. */
  String knownHostsLine() {
    return "[" + server.getHost() + "]:" + server.getPort() + " " + PublicKeyEntry.toString(hostKey.getPublic());
  }

  @Override
  public void close() throws IOException {
    server.stop(true);
  }

  /** {@code git-upload-pack 'path'} or {@code git-receive-pack 'path'}, run by Git on the repository under root. */
  private static final class GitCommand implements Command {
    private final Path root;
    private final String command;
    private InputStream in;
    private OutputStream out;
    private OutputStream err;
    private ExitCallback exit;
    private Process process;

    GitCommand(Path root, String command) {
      this.root = root;
      this.command = command;
    }

    @Override
    public void setInputStream(InputStream in) {
      this.in = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
      this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
      this.err = err;
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
      this.exit = callback;
    }

    @Override
    public void start(ChannelSession channel, Environment env) throws IOException {
      String[] parts = command.strip().split(" ", 2);
      List<String> allowed = List.of("git-upload-pack", "git-receive-pack");
      if (parts.length != 2 || !allowed.contains(parts[0])) {
        err.write(("only " + allowed + " run here, not: " + command + "\n").getBytes(StandardCharsets.UTF_8));
        err.flush();
        exit.onExit(1, "refused");
        return;
      }
      String path = parts[1].replaceAll("^'|'$", "").replaceFirst("^/", "");
      Path repository = root.resolve(path).normalize();
      if (!repository.startsWith(root) || !Files.isDirectory(repository)) {
        err.write(("no repository " + path + "\n").getBytes(StandardCharsets.UTF_8));
        err.flush();
        exit.onExit(1, "no repository");
        return;
      }
      ProcessBuilder pb = new ProcessBuilder("git", parts[0].substring("git-".length()), repository.toString());
      pb.redirectError(ProcessBuilder.Redirect.DISCARD);
      process = pb.start();
      Thread toGit = new Thread(() -> pump(in, process.getOutputStream(), true), "ssh-git-in");
      Thread fromGit = new Thread(() -> {
        pump(process.getInputStream(), out, false);
        try {
          exit.onExit(process.waitFor());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          exit.onExit(1, "interrupted");
        }
      }, "ssh-git-out");
      toGit.setDaemon(true);
      fromGit.setDaemon(true);
      toGit.start();
      fromGit.start();
    }

    /** Copies {@code from} to {@code to} as it comes (the protocol is a conversation); closes {@code to} if told. */
    private static void pump(InputStream from, OutputStream to, boolean close) {
      byte[] buffer = new byte[8192];
      try {
        for (int n; (n = from.read(buffer)) != -1;) {
          to.write(buffer, 0, n);
          to.flush();
        }
        if (close) {
          to.close();
        }
      } catch (IOException e) {
        // the other end went away (the client closed the channel, or Git exited): the exit code says how it ended
        return;
      }
    }

    @Override
    public void destroy(ChannelSession channel) {
      if (process != null) {
        process.destroy();
      }
    }
  }
}
