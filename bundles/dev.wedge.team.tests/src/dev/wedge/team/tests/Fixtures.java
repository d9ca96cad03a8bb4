package dev.wedge.team.tests;

import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;

import dev.wedge.core.persistence.LoadedModel;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.model.StrategyModel;

/** The example model, loaded once; each test works on copies. */
final class Fixtures {

  static final Path EXAMPLE = Path.of("../../examples/halden-mutual.wedge");

  private static StrategyModel example;

  private Fixtures() {
  }

  static synchronized StrategyModel example() {
    if (example == null) {
      try {
        LoadedModel m = ModelStore.load(EXAMPLE);
        example = m.model();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return example;
  }

  /** A copy of the example, independent of it, with the content this Wedge does not know (the plug-in's). */
  static StrategyModel copy() {
    return copy(example());
  }

  static StrategyModel copy(StrategyModel m) {
    EcoreUtil.Copier copier = new EcoreUtil.Copier();
    StrategyModel c = (StrategyModel) copier.copy(m);
    copier.copyReferences();
    XMLResource r = (XMLResource) ModelStore.newResourceSet()
        .createResource(org.eclipse.emf.common.util.URI.createFileURI("copy.wedge"));
    r.getContents().add(c);
    if (m.eResource() instanceof XMLResource x) {
      x.getEObjectToExtensionMap().forEach((k, v) -> {
        if (copier.get(k) != null) {
          r.getEObjectToExtensionMap().put(copier.get(k), EcoreUtil.copy(v));
        }
      });
    }
    return c;
  }

  @SuppressWarnings("unchecked")
  static <T extends EObject> T find(StrategyModel m, String id) {
    for (var it = m.eAllContents(); it.hasNext();) {
      EObject o = it.next();
      if (o instanceof dev.wedge.model.Identified i && id.equals(i.getId())) {
        return (T) o;
      }
    }
    return null;
  }

  /** Sets who commits in the repository at {@code repo} (as git config user.name and user.email would). */
  static void identity(Path repo, String name) throws Exception {
    try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.open(repo.toFile())) {
      org.eclipse.jgit.lib.StoredConfig c = git.getRepository().getConfig();
      c.setString("user", null, "name", name);
      c.setString("user", null, "email", name.toLowerCase().replace(' ', '.') + "@example.org");
      c.save();
    }
  }
}
