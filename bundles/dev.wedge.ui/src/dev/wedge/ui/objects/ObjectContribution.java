package dev.wedge.ui.objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.views.properties.IPropertySource;

import dev.wedge.core.session.ModelSession;

/**
 * What a bundle adds where the user looks at one model object, without the editor or the Properties view knowing the
 * bundle: a section on the object's editor page, and properties of their own in the Properties view. Contributed to
 * {@code dev.wedge.ui.objectContributions}; team sharing, for example, adds a pilot's pre-registration check and an
 * object's history.
 */
public interface ObjectContribution {

  /**
   * A section about {@code object} in the page body {@code parent} (a grid of {@code columns} columns; the section
   * spans them all), or null when this contribution has none for it.
   */
  default ObjectSection createSection(Composite parent, int columns, FormToolkit toolkit, ModelSession session,
      EObject object) {
    return null;
  }

  /**
   * Properties of {@code object} shown beside its own in the Properties view, in a category of their own, or null
   * when there are none. A source that reads them in the background calls {@code changed} (in any thread) once they
   * are there, and the view shows them.
   */
  default IPropertySource properties(ModelSession session, EObject object, Runnable changed) {
    return null;
  }
}
