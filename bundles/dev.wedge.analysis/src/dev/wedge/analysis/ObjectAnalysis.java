package dev.wedge.analysis;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import dev.wedge.model.StrategyModel;

/**
 * An analysis that examines the objects of one class one at a time. When {@link #isLocal()} (its findings about an
 * object depend only on that object and what it contains), an edit re-examines only the objects of that class that
 * contain the changed object; otherwise every object is examined again.
 */
public abstract class ObjectAnalysis<T extends EObject> implements Analysis {

  private final EClass type;
  private final Class<T> javaType;

  @SuppressWarnings("unchecked")
  protected ObjectAnalysis(EClass type) {
    this.type = type;
    this.javaType = (Class<T>) type.getInstanceClass();
  }

  public final EClass type() {
    return type;
  }

  /** Examines one object. */
  public abstract void check(T object, AnalysisContext context);

  /**
   * Called before a batch of {@link #check} calls (all objects, or the ones an edit touched): compute here what every
   * check needs from the rest of the model, once per batch.
   */
  public void prepare(AnalysisContext context) {
    // nothing by default
  }

  /** Whether the findings about an object depend only on it and its contents (default true). */
  public boolean isLocal() {
    return true;
  }

  /** The objects to examine; override to walk a known list instead of the whole model. */
  public List<T> objects(StrategyModel model) {
    List<T> out = new ArrayList<>();
    for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
      EObject o = it.next();
      if (javaType.isInstance(o)) {
        out.add(javaType.cast(o));
      }
    }
    return out;
  }

  /** The object of this analysis' class that contains {@code object} (or is it), or null. */
  public T owner(EObject object) {
    for (EObject o = object; o != null; o = o.eContainer()) {
      if (javaType.isInstance(o)) {
        return javaType.cast(o);
      }
    }
    return null;
  }

  @Override
  public void analyze(AnalysisContext context) {
    prepare(context);
    for (T t : objects(context.model())) {
      check(t, context);
    }
  }

  /** Default: the objects of this analysis' class and everything they contain. */
  @Override
  public Dependencies dependencies() {
    return Dependencies.within(type);
  }
}
