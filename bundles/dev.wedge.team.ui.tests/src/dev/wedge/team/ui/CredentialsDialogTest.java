package dev.wedge.team.ui;

import static dev.wedge.ui.testing.UiTesting.closeAllModels;
import static dev.wedge.ui.testing.UiTesting.processEvents;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.session.ModelSession;
import dev.wedge.core.testing.HttpGitServer;
import dev.wedge.team.git.ModelRepository;
import dev.wedge.team.git.Remotes;
import dev.wedge.team.git.SecureCredentials;
import dev.wedge.ui.session.ActiveModel;
import dev.wedge.ui.session.WorkbenchModels;
import dev.wedge.ui.testing.UiTesting;
import dev.wedge.ui.testing.Widgets;

/**
 * Team › Push and Pull against a Git host on the loopback interface that asks for a password: the workbench asks for
 * it in a dialog (while the operation waits in its own thread), keeps it in secure storage (a storage of this test's
 * own) once the host took it and never in the repository or the model, asks again after a refusal, and stops with a
 * sentence, leaving the repository as it was, when the user cancels.
 */
class CredentialsDialogTest {

  private static final String USER = "lead";
  private static final String TOKEN = "token-4711-secret";

  @TempDir
  Path dir;

  private ISecurePreferences storage;
  private HttpGitServer server;
  private String url;

  @BeforeEach
  void hostAndStorage() throws Exception {
    storage = SecurePreferencesFactory.open(dir.resolve("secure_storage").toUri().toURL(), Map.of(
        IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("master password of this test".toCharArray()),
        IProviderHints.PROMPT_USER, Boolean.FALSE));
    SecureCredentials.useStorage(storage);
    Path root = Files.createDirectories(dir.resolve("server"));
    Git.init().setBare(true).setDirectory(root.resolve("halden.git").toFile()).setInitialBranch("main").call()
        .close();
    server = HttpGitServer.start(root, USER, TOKEN);
    url = server.url("halden.git");
  }

  @AfterEach
  void close() {
    closeAllModels();
    SecureCredentials.useStorage(null);
    server.close();
  }

  private static IWorkbenchWindow window() {
    return PlatformUI.getWorkbench().getActiveWorkbenchWindow();
  }

  /** A model of the lead's, shared with the host as origin (not pushed yet), open in the workbench. */
  private ModelSession shared() throws Exception {
    Path model = UiTesting.copyExample(Files.createDirectories(dir.resolve("lead")));
    ModelRepository.share(model, null, url, "Share the model", new PersonIdent("L&D lead", "lead@example.org"))
        .close();
    ModelSession session = WorkbenchModels.get().openWithEditor(model, window());
    processEvents();
    ActiveModel.set(session);
    return session;
  }

  /**
   * Runs {@code command} while a timer, scheduled before it starts, answers each credentials dialog that opens with
   * the next of {@code answers}; a dialog of Pull's or Push's own (a failure said) is closed and recorded in
   * {@code failures} with what it said, as is anything unexpected. Returns what the handler said.
   */
  private static Object runAnswering(String command, List<Consumer<Shell>> answers, List<String> failures) {
    Display display = Display.getCurrent();
    Deque<Consumer<Shell>> next = new ArrayDeque<>(answers);
    boolean[] done = {false};
    List<Shell> answered = new ArrayList<>();
    Runnable[] poll = new Runnable[1];
    poll[0] = () -> {
      if (done[0]) {
        return;
      }
      for (Shell s : display.getShells()) {
        if (s.isDisposed() || !s.isVisible() || s == window().getShell() || answered.contains(s)) {
          continue;
        }
        if (CredentialsDialog.TITLE.equals(s.getText())) {
          answered.add(s);
          if (next.isEmpty()) {
            failures.add("the credentials dialog opened once more than expected");
            s.close();
          } else {
            try {
              next.poll().accept(s);
            } catch (RuntimeException | AssertionError e) {
              failures.add("in the credentials dialog: " + e);
              if (!s.isDisposed()) {
                s.close();
              }
            }
          }
        } else if (s.getText().equals(PushHandler.TITLE) || s.getText().equals(PullHandler.TITLE)) {
          failures.add("the dialog '" + s.getText() + "': " + texts(s));
          s.close();
        }
      }
      display.timerExec(50, poll[0]);
    };
    display.timerExec(50, poll[0]);
    try {
      return window().getService(IHandlerService.class).executeCommand(command, null);
    } catch (Exception e) {
      throw new AssertionError(command + ": " + e, e);
    } finally {
      done[0] = true;
      processEvents();
      if (!next.isEmpty()) {
        failures.add(next.size() + " answers were not asked for");
      }
    }
  }

