package dev.wedge.team.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.testing.HttpGitServer;
import dev.wedge.team.git.SecureCredentials;

/** Credentials are kept in Equinox secure storage, encrypted, per host; never in the model or the repository. */
class CredentialsTest {

  @TempDir
  Path dir;

  @AfterEach
  void defaultStorage() {
    SecureCredentials.useStorage(null);
  }

  private ISecurePreferences storage(Path file) throws Exception {
    return SecurePreferencesFactory.open(file.toUri().toURL(), Map.of(IProviderHints.DEFAULT_PASSWORD,
        new PBEKeySpec("master password of this test".toCharArray()), IProviderHints.PROMPT_USER, Boolean.FALSE));
  }

  @Test
  void keptEncryptedPerHostAndGivenToGit() throws Exception {
    Path file = dir.resolve("secure_storage");
    SecureCredentials c = new SecureCredentials(storage(file));
    URIish repo = new URIish("https://git.example.org/ld/halden.git");
    CredentialItem.Username user = new CredentialItem.Username();
    CredentialItem.Password password = new CredentialItem.Password();
    assertFalse(c.get(repo, user, password), "nothing kept yet");
    c.store(repo, "lead", "token-4711-secret".toCharArray());
    assertTrue(c.get(new URIish("https://git.example.org/ld/other.git"), user, password), "the same host");
    assertEquals("lead", user.getValue());
    assertArrayEquals("token-4711-secret".toCharArray(), password.getValue());
    assertFalse(c.has(new URIish("https://git.example.com/ld/halden.git")), "another host has none");
    assertFalse(Files.readString(file, StandardCharsets.ISO_8859_1).contains("token-4711-secret"), "encrypted");
    c.forget(repo);
    assertFalse(c.has(repo));
  }

  @Test
  void theCommandLineKeepsThePasswordItReadsInSecureStorageOnly() throws Exception {
    Path file = dir.resolve("secure_storage");
    ISecurePreferences s = storage(file);
    SecureCredentials.useStorage(s);
    Cli cli = new Cli();
    try (GitServer server = GitServer.start(Files.createDirectories(dir.resolve("server")), "halden.git")) {
      Path lead = Files.createDirectories(dir.resolve("lead"));
      Path model = lead.resolve("halden.wedge");
      Files.copy(Fixtures.EXAMPLE, model);
      assertEquals(ExitCodes.OK, cli.wedge("share", model, "--remote", server.url("halden.git")), cli.both());
      InputStream stdin = System.in;
      try {
        System.setIn(new ByteArrayInputStream("token-4711-secret\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(ExitCodes.OK, cli.wedge("push", model, "--user", "lead", "--password-stdin"), cli.both());
      } finally {
        System.setIn(stdin);
      }
      SecureCredentials kept = new SecureCredentials(s);
      URIish url = new URIish(server.url("halden.git"));
      assertEquals("lead", kept.user(url));
      try (var files = Files.walk(lead)) {
        for (Path p : files.filter(Files::isRegularFile).toList()) {
          assertFalse(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1).contains("token-4711-secret"),
              p + " holds the password");
        }
      }
    }
  }

  @Test
  void overHttpTheHostAsksAndSecureStorageAnswers() throws Exception {
    ISecurePreferences s = storage(dir.resolve("secure_storage"));
    SecureCredentials.useStorage(s);
    Cli cli = new Cli();
    Path root = Files.createDirectories(dir.resolve("server"));
    org.eclipse.jgit.api.Git.init().setBare(true).setDirectory(root.resolve("halden.git").toFile())
        .setInitialBranch("main").call().close();
    try (HttpGitServer server = HttpGitServer.start(root, "lead", "token-4711-secret")) {
      String url = server.url("halden.git");
      Path lead = Files.createDirectories(dir.resolve("lead"));
      Path model = lead.resolve("halden.wedge");
      Files.copy(Fixtures.EXAMPLE, model);
      assertEquals(ExitCodes.OK, cli.wedge("share", model, "--remote", url), cli.both());
      assertEquals(ExitCodes.FAILED_CHECK, cli.wedge("push", model), cli.both());
      assertTrue(cli.err.contains("the host refused the credentials, or none are kept for it (give them with --user"
          + " NAME --password-stdin"), cli.err);
      InputStream stdin = System.in;
      try {
        System.setIn(new ByteArrayInputStream("wrong\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(ExitCodes.FAILED_CHECK, cli.wedge("push", model, "--user", "lead", "--password-stdin"),
            cli.both());
        assertTrue(cli.err.contains("the host refused the credentials"), cli.err);
        assertFalse(new SecureCredentials(s).has(new URIish(url)), "a password the host refused is not kept");
        System.setIn(new ByteArrayInputStream("token-4711-secret\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(ExitCodes.OK, cli.wedge("push", model, "--user", "lead", "--password-stdin"), cli.both());
      } finally {
        System.setIn(stdin);
      }
      // the next time, secure storage answers the host
      Path other = dir.resolve("consultant");
      assertEquals(ExitCodes.OK, cli.wedge("clone", url, other), cli.both());
      assertEquals(Files.readString(model), Files.readString(other.resolve("halden.wedge")));
    }
  }
}
