package dev.wedge.team.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jgit.api.Git;

/**
 * Debian's {@code git daemon} serving a folder of bare repositories on the loopback interface, pushing allowed:
 * started by a test and stopped by it. Ready once the daemon says so on its log.
 */
final class GitServer implements AutoCloseable {

  private final Process process;
  private final int port;

  private GitServer(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** Serves the bare repositories under {@code base}; a bare repository {@code name} is created there. */
  static GitServer start(Path base, String name) throws Exception {
    Git.init().setBare(true).setDirectory(base.resolve(name).toFile()).setInitialBranch("main").call().close();
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    Process p = new ProcessBuilder(List.of("git", "daemon", "--verbose", "--reuseaddr", "--listen=127.0.0.1",
        "--port=" + port, "--base-path=" + base, "--export-all", "--enable=receive-pack", "--informative-errors",
        base.toString())).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    BufferedReader log = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
    CompletableFuture<Boolean> ready = CompletableFuture.supplyAsync(() -> {
      try {
        for (String line; (line = log.readLine()) != null;) {
          if (line.contains("Ready to rumble")) {
            return true;
          }
        }
        return false;
      } catch (IOException e) {
        return false;
      }
    });
    if (!ready.get(30, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("git daemon did not start on port " + port);
    }
    Thread drain = new Thread(() -> { // keep reading its log so that it never blocks on a full pipe
      try {
        while (log.readLine() != null) {
          // the daemon's log of each connection
        }
      } catch (IOException closed) {
        // the daemon stopped
      }
    }, "git daemon log");
    drain.setDaemon(true);
    drain.start();
    return new GitServer(p, port);
  }

  /** The address of the repository {@code name}. */
  String url(String name) {
    return "git://127.0.0.1:" + port + "/" + name;
  }

  @Override
  public void close() throws InterruptedException {
    process.descendants().forEach(ProcessHandle::destroy); // "git daemon" runs git-daemon as its child
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
