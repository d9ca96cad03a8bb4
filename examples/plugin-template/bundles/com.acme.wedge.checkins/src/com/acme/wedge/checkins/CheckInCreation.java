package com.acme.wedge.checkins;

import java.text.MessageFormat;
import java.util.Collection;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.edit.EMFEditPlugin;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IChildCreationExtender;

import dev.wedge.model.StrategyModel;
import dev.wedge.model.WedgePackage;

/**
 * New Child › New Check-in on a Wedge model (the Model tree's context menu): a check-in in the model's plug-in
 * slot, one undoable command, filled in in the Properties view. Registered for Wedge's namespace in plugin.xml
 * ({@code org.eclipse.emf.edit.childCreationExtenders}); the menu item's name comes from plugin.properties
 * ({@code _UI_CheckIn_type}).
 */
public final class CheckInCreation implements IChildCreationExtender {

  @Override
  public Collection<?> getNewChildDescriptors(Object object, EditingDomain editingDomain) {
    if (object instanceof StrategyModel && CheckIns.checkInClass() != null) {
      return List.of(new CommandParameter(null, WedgePackage.Literals.STRATEGY_MODEL__EXTENSIONS,
          CheckIns.create(null, null)));
    }
    return List.of();
  }

  @Override
  public ResourceLocator getResourceLocator() {
    return STRINGS;
  }

  /**
   * This bundle's plugin.properties, as EMF reads a plug-in's strings; what it does not have (the Properties view's
   * generic texts, the reflective icons) comes from EMF.Edit's own. Used for the New Child menu here and by
   * {@link CheckInLabels}, whose item provider EMF asks for the type's name.
   */
  static final ResourceLocator STRINGS = new ResourceLocator() {
    private final ResourceBundle bundle = ResourceBundle.getBundle("plugin", java.util.Locale.getDefault(),
        CheckInCreation.class.getClassLoader());

    @Override
    public java.net.URL getBaseURL() {
      return CheckInCreation.class.getResource("/");
    }

    @Override
    public Object getImage(String key) {
      return EMFEditPlugin.INSTANCE.getImage(key);
    }

    @Override
    public String getString(String key) {
      return getString(key, true);
    }

    @Override
    public String getString(String key, boolean translate) {
      try {
        return bundle.getString(key);
      } catch (MissingResourceException notOurs) {
        return EMFEditPlugin.INSTANCE.getString(key, translate);
      }
    }

    @Override
    public String getString(String key, Object[] substitutions) {
      return MessageFormat.format(getString(key), substitutions);
    }

    @Override
    public String getString(String key, Object[] substitutions, boolean translate) {
      return getString(key, substitutions);
    }
  };
}