  /** What a shell says: its labels and texts. */
  private static List<String> texts(Shell s) {
    List<String> out = new ArrayList<>();
    for (Control c : Widgets.all(s)) {
      if (c instanceof Label l) {
        out.add(l.getText());
      } else if (c instanceof Text t) {
        out.add(t.getText());
      } else if (c instanceof org.eclipse.swt.custom.CLabel l && l.getText() != null) {
        out.add(l.getText());
      }
    }
    return out;
  }

  private static Consumer<Shell> signIn(String user, String password, List<String> seen) {
    return shell -> {
      seen.add(String.join(" | ", texts(shell)));
      Button keep = Widgets.button(shell, Widgets.plain(Messages.Credentials_Keep));
      assertTrue(keep.getSelection(), "'Keep in secure storage' is checked at first");
      Widgets.type(Widgets.text(shell, Widgets.plain(Messages.Credentials_User)), user);
      Widgets.type(Widgets.text(shell, Widgets.plain(Messages.Credentials_Password)), password);
      Widgets.click(shell, Widgets.plain(Messages.Credentials_SignIn));
    };
  }

  /** No file under {@code folder} (the model, the repository's config and objects) holds the token. */
  private static void tokenNowhereIn(Path folder) throws Exception {
    try (var files = Files.walk(folder)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        assertFalse(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1).contains(TOKEN),
            p + " holds the password");
      }
    }
  }

  @Test
  void pushAsksForThePasswordAgainAfterARefusalAndKeepsTheOneTheHostTook() throws Exception {
    ModelSession session = shared();
    List<String> failures = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    try (UiTesting.ErrorLog log = new UiTesting.ErrorLog()) {
      Object said = runAnswering("dev.wedge.team.ui.push", List.of(signIn(USER, "wrong", seen),
          signIn(USER, TOKEN, seen)), failures);
      assertEquals(List.of(), failures);
      assertEquals(2, seen.size(), "asked, then asked again after the refusal: " + seen);
      assertFalse(seen.get(0).contains(Messages.Credentials_Refused), seen.get(0));
      assertTrue(seen.get(0).contains(SecureCredentials.host(new URIish(url))), "names the host: " + seen.get(0));
      assertTrue(seen.get(0).contains(org.eclipse.osgi.util.NLS.bind(Messages.Credentials_ForPush, session.getName())),
          "says what for: " + seen.get(0));
      assertTrue(seen.get(1).contains(Messages.Credentials_Refused), "says the host refused: " + seen.get(1));
      assertEquals("Pushed main.", said);
      log.assertNone();
    }
    try (Git server = Git.open(dir.resolve("server/halden.git").toFile());
        Git lead = Git.open(dir.resolve("lead").toFile())) {
      ObjectId pushed = server.getRepository().resolve("refs/heads/main");
      assertNotNull(pushed, "the host has the branch");
      assertEquals(lead.getRepository().resolve(Constants.HEAD), pushed);
    }
    SecureCredentials kept = new SecureCredentials(storage);
    URIish host = new URIish(url);
    assertEquals(USER, kept.user(host));
    CredentialItem.Username u = new CredentialItem.Username();
    CredentialItem.Password p = new CredentialItem.Password();
    assertTrue(kept.get(host, u, p));
    assertArrayEquals(TOKEN.toCharArray(), p.getValue(), "the password the host took, not the refused one");
    tokenNowhereIn(dir.resolve("lead")); // the model, the repository's config and objects
    assertTrue(session.getFile().startsWith(dir.resolve("lead")));

    // the next time, secure storage answers the host: no dialog
    Object again = runAnswering("dev.wedge.team.ui.pull", List.of(), failures);
    assertEquals(List.of(), failures);
    assertEquals(org.eclipse.osgi.util.NLS.bind(Messages.Pull_UpToDate, "origin/main"), again);
  }

  @Test
  void aPasswordTheHostRefusesEachTimeIsNotKeptAndTheFailureSaysSo() throws Exception {
    shared();
    List<String> failures = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    try (UiTesting.ErrorLog log = new UiTesting.ErrorLog()) {
      Object said = runAnswering("dev.wedge.team.ui.push", List.of(signIn(USER, "wrong", seen),
          signIn(USER, "still wrong", seen), signIn(USER, "wrong again", seen)), failures);
      assertEquals(null, said, "the push failed");
      assertEquals(3, seen.size(), "asked each time the host refused, as often as Git asks: " + seen);
      assertEquals(1, failures.size(), failures::toString);
      assertTrue(failures.get(0).startsWith("the dialog '" + PushHandler.TITLE + "'")
          && failures.get(0).contains(org.eclipse.osgi.util.NLS.bind(Messages.Credentials_RefusedFailed,
              PushHandler.TITLE, SecureCredentials.host(new URIish(url)))), failures.get(0));
      log.assertNone();
    }
    assertFalse(new SecureCredentials(storage).has(new URIish(url)), "nothing kept");
    try (Git server = Git.open(dir.resolve("server/halden.git").toFile())) {
      assertEquals(null, server.getRepository().resolve("refs/heads/main"), "nothing pushed");
    }
  }

  @Test
  void cancelStopsThePullWithASentenceAndLeavesTheRepositoryAsItWas() throws Exception {
    ModelSession session = shared();
    Path model = session.getFile();
    UsernamePasswordCredentialsProvider given = new UsernamePasswordCredentialsProvider(USER, TOKEN);
    try (ModelRepository r = ModelRepository.of(model)) {
      Remotes.push(r, null, given);
    }
    // a colleague changes a goal and pushes: a pull would bring it in
    Path other = dir.resolve("consultant");
    Remotes.clone(url, other, given);
    Path theirs = other.resolve(model.getFileName());
    Files.writeString(theirs, Files.readString(theirs).replace("name=\"Run operations efficiently\"",
        "name=\"Run claims efficiently\""));
    try (ModelRepository r = ModelRepository.of(theirs)) {
      r.commit("Efficiency goal narrowed", new PersonIdent("Consultant", "consultant@example.org"));
      Remotes.push(r, null, given);
    }
    String before = Files.readString(model);
    ObjectId head;
    ObjectId tracking;
    try (Git lead = Git.open(dir.resolve("lead").toFile())) {
      head = lead.getRepository().resolve(Constants.HEAD);
      tracking = lead.getRepository().resolve("refs/remotes/origin/main");
    }
    List<String> failures = new ArrayList<>();
    try (UiTesting.ErrorLog log = new UiTesting.ErrorLog()) {
      Object said = runAnswering("dev.wedge.team.ui.pull", List.of(shell -> {
        Widgets.type(Widgets.text(shell, Widgets.plain(Messages.Credentials_User)), USER);
        Widgets.click(shell, "Cancel");
      }), failures);
      assertEquals(List.of(), failures);
      assertEquals(Messages.Credentials_PullCancelled, said);
      log.assertNone();
    }
    assertEquals(before, Files.readString(model), "the model is as it was");
    try (Git lead = Git.open(dir.resolve("lead").toFile())) {
      assertEquals(head, lead.getRepository().resolve(Constants.HEAD), "no commit came in");
      assertTrue(lead.status().call().isClean(), "nothing changed in the work tree");
      assertEquals(tracking, lead.getRepository().resolve("refs/remotes/origin/main"), "nothing was fetched");
    }
    assertFalse(new SecureCredentials(storage).has(new URIish(url)), "nothing kept");
    assertTrue(WorkbenchModels.get().getModels().contains(session), "the model stays open as it was");
    assertEquals("Run operations efficiently", session.getModel().getGoals().get(3).getName());
  }
}
