package dev.wedge.ui.models;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import dev.wedge.core.session.ModelSession;

/** A part of one open model, as a node of the Models view. */
public record PartNode(ModelSession session, ModelPart part) {

  /** The objects the part groups: the elements of its many-valued features, the children of its single ones. */
  public List<Object> objects() {
    List<Object> out = new ArrayList<>();
    for (EStructuralFeature f : part.features()) {
      Object value = session.getModel().eGet(f);
      if (value instanceof List<?> list) {
        out.addAll(list);
      } else if (value instanceof EObject single) {
        out.addAll(single.eContents());
      }
    }
    return out;
  }
}
