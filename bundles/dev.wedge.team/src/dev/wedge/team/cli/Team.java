package dev.wedge.team.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.transport.ChainingCredentialsProvider;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

import dev.wedge.core.cli.CommandLine;
import dev.wedge.core.cli.CommandSyntax;
import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.cli.ModelCommand.Call;
import dev.wedge.core.cli.ModelCommand.Failure;
import dev.wedge.team.git.ModelPull;
import dev.wedge.team.git.ModelRepository;
import dev.wedge.team.git.SecureCredentials;
import dev.wedge.team.git.TeamException;

/** What the repository commands share: credentials, the identity of commits, and how a pull's outcome is said. */
final class Team {

  private Team() {
  }

  /** {@code --user} and {@code --password-stdin}, for the commands that reach a remote. */
  static CommandSyntax credentialOptions(CommandSyntax s) {
    return s.option("user", "NAME", "the user name on the Git host (with --password-stdin; both are kept in secure"
        + " storage for the next time)").flag("password-stdin", "read the password (or token) from standard input");
  }

  /** The credentials a command uses, and those given on its command line, kept once the host took them. */
  static final class Given {
    private final CredentialsProvider provider;
    private final String user;
    private final char[] password;

    Given(CredentialsProvider provider, String user, char[] password) {
      this.provider = provider;
      this.user = user;
      this.password = password;
    }

    CredentialsProvider provider() {
      return provider;
    }

    /** After the host took them: keeps the credentials given now in secure storage (a note if it cannot). */
    void keep(Call call, String url) {
      if (user == null) {
        return;
      }
      SecureCredentials kept = SecureCredentials.standard();
      if (kept == null || url == null) {
        call.note("secure storage is not available here: the credentials were used for this run only.");
        return;
      }
      try {
        kept.store(new URIish(url), user, password);
      } catch (SecureCredentials.CredentialsException e) {
        call.note(e.getMessage());
      } catch (URISyntaxException e) {
        call.note("the credentials were used for this run only: '" + url + "' is not an address to keep them for.");
      }
    }
  }

  /**
   * The credentials for {@code url}: those given now (kept in secure storage once the host took them, see
   * {@link Given#keep}), else those kept in secure storage.
   */
  static Given credentials(Call call, String url) throws CommandLine.UsageException, IOException {
    String user = call.option("user");
    SecureCredentials kept = SecureCredentials.standard();
    if (user == null) {
      if (call.flag("password-stdin")) {
        throw call.usage("--password-stdin needs --user NAME");
      }
      return new Given(kept, null, null);
    }
    if (!call.flag("password-stdin")) {
      throw call.usage("--user needs --password-stdin (the password is read from standard input, never from the"
          + " command line)");
    }
    String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    if (line == null || line.isEmpty()) {
      throw call.usage("--password-stdin read no password from standard input");
    }
    char[] password = line.toCharArray();
    CredentialsProvider given = new UsernamePasswordCredentialsProvider(user, password);
    return new Given(kept == null ? given : new ChainingCredentialsProvider(given, kept), user, password);
  }

  static PersonIdent who(ModelRepository r) {
    return new PersonIdent(r.repository());
  }

  /** Who commits; when Git only guesses it from the machine, a note on stderr says so and how to set it. */
  static PersonIdent who(ModelRepository r, Call call) {
    PersonIdent who = who(r);
    if (r.identity().isEmpty()) {
      call.err().println("Note: the commit is recorded as " + who.getName() + " <" + who.getEmailAddress() + ">,"
          + " Git's guess from this machine: no user.name and user.email are set. Set them (git config --global"
          + " user.name \"Your Name\" and git config --global user.email you@example.org) so the history says who"
          + " changed what.");
    }
    return who;
  }

  /** A repository operation that did not take place: its sentence, exit 1. */
  static Failure failure(Call call, TeamException e) {
    return call.fail(ExitCodes.FAILED_CHECK, call.command() + ": " + e.getMessage());
  }

  /** Says what a pull (or a bundle's import) did; exit 1 when it left conflicts to resolve. */
  static int report(Call call, ModelRepository r, ModelPull.Outcome o) {
    String file = r.model().getFileName().toString();
    switch (o.kind()) {
      case UP_TO_DATE -> call.out().println("Already up to date with " + o.from() + ".");
      case FAST_FORWARD -> call.out().println("Updated " + file + " to " + o.commit() + " from " + o.from() + ".");
      case MERGED -> call.out().println("Merged " + o.from() + " into " + file + " (commit " + o.commit() + "): no"
          + " conflicts.");
      case CONFLICTS -> {
        call.out().println("Merged " + o.from() + " with " + o.conflictCount() + (o.conflictCount() == 1
            ? " conflict" : " conflicts") + " (each model holds yours, or what loses nothing, until you resolve"
            + " each; they are findings in the model and listed beside it in NAME.wedge.conflicts.json):");
        for (ModelPull.ModelConflicts c : o.conflicts()) {
          for (var x : c.conflicts()) {
            call.out().println("  " + c.path() + ": " + x.message());
          }
        }
        call.out().println("Next: resolve each one (wedge resolve " + r.model() + " lists them with their choices;"
            + " in the workbench Team \u203a Resolve Conflicts\u2026), or set each field to what was agreed and mark it"
            + " resolved (wedge resolved " + r.model() + " KEY... or --all), then wedge commit " + r.model()
            + " -m \"...\" to conclude the merge.");
        return ExitCodes.FAILED_CHECK;
      }
      default -> throw new IllegalStateException(o.kind().name());
    }
    return ExitCodes.OK;
  }

  /** The object of {@code model} with id {@code id}, or null. */
  static org.eclipse.emf.ecore.EObject find(org.eclipse.emf.ecore.EObject model, String id) {
    org.eclipse.emf.ecore.EObject o = model.eResource().getEObject(id); // ids are the model's ID attribute
    return o instanceof dev.wedge.model.Identified ? o : null;
  }
}
