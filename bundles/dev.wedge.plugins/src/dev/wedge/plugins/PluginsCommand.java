package dev.wedge.plugins;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.core.UIServices;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProfileChangeOperation;
import org.eclipse.equinox.p2.operations.ProvisioningJob;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.UninstallOperation;
import org.eclipse.equinox.p2.operations.UpdateOperation;
import org.eclipse.equinox.p2.query.IQueryResult;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import dev.wedge.core.cli.CommandSyntax;
import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.cli.ModelCommand;
import dev.wedge.core.cli.Suggestions;

/**
 * {@code wedge plugins list | install REPOSITORY [IU...] | uninstall IU... | update [REPOSITORY...]}: the headless twin
 * of Help › Install New Software, Check for Updates and Installation Details, with p2 on this installation. A
 * repository is a folder or a zipped p2 repository (a consultancy's USB stick: nothing is downloaded). Content that
 * is unsigned, or signed by a PGP key this installation does not trust, is refused unless {@code --trust-unsigned}
 * (for that change only); {@code wedge plugins trust add KEY.asc} trusts a publisher's key for good. A jar whose
 * checksum or PGP signature does not match is always refused. Changes take effect at the next start.
 */
public final class PluginsCommand extends ModelCommand {

  private static final List<String> ACTIONS = List.of("list", "install", "uninstall", "update", "trust");

  @Override
  protected CommandSyntax syntax() {
    return CommandSyntax.noModel().arguments("list | install REPOSITORY [IU...] | uninstall IU... | update"
        + " [REPOSITORY...] | trust [list | add KEY.asc... | remove FINGERPRINT...]")
        .flag("trust-unsigned", "install or update content that is unsigned or signed by a key not trusted, for this"
            + " change only");
  }

  @Override
  protected int run(Call call) throws Exception {
    PrintStream out = call.out();
    PrintStream err = call.err();
    if (call.arguments().isEmpty()) {
      throw call.usage("say what to do: list, install, uninstall, update or trust");
    }
    String action = call.arguments().get(0);
    if (!ACTIONS.contains(action)) {
      throw call.usage("unknown action '" + action + "'" + Suggestions.closest(action, ACTIONS).map(
          a -> "; did you mean " + a + "?").orElse(""));
    }
    List<String> rest = call.arguments().subList(1, call.arguments().size());
    IProvisioningAgent agent = currentAgent();
    IProfile profile = agent == null ? null
        : agent.getService(IProfileRegistry.class).getProfile(IProfileRegistry.SELF);
    if (profile == null) {
      err.println("wedge plugins: this Wedge is not an installed product managed by p2 (no installation profile);"
          + " run it from an installed product (releng/dev.wedge.product/target/products/...).");
      return ExitCodes.CANNOT_OPEN;
    }
    Installation installation = new Installation(agent, profile);
    return switch (action) {
      case "list" -> list(installation, rest, out, err);
      case "install" -> install(installation, rest, call.flag("trust-unsigned"), out, err);
      case "uninstall" -> uninstall(installation, rest, out, err);
      case "update" -> update(installation, rest, call.flag("trust-unsigned"), out, err);
      case "trust" -> TrustAction.run(new TrustedKeys(agent, profile.getProfileId()), rest, out, err);
      default -> throw new IllegalStateException(action); // refused above
    };
  }

  private static int list(Installation in, List<String> rest, PrintStream out, PrintStream err) {
    if (!rest.isEmpty()) {
      err.println("usage: wedge plugins list");
      return ExitCodes.USAGE;
    }
    List<IInstallableUnit> plugins = in.plugins();
    if (plugins.isEmpty()) {
      out.println("No plug-ins installed (Wedge " + in.productVersion() + ").");
    } else {
      out.println("Plug-ins installed in Wedge " + in.productVersion() + ":");
      for (IInstallableUnit iu : plugins) {
        out.println("  " + iu.getId() + " " + iu.getVersion() + "  " + Installation.name(iu));
      }
    }
    for (Path jar : in.dropins()) {
      out.println("  dropins/" + jar.getFileName() + "  (copied into dropins/, loaded at start; remove the file to"
          + " uninstall)");
    }
    return ExitCodes.OK;
  }

