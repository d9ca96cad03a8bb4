package dev.wedge.ui.models;

import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.quickaccess.IQuickAccessComputer;
import org.eclipse.ui.quickaccess.QuickAccessElement;

import dev.wedge.core.session.ModelSession;
import dev.wedge.model.Identified;
import dev.wedge.ui.WedgeUi;
import dev.wedge.ui.session.WorkbenchModels;
import org.eclipse.osgi.util.NLS;
import dev.wedge.ui.Messages;

/**
 * The objects of the open models in Quick Access (Ctrl+3): type a pilot's, a metric's or a stakeholder's name and
 * Enter opens the editor that shows it best, with the object selected ("go to pilot...").
 */
public final class ModelObjectsQuickAccess implements IQuickAccessComputer {

  @Override
  public QuickAccessElement[] computeElements() {
    List<QuickAccessElement> elements = new ArrayList<>();
    List<ModelSession> models = WorkbenchModels.get().getModels();
    for (ModelSession session : models) {
      if (session.isDisposed()) {
        continue;
      }
      TreeIterator<EObject> all = session.getModel().eAllContents();
      while (all.hasNext()) {
        EObject o = all.next();
        if (o instanceof Identified i && i.getId() != null) {
          String name = label(session.getAdapterFactory(), o);
          if (!name.isBlank()) {
            elements.add(new ObjectElement(session, o, i.getId(), name, typeName(session.getAdapterFactory(), o),
                models.size() > 1 ? session.getName() : null));
          }
        }
      }
    }
    return elements.toArray(QuickAccessElement[]::new);
  }

  @Override
  public void resetState() {
    // nothing kept between openings: the elements are read from the models each time
  }

  /** Models change between two openings of Quick Access, so the objects are always read again. */
  @Override
  public boolean needsRefresh() {
    return true;
  }

  static String label(AdapterFactory factory, EObject o) {
    Object p = factory == null ? null : factory.adapt(o, IItemLabelProvider.class);
    String text = p instanceof IItemLabelProvider l ? l.getText(o) : null;
    return text == null ? "" : text;
  }

  /** "Pilot", "Success criterion", ...: the type's name as the model's editing strings give it. */
  static String typeName(AdapterFactory factory, EObject o) {
    Object p = factory == null ? null : factory.adapt(o, IItemLabelProvider.class);
    if (p instanceof ItemProviderAdapter provider) {
      try {
        return provider.getString("_UI_" + o.eClass().getName() + "_type");
      } catch (MissingResourceException e) {
        // a plug-in's class without editing strings: its class name below
      }
    }
    return o.eClass().getName();
  }

  /** One object: "Pilot: Role-play for new sales hires", with the model's name when several are open. */
  static final class ObjectElement extends QuickAccessElement {
    private final ModelSession session;
    private final EObject object;
    private final String id;
    private final String label;

    ObjectElement(ModelSession session, EObject object, String id, String name, String type, String model) {
      this.session = session;
      this.object = object;
      this.id = session.getFile() + "#" + id;
      this.label = type + ": " + name + (model == null ? "" : separator + model);
    }

    @Override
    public String getLabel() {
      return label;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
      return ModelParts.partOf(object).map(ModelPart::icon).orElse(null);
    }

    @Override
    public String getId() {
      return id;
    }

    @Override
    public void execute() {
      IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
      IWorkbenchPage page = window == null ? null : window.getActivePage();
      if (page == null || session.isDisposed()) {
        return; // the window closed, or the model was closed while Quick Access was open: nothing to go to
      }
      try {
        ModelEditors.openObject(page, session, object);
      } catch (PartInitException e) {
        WedgeUi.log("Could not open " + label, e);
        org.eclipse.jface.dialogs.ErrorDialog.openError(window.getShell(), Messages.QuickAccess_Title,
            NLS.bind(Messages.QuickAccess_CannotOpen, label), e.getStatus());
      }
    }
  }
}
