package dev.wedge.team.cli;

import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;

import dev.wedge.core.cli.CommandSyntax;
import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.cli.ModelCommand;
import dev.wedge.core.method.PilotRules;
import dev.wedge.core.persistence.LoadedModel;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.model.Pilot;
import dev.wedge.team.git.PreRegistration;
import dev.wedge.team.git.StartTagSettings;
import dev.wedge.team.git.StartTagSigner;
import dev.wedge.team.git.TeamException;

/**
 * {@code wedge start-pilot FILE.wedge PILOT-ID}: starts the pilot (its criteria are frozen from today), saves the
 * model, commits it and tags the commit {@code pilot/<id>/start}, so that later anyone can check the criteria were
 * fixed before the results came in ({@code wedge verify}).
 */
public final class StartPilotCommand extends ModelCommand {

  @Override
  protected CommandSyntax syntax() {
    return CommandSyntax.model("FILE.wedge").arguments("PILOT-ID").today()
        .flag("sign", "sign the start tag with your OpenPGP key (as git tag -s; also when the preference Sign start"
            + " tags is on)")
        .option("key", "FILE.asc", "the secret key that signs (default: the preference's key file, else Git's"
            + " user.signingKey when it names a file)")
        .flag("passphrase-stdin", "read the key's passphrase from standard input");
  }

  @Override
  protected int run(Call call) throws Exception {
    if (call.arguments().size() != 1) {
      throw call.usage("name the model file and the pilot's id");
    }
    Path file = call.file();
    LoadedModel loaded = call.loaded();
    String id = call.arguments().get(0);
    Pilot p = loaded.model().getPilots().stream().filter(x -> id.equals(x.getId())).findFirst().orElse(null);
    if (p == null) {
      throw call.fail(ExitCodes.FAILED_CHECK, "wedge start-pilot: " + file + " has no pilot with the id '" + id
          + "'.");
    }
    if (PilotRules.frozen(p)) {
      throw call.fail(ExitCodes.FAILED_CHECK, "wedge start-pilot: pilot '" + p.getName() + "' has already started.");
    }
    String cannot = PilotRules.cannotStart(p);
    if (cannot != null) {
      throw call.fail(ExitCodes.FAILED_CHECK, "wedge start-pilot: " + cannot + " Pilot '" + p.getName() + "' was not"
          + " started; nothing was changed.");
    }
    try (Repository repo = PreRegistration.repositoryOf(file)) {
      if (repo == null) {
        throw call.fail(ExitCodes.FAILED_CHECK, "wedge start-pilot: " + file + " is not in a Git repository; share"
            + " it in one first (wedge share " + file + "), so that its start can be tagged. Nothing was changed.");
      }
      StartTagSigner signer = signer(call, repo);
      LocalDate day = call.today();
      AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
          new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
      domain.getCommandStack().execute(PilotRules.start(domain, p, day));
      ModelStore.save(loaded.resource(), file);
      PersonIdent who = new PersonIdent(repo);
      String commit = PreRegistration.commitAndTag(repo, file, p, "Start pilot '" + p.getName()
          + "': its success criteria are fixed", who, signer);
      call.out().println("Started pilot '" + p.getName() + "' on " + day + "; commit " + commit + " tagged "
          + PreRegistration.tagName(p) + (signer == null ? "" : ", signed by " + signer.signer()) + ".");
      return ExitCodes.OK;
    }
  }

  /** The signer asked for (--sign, or the preference), its key opened before anything changes; else null. */
  private static StartTagSigner signer(Call call, Repository repo) throws Exception {
    boolean sign = call.flag("sign") || StartTagSettings.signByDefault();
    if (!sign) {
      if (call.option("key") != null || call.flag("passphrase-stdin")) {
        throw call.usage("--key and --passphrase-stdin go with --sign");
      }
      return null;
    }
    Path key = call.option("key") != null ? Path.of(call.option("key")) : StartTagSettings.keyFile(repo);
    if (key == null) {
      throw call.fail(ExitCodes.FAILED_CHECK, "wedge start-pilot: the start tag is to be signed, but no key is"
          + " given: name your secret key's file with --key FILE.asc (or in Window \u203a Preferences \u203a Team, or"
          + " as Git's user.signingKey). Nothing was changed.");
    }
    char[] passphrase = null;
    if (call.flag("passphrase-stdin")) {
      String line = new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
          java.nio.charset.StandardCharsets.UTF_8)).readLine();
      passphrase = line == null ? new char[0] : line.toCharArray();
    }
    try {
      return StartTagSigner.of(key, passphrase);
    } catch (TeamException e) {
      throw call.fail(ExitCodes.FAILED_CHECK, "wedge start-pilot: " + e.getMessage() + " Nothing was changed.");
    }
  }
}