  private static int install(Installation in, List<String> rest, boolean trustUnsigned, PrintStream out,
      PrintStream err) {
    if (rest.isEmpty()) {
      err.println("wedge plugins install: name the repository (a folder or a .zip) and, after it, the plug-ins");
      return ExitCodes.USAGE;
    }
    URI location;
    try {
      location = repositoryLocation(rest.get(0));
    } catch (IllegalArgumentException e) {
      err.println("wedge plugins install: " + e.getMessage());
      return ExitCodes.CANNOT_OPEN;
    }
    IMetadataRepository repository;
    try {
      repository = in.load(location);
    } catch (ProvisionException e) {
      err.println("wedge plugins install: " + rest.get(0) + " is not a p2 repository Wedge can read: "
          + e.getMessage());
      return ExitCodes.CANNOT_OPEN;
    }
    List<IInstallableUnit> available = Installation.installable(repository);
    if (rest.size() == 1) {
      err.println("wedge plugins install: name what to install from " + rest.get(0) + "; it offers:");
      for (IInstallableUnit iu : available) {
        err.println("  " + iu.getId() + " " + iu.getVersion() + "  " + Installation.name(iu));
      }
      return ExitCodes.USAGE;
    }
    List<IInstallableUnit> chosen = new ArrayList<>();
    for (String id : rest.subList(1, rest.size())) {
      IQueryResult<IInstallableUnit> found = latest(repository, id);
      if (found.isEmpty() && !id.endsWith(".feature.group")) {
        found = latest(repository, id + ".feature.group"); // a feature named by its id, as in feature.xml
      }
      if (found.isEmpty()) {
        err.println("wedge plugins install: " + rest.get(0) + " has no '" + id + "'; it offers: "
            + String.join(", ", available.stream().map(IInstallableUnit::getId).toList()));
        return ExitCodes.USAGE;
      }
      chosen.add(found.iterator().next());
    }
    InstallOperation op = new InstallOperation(new ProvisioningSession(in.agent()), chosen);
    return run(in, op, List.of(location), trustUnsigned, "install", out, err, () -> {
      for (IInstallableUnit iu : chosen) {
        out.println("Installed " + iu.getId() + " " + iu.getVersion() + " (" + Installation.name(iu) + ").");
      }
    });
  }

  private static int uninstall(Installation in, List<String> ids, PrintStream out, PrintStream err) {
    if (ids.isEmpty()) {
      err.println("usage: wedge plugins uninstall IU...   (wedge plugins list shows them)");
      return ExitCodes.USAGE;
    }
    List<IInstallableUnit> chosen = new ArrayList<>();
    for (String id : ids) {
      IInstallableUnit iu = in.installed(id);
      if (iu == null && !id.endsWith(".feature.group")) {
        iu = in.installed(id + ".feature.group");
      }
      if (iu == null) {
        err.println("wedge plugins uninstall: '" + id + "' is not installed; installed plug-ins: "
            + String.join(", ", in.plugins().stream().map(IInstallableUnit::getId).toList()));
        return ExitCodes.USAGE;
      }
      if (!in.isPlugin(iu)) {
        err.println("wedge plugins uninstall: '" + id + "' is part of Wedge itself and cannot be removed");
        return ExitCodes.USAGE;
      }
      chosen.add(iu);
    }
    UninstallOperation op = new UninstallOperation(new ProvisioningSession(in.agent()), chosen);
    return run(in, op, List.of(), false, "uninstall", out, err, () -> {
      for (IInstallableUnit iu : chosen) {
        out.println("Uninstalled " + iu.getId() + " " + iu.getVersion() + ". Models keep its data: Wedge keeps"
            + " content of plug-ins that are not installed and says so when it opens them.");
      }
    });
  }

  private static int update(Installation in, List<String> repositories, boolean trustUnsigned, PrintStream out,
      PrintStream err) {
    List<URI> locations = new ArrayList<>();
    for (String r : repositories) {
      try {
        URI location = repositoryLocation(r);
        in.load(location);
        locations.add(location);
      } catch (IllegalArgumentException | ProvisionException e) {
        err.println("wedge plugins update: " + r + " cannot be read: " + e.getMessage());
        return ExitCodes.CANNOT_OPEN;
      }
    }
    List<IInstallableUnit> plugins = in.plugins();
    if (plugins.isEmpty()) {
      out.println("No plug-ins installed: nothing to update.");
      return ExitCodes.OK;
    }
    UpdateOperation op = new UpdateOperation(new ProvisioningSession(in.agent()), plugins);
    return run(in, op, locations, trustUnsigned, "update", out, err, () -> {
      for (var u : op.getSelectedUpdates()) {
        out.println("Updated " + u.toUpdate.getId() + " " + u.toUpdate.getVersion() + " to "
            + u.replacement.getVersion() + ".");
      }
    });
  }

