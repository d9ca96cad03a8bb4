package dev.wedge.plugins;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.query.UserVisibleRootQuery;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;

import dev.wedge.core.provenance.Provenance;

/** This installation as p2 sees it: its profile, the plug-ins installed in it, and the repositories it reads. */
final class Installation {

  /** The provider name of Wedge's own features and product. */
  static final String WEDGE_PROVIDER = "Wedge";

  private final IProvisioningAgent agent;
  private final IProfile profile;

  Installation(IProvisioningAgent agent, IProfile profile) {
    this.agent = agent;
    this.profile = profile;
  }

  IProvisioningAgent agent() {
    return agent;
  }

  String productVersion() {
    return Provenance.wedge().version();
  }

  /** The installed plug-ins: what the user installed, not Wedge itself. */
  List<IInstallableUnit> plugins() {
    List<IInstallableUnit> out = new ArrayList<>();
    for (IInstallableUnit iu : profile.query(new UserVisibleRootQuery(), new NullProgressMonitor())) {
      if (isPlugin(iu)) {
        out.add(iu);
      }
    }
    out.sort(Comparator.comparing(IInstallableUnit::getId));
    return out;
  }

  boolean isPlugin(IInstallableUnit iu) {
    return !isWedge(iu);
  }

  static boolean isWedge(IInstallableUnit iu) {
    if (QueryUtil.isProduct(iu) && iu.getId().startsWith("dev.wedge.")) {
      return true; // the product itself
    }
    return iu.getId().startsWith("dev.wedge.")
        && WEDGE_PROVIDER.equals(iu.getProperty(IInstallableUnit.PROP_PROVIDER, null));
  }

  IInstallableUnit installed(String id) {
    var found = profile.query(QueryUtil.createIUQuery(id), new NullProgressMonitor());
    return found.isEmpty() ? null : found.iterator().next();
  }

  IMetadataRepository load(URI location) throws ProvisionException {
    NullProgressMonitor monitor = new NullProgressMonitor();
    IMetadataRepository repository = PluginsCommand.metadata(agent).loadRepository(location, monitor);
    PluginsCommand.artifacts(agent).loadRepository(location, monitor);
    return repository;
  }

  /** What a repository offers to install: its features, newest version each, Wedge's own left out. */
  static List<IInstallableUnit> installable(IMetadataRepository repository) {
    List<IInstallableUnit> out = new ArrayList<>();
    for (IInstallableUnit iu : repository.query(QueryUtil.createLatestQuery(QueryUtil.createIUGroupQuery()),
        new NullProgressMonitor())) {
      if (!isWedge(iu)) {
        out.add(iu);
      }
    }
    out.sort(Comparator.comparing(IInstallableUnit::getId));
    return out;
  }

  /** Jars and folders in the installation's dropins/ folder. */
  List<Path> dropins() {
    String folder = profile.getProperty(IProfile.PROP_INSTALL_FOLDER);
    if (folder == null) {
      return List.of();
    }
    Path dropins = Path.of(folder).resolve("dropins");
    if (!Files.isDirectory(dropins)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dropins)) {
      return s.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  static String name(IInstallableUnit iu) {
    String name = iu.getProperty(IInstallableUnit.PROP_NAME, null);
    String provider = iu.getProperty(IInstallableUnit.PROP_PROVIDER, null);
    return (name == null ? iu.getId() : name) + (provider == null ? "" : ", " + provider);
  }

  /** A status and its children as sentences. */
  static String describe(IStatus status) {
    List<String> parts = new ArrayList<>();
    collect(status, parts);
    return String.join("; ", parts);
  }

  private static void collect(IStatus s, List<String> parts) {
    if (s.getMessage() != null && !s.getMessage().isBlank() && !parts.contains(s.getMessage().strip())) {
      parts.add(s.getMessage().strip());
    }
    for (IStatus c : s.getChildren()) {
      collect(c, parts);
    }
    if (s.getException() != null && s.getException().getMessage() != null
        && !parts.contains(s.getException().getMessage())) {
      parts.add(s.getException().getMessage());
    }
  }
}
