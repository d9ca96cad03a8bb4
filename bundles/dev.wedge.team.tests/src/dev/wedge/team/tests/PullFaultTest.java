package dev.wedge.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Random;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.team.git.Ssh;

/**
 * Pulls over SSH (JGit running the program {@code GIT_SSH} names, here one that runs Git's upload-pack on this machine
 * as OpenSSH would on the server), the server killed at random byte counts of its answer: each stopped pull says so in
 * a sentence, leaves the model opening as it was and the repository passing {@code git fsck}; the next pull that
 * gets through merges as usual.
 */
class PullFaultTest {

  @TempDir
  Path dir;

  private final Cli cli = new Cli();

  @AfterEach
  void realSsh() {
    Ssh.use(null);
  }

  @Test
  void aPullCutOffAtRandomPointsLeavesTheModelAndTheRepositoryUsable() throws Exception {
    Path cut = dir.resolve("cut-after-bytes");
    Path answer = dir.resolve("last-answer");
    Path ssh = dir.resolve("fake-ssh");
    Files.writeString(ssh, "#!/bin/sh\n"
        + "# OpenSSH's arguments: [-p PORT] HOST COMMAND; the command runs here, as sshd would run it\n"
        + "while [ \"$#\" -gt 2 ]; do shift; done\n"
        + "# JGit sets the local repository's GIT_DIR for its SSH program; sshd would not pass it on to the server\n"
        + "unset GIT_DIR GIT_COMMON_DIR GIT_WORK_TREE GIT_INDEX_FILE GIT_OBJECT_DIRECTORY\n"
        + "if [ -s '" + cut + "' ]; then\n"
        + "  # the server's answer stops after so many bytes: the server is killed there, the connection closed\n"
        + "  fifo='" + dir + "/answer.'$$; mkfifo \"$fifo\"\n"
        + "  exec 3<&0\n"
        + "  sh -c \"exec $2\" <&3 > \"$fifo\" & server=$!\n"
        + "  # a server that waits for the client before it has sent that much is killed after 2 s instead\n"
        + "  (sleep 2; kill -9 $server 2>/dev/null) & watchdog=$!\n"
        + "  head -c \"$(cat '" + cut + "')\" < \"$fifo\"\n"
        + "  kill $watchdog 2>/dev/null\n"
        + "  kill -9 $server 2>/dev/null; rm -f \"$fifo\"; exit 1\n"
        + "fi\n"
        + "sh -c \"$2\" | tee '" + answer + "'\n");
    Files.setPosixFilePermissions(ssh, PosixFilePermissions.fromString("rwx------"));
    Ssh.use(ssh.toString());

    Path server = dir.resolve("server/halden.git");
    Git.init().setBare(true).setDirectory(server.toFile()).setInitialBranch("main").call().close();
    String url = "ssh://localhost" + server.toAbsolutePath();
    Path lead = Files.createDirectories(dir.resolve("lead"));
    Path model = lead.resolve("halden.wedge");
    Files.copy(Fixtures.EXAMPLE, model);
    assertEquals(ExitCodes.OK, cli.wedge("share", model, "--remote", url), cli.both());
    identity(lead);
    assertEquals(ExitCodes.OK, cli.wedge("push", model), cli.both());
    Path other = dir.resolve("consultant");
    assertEquals(ExitCodes.OK, cli.wedge("clone", url, other), cli.both());
    identity(other);
    Cli.edit(other.resolve("halden.wedge"), "name=\"Keep our customers\"", "name=\"Keep and grow our customers\"");
    assertEquals(ExitCodes.OK, cli.wedge("commit", other.resolve("halden.wedge"), "-m", "Goal"), cli.both());
    assertEquals(ExitCodes.OK, cli.wedge("push", other.resolve("halden.wedge")), cli.both());
    Cli.edit(model, "name=\"Run operations efficiently\"", "name=\"Run claims efficiently\"");
    assertEquals(ExitCodes.OK, cli.wedge("commit", model, "-m", "Efficiency goal"), cli.both());
    String before = Files.readString(model);

    // how long the server's whole answer to this pull is: a pull of the same state in a copy
    Path probe = dir.resolve("probe");
    assertEquals(0, cli.git(dir, "clone", "-q", lead.toString(), probe.toString()), cli.out);
    assertEquals(0, cli.git(probe, "remote", "set-url", "origin", url), cli.out);
    identity(probe);
    assertEquals(ExitCodes.OK, cli.wedge("pull", probe.resolve("halden.wedge")), cli.both());
    long full = Files.size(answer);
    assertTrue(full > 100, "the server answered " + full + " bytes");

    Random random = new Random(21);
    for (int i = 0; i < 12; i++) {
      long at = i == 0 ? 0 : i == 1 ? full - 1 : 1 + random.nextLong(full - 1);
      Files.writeString(cut, Long.toString(at));
      int rc = cli.wedge("pull", model);
      assertEquals(ExitCodes.FAILED_CHECK, rc, "cut after " + at + " of " + full + " bytes: " + cli.both());
      assertTrue(cli.err.startsWith("wedge pull: Cannot pull into halden.wedge: ") && cli.err.strip().endsWith(
          "Nothing was changed."), "cut after " + at + " bytes: " + cli.err);
      assertEquals(before, Files.readString(model), "the model is as it was (cut after " + at + " bytes)");
      ModelStore.load(model);
      assertEquals(0, cli.git(lead, "fsck", "--no-progress"), "cut after " + at + " bytes: " + cli.out);
      assertEquals(0, cli.git(lead, "status", "--porcelain", "--untracked-files=no"), cli.out);
      assertEquals("", cli.out.strip(), "cut after " + at + " bytes");
      assertEquals(ExitCodes.OK, cli.wedge("verify", model), cli.both());
    }
    Files.delete(cut);
    assertEquals(ExitCodes.OK, cli.wedge("pull", model), cli.both());
    assertTrue(cli.out.startsWith("Merged origin/main into halden.wedge"), cli.out);
    String merged = Files.readString(model);
    assertTrue(merged.contains("Keep and grow our customers") && merged.contains("Run claims efficiently"));
    assertEquals(0, cli.git(lead, "fsck", "--no-progress"), cli.out);
  }

  private static void identity(Path repo) throws Exception {
    try (Git git = Git.open(repo.toFile())) {
      StoredConfig c = git.getRepository().getConfig();
      c.setString("user", null, "name", "L&D lead");
      c.setString("user", null, "email", "lead@example.org");
      c.save();
    }
  }
}
