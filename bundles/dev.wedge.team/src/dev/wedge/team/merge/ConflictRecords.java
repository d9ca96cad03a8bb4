package dev.wedge.team.merge;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

import dev.wedge.model.StrategyModel;

/**
 * Unresolved conflicts kept in the merged model itself ({@code team:MergeConflict} objects under the model's
 * extensions, package {@code http://wedge.dev/team/1}): whoever opens it, in the workbench, with {@code wedge analyze}
 * or after a commit, sees them as findings until each is resolved. A Wedge without this package keeps them as it keeps
 * any plug-in's content.
 */
public final class ConflictRecords {

  public static final String NS_URI = "http://wedge.dev/team/1";

  private static EPackage teamPackage;

  private ConflictRecords() {
  }

  /** The package of the records: the one registered by this bundle, or read from the bundle outside OSGi. */
  public static synchronized EPackage teamPackage() {
    if (teamPackage == null) {
      EPackage p = EPackage.Registry.INSTANCE.getEPackage(NS_URI);
      if (p == null) {
        try (InputStream in = ConflictRecords.class.getResourceAsStream("/model/team.ecore")) {
          Resource r = new EcoreResourceFactoryImpl().createResource(URI.createURI("team.ecore"));
          new ResourceSetImpl().getResources().add(r);
          r.load(in, null);
          p = (EPackage) r.getContents().get(0);
          EPackage.Registry.INSTANCE.put(NS_URI, p);
        } catch (IOException | RuntimeException e) {
          throw new IllegalStateException("the package of merge conflicts (model/team.ecore) cannot be read", e);
        }
      }
      teamPackage = p;
    }
    return teamPackage;
  }

  public static EClass conflictClass() {
    return (EClass) teamPackage().getEClassifier("MergeConflict");
  }

  public static boolean isRecord(EObject o) {
    return o.eClass().getName().equals("MergeConflict") && o.eClass().getEPackage() != null
        && NS_URI.equals(o.eClass().getEPackage().getNsURI());
  }

  /** The conflict records of {@code model}. */
  public static List<EObject> of(StrategyModel model) {
    List<EObject> out = new ArrayList<>();
    for (EObject o : model.getExtensions()) {
      if (isRecord(o)) {
        out.add(o);
      }
    }
    return out;
  }

  /** Adds a record of each unresolved conflict to {@code model} (replacing records of the same conflict). */
  public static void write(StrategyModel model, List<Conflict> conflicts) {
    EClass c = conflictClass();
    for (Conflict x : conflicts) {
      if (x.resolved()) {
        continue;
      }
      String id = "conflict-" + x.key();
      for (EObject old : of(model)) {
        if (id.equals(text(old, "id"))) {
          EcoreUtil.remove(old);
        }
      }
      EObject r = EcoreUtil.create(c);
      set(r, "id", id);
      set(r, "key", x.key());
      set(r, "kind", x.kind().name());
      set(r, "objectId", x.objectId());
      set(r, "feature", x.feature());
      set(r, "message", x.message());
      set(r, "before", x.before());
      set(r, "ours", x.ours());
      set(r, "theirs", x.theirs());
      set(r, "kept", x.applied().choice().name());
      model.getExtensions().add(r);
    }
  }

  public static String text(EObject record, String name) {
    Object v = record.eGet(record.eClass().getEStructuralFeature(name));
    return v == null ? null : v.toString();
  }

  private static void set(EObject o, String name, String value) {
    if (value != null) {
      o.eSet((EAttribute) o.eClass().getEStructuralFeature(name), value);
    }
  }
}
