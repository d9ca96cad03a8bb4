package dev.wedge.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.team.git.Ssh;

/**
 * share, push, clone and pull over SSH against a real SSH host on the loopback interface (Apache MINA sshd), through
 * OpenSSH's {@code ssh} as Wedge runs it, with a key made for the test in its temporary folder (never in the
 * repository) and the host's key checked against a known_hosts file.
 */
class SshRemoteTest {

  @TempDir
  Path dir;

  private final Cli cli = new Cli();

  @AfterEach
  void realSsh() {
    Ssh.use(null);
  }

  @Test
  void shareCloneAndPullOverSshWithAKeyOfTheTestsOwn() throws Exception {
    Path keys = Files.createDirectories(dir.resolve("keys"));
    Path key = keygen(keys.resolve("id_rsa"));
    Path authorized = keys.resolve("authorized_keys");
    Files.copy(keys.resolve("id_rsa.pub"), authorized);
    Path root = Files.createDirectories(dir.resolve("server"));
    Git.init().setBare(true).setDirectory(root.resolve("halden.git").toFile()).setInitialBranch("main").call()
        .close();
    try (SshGitServer server = SshGitServer.start(root, authorized, keys)) {
      Path knownHosts = keys.resolve("known_hosts");
      Files.writeString(knownHosts, server.knownHostsLine() + "\n");
      // OpenSSH with this key and these known hosts only: the user's ~/.ssh and agent play no part
      Path ssh = ssh(keys.resolve("ssh"), key, knownHosts);
      Ssh.use(ssh.toString());
      String url = server.url("halden.git");

      Path lead = Files.createDirectories(dir.resolve("lead"));
      Path model = lead.resolve("halden.wedge");
      Files.copy(Fixtures.EXAMPLE, model);
      assertEquals(ExitCodes.OK, cli.wedge("share", model, "--remote", url), cli.both());
      Fixtures.identity(lead, "L&D lead");
      assertEquals(ExitCodes.OK, cli.wedge("push", model), cli.both());
      assertTrue(cli.out.contains("Pushed main"), cli.out);

      // the host lets in the holder of the authorized key only
      Ssh.use(ssh(keys.resolve("ssh-stranger"), keygen(keys.resolve("stranger")), knownHosts).toString());
      assertEquals(ExitCodes.FAILED_CHECK, cli.wedge("clone", url, dir.resolve("stranger")), cli.both());
      assertFalse(Files.exists(dir.resolve("stranger/halden.wedge")));
      Ssh.use(ssh.toString());

      Path other = dir.resolve("consultant");
      assertEquals(ExitCodes.OK, cli.wedge("clone", url, other), cli.both());
      Path theirs = other.resolve("halden.wedge");
      assertEquals(Files.readString(model), Files.readString(theirs));
      Fixtures.identity(other, "Consultant");
      Cli.edit(theirs, "name=\"Run operations efficiently\"", "name=\"Run claims efficiently\"");
      assertEquals(ExitCodes.OK, cli.wedge("commit", theirs, "-m", "Efficiency goal narrowed"), cli.both());
      assertEquals(ExitCodes.OK, cli.wedge("push", theirs), cli.both());

      assertEquals(ExitCodes.OK, cli.wedge("pull", model), cli.both());
      assertEquals("Run claims efficiently", ModelStore.load(model).model().getGoals().get(3).getName());
      try (Git l = Git.open(lead.toFile()); Git s = Git.open(root.resolve("halden.git").toFile())) {
        assertEquals(s.getRepository().resolve("refs/heads/main"), l.getRepository().resolve("HEAD"),
            "the lead has what the host has");
      }
    }
    // the key stays in the test's folder: nothing of it in either clone
    String privateKey = Files.readAllLines(key).get(1);
    for (Path clone : List.of(dir.resolve("lead"), dir.resolve("consultant"))) {
      try (var files = Files.walk(clone)) {
        for (Path p : files.filter(Files::isRegularFile).toList()) {
          assertFalse(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1).contains(privateKey),
              p + " holds the key");
        }
      }
    }
  }

  /** A new RSA key without a passphrase at {@code key} (and {@code key}.pub), as ssh-keygen makes it. */
  private static Path keygen(Path key) throws Exception {
    Process keygen = new ProcessBuilder("ssh-keygen", "-q", "-t", "rsa", "-b", "3072", "-N", "", "-C",
        "wedge-test", "-f", key.toString()).redirectErrorStream(true).start();
    String said = new String(keygen.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(keygen.waitFor(60, TimeUnit.SECONDS) && keygen.exitValue() == 0, "ssh-keygen: " + said);
    return key;
  }

  /** An SSH program for Wedge: OpenSSH with {@code key} and {@code knownHosts} only (no ~/.ssh, no agent). */
  private static Path ssh(Path program, Path key, Path knownHosts) throws Exception {
    Files.writeString(program, "#!/bin/sh\nexec ssh -F /dev/null -o BatchMode=yes -o IdentitiesOnly=yes"
        + " -o IdentityAgent=none -o StrictHostKeyChecking=yes -o LogLevel=ERROR"
        + " -o UserKnownHostsFile='" + knownHosts + "' -i '" + key + "' \"$@\"\n");
    Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwx------"));
    return program;
  }
}