  /** Resolves, then runs the change with this command's trust decisions; says what happened. */
  private static int run(Installation in, ProfileChangeOperation op, List<URI> repositories, boolean trustUnsigned,
      String verb, PrintStream out, PrintStream err, Runnable done) {
    op.setProfileId(IProfileRegistry.SELF);
    ProvisioningContext context = new ProvisioningContext(in.agent());
    if (!repositories.isEmpty()) {
      context.setMetadataRepositories(repositories.toArray(URI[]::new));
      context.setArtifactRepositories(repositories.toArray(URI[]::new));
    }
    op.setProvisioningContext(context);
    NullProgressMonitor monitor = new NullProgressMonitor();
    IStatus resolved = op.resolveModal(monitor);
    if (op instanceof UpdateOperation && resolved.getCode() == UpdateOperation.STATUS_NOTHING_TO_UPDATE) {
      out.println("Every plug-in is up to date" + (repositories.isEmpty() ? " (with the repositories this"
          + " installation knows)." : "."));
      return ExitCodes.OK;
    }
    if (resolved.getSeverity() == IStatus.ERROR || resolved.getSeverity() == IStatus.CANCEL) {
      err.println("wedge plugins " + verb + ": it cannot be done: " + Installation.describe(resolved));
      String details = op.getResolutionDetails();
      if (details != null && !details.isBlank()) {
        err.println(details.strip());
      }
      return ExitCodes.FAILED_CHECK;
    }
    CliTrust trust = new CliTrust(trustUnsigned, err);
    Object previous = in.agent().getService(UIServices.SERVICE_NAME);
    in.agent().registerService(UIServices.SERVICE_NAME, trust);
    IStatus result;
    try {
      ProvisioningJob job = op.getProvisioningJob(monitor);
      result = job == null ? resolved : job.runModal(monitor);
    } finally {
      in.agent().unregisterService(UIServices.SERVICE_NAME, trust);
      if (previous != null) {
        in.agent().registerService(UIServices.SERVICE_NAME, previous);
      }
    }
    if (trust.refused() != null) {
      err.println("wedge plugins " + verb + ": refused: " + trust.refused());
      return ExitCodes.FAILED_CHECK;
    }
    if (result.getSeverity() == IStatus.ERROR || result.getSeverity() == IStatus.CANCEL) {
      err.println("wedge plugins " + verb + ": failed, nothing was changed: " + Installation.describe(result));
      return ExitCodes.FAILED_CHECK;
    }
    done.run();
    out.println("Restart Wedge for the change to take effect in the workbench; commands see it from now on.");
    return ExitCodes.OK;
  }

  private static IQueryResult<IInstallableUnit> latest(IMetadataRepository repository, String id) {
    return repository.query(QueryUtil.createLatestQuery(QueryUtil.createIUQuery(id)), new NullProgressMonitor());
  }

  /** A folder, a .zip or .jar file (read in place: jar:file:...!/), or a URI. */
  static URI repositoryLocation(String arg) {
    if (arg.matches("(?i)(file|jar|https?):.*")) {
      return URI.create(arg);
    }
    Path p = Path.of(arg).toAbsolutePath().normalize();
    if (Files.isDirectory(p)) {
      return p.toUri();
    }
    String name = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
    if (Files.isRegularFile(p) && (name.endsWith(".zip") || name.endsWith(".jar"))) {
      return URI.create("jar:" + p.toUri() + "!/");
    }
    throw new IllegalArgumentException(arg + (Files.exists(p) ? " is neither a folder nor a .zip"
        : " does not exist") + "; name a p2 repository folder or its zip");
  }

  private static IProvisioningAgent currentAgent() throws InvalidSyntaxException {
    BundleContext ctx = FrameworkUtil.getBundle(PluginsCommand.class).getBundleContext();
    // p2.core registers the running installation's agent when it starts
    IProvisioningAgent.class.getName();
    org.osgi.framework.Bundle core = org.eclipse.core.runtime.Platform.getBundle("org.eclipse.equinox.p2.core");
    if (core != null && core.getState() != org.osgi.framework.Bundle.ACTIVE) {
      try {
        core.start(org.osgi.framework.Bundle.START_TRANSIENT);
      } catch (org.osgi.framework.BundleException e) {
        return null;
      }
    }
    for (ServiceReference<IProvisioningAgent> ref : ctx.getServiceReferences(IProvisioningAgent.class,
        "(" + IProvisioningAgent.SERVICE_CURRENT + "=true)")) {
      return ctx.getService(ref);
    }
    return null;
  }

  static Set<String> ids(List<IInstallableUnit> ius) {
    Set<String> out = new LinkedHashSet<>();
    ius.forEach(iu -> out.add(iu.getId()));
    return out;
  }

  static IArtifactRepositoryManager artifacts(IProvisioningAgent agent) {
    return agent.getService(IArtifactRepositoryManager.class);
  }

  static IMetadataRepositoryManager metadata(IProvisioningAgent agent) {
    return agent.getService(IMetadataRepositoryManager.class);
  }
}
