package dev.wedge.ui.objects;

import org.eclipse.swt.widgets.Control;

/**
 * A section another bundle adds to the editor page of a model object (the pilot page, for example): it is made by an
 * {@link ObjectContribution}, laid out by the page, and refreshed whenever the page is.
 */
public interface ObjectSection {

  /** The section's outermost control, a child of the page's body. */
  Control control();

  /** The model changed: the section shows the object as it is now. Called in the UI thread. */
  void refresh();
}
