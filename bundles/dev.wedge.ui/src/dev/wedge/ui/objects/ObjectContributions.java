package dev.wedge.ui.objects;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.views.properties.IPropertySource;

import dev.wedge.core.session.ModelSession;
import dev.wedge.ui.Messages;
import dev.wedge.ui.WedgeUi;

/**
 * The {@link ObjectContribution}s installed ({@code dev.wedge.ui.objectContributions}), asked by the editors for the
 * sections of an object's page and by the Properties view for an object's further properties. A contribution that
 * cannot be made or fails is logged in full, naming its bundle and class; the others still show.
 */
public final class ObjectContributions {

  public static final String POINT = "dev.wedge.ui.objectContributions";

  private static List<ObjectContribution> installed;

  private ObjectContributions() {
  }

  /** The contributions installed, made once. */
  public static synchronized List<ObjectContribution> installed() {
    if (installed == null) {
      List<ObjectContribution> out = new ArrayList<>();
      for (IConfigurationElement e : Platform.getExtensionRegistry().getConfigurationElementsFor(POINT)) {
        try {
          out.add((ObjectContribution) e.createExecutableExtension("class"));
        } catch (CoreException | ClassCastException x) {
          WedgeUi.log(NLS.bind(Messages.ObjectContributions_NotMade, e.getAttribute("class"),
              e.getContributor().getName()), x);
        }
      }
      installed = List.copyOf(out);
    }
    return installed;
  }

  /** The contributed sections for {@code object}, each made in {@code parent} (a grid of {@code columns}). */
  public static List<ObjectSection> sections(Composite parent, int columns, FormToolkit toolkit,
      ModelSession session, EObject object) {
    List<ObjectSection> out = new ArrayList<>();
    for (ObjectContribution c : installed()) {
      try {
        ObjectSection s = c.createSection(parent, columns, toolkit, session, object);
        if (s != null) {
          out.add(s);
        }
      } catch (RuntimeException x) {
        WedgeUi.log(NLS.bind(Messages.ObjectContributions_SectionFailed, c.getClass().getName()), x);
      }
    }
    return out;
  }

  /** The contributed properties of {@code object} (none: an empty list). */
  public static List<IPropertySource> properties(ModelSession session, EObject object, Runnable changed) {
    List<IPropertySource> out = new ArrayList<>();
    for (ObjectContribution c : installed()) {
      try {
        IPropertySource s = c.properties(session, object, changed);
        if (s != null) {
          out.add(s);
        }
      } catch (RuntimeException x) {
        WedgeUi.log(NLS.bind(Messages.ObjectContributions_PropertiesFailed, c.getClass().getName()), x);
      }
    }
    return out;
  }
}
