package dev.wedge.model.edit.tests;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IChildCreationExtender;

import dev.wedge.model.StrategyModel;
import dev.wedge.model.WedgePackage;

/** New Child › Note on a Wedge model: a note in the model's plug-in slot. */
public final class NoteCreation implements IChildCreationExtender {

  @Override
  public Collection<?> getNewChildDescriptors(Object object, EditingDomain editingDomain) {
    if (object instanceof StrategyModel) {
      return List.of(new CommandParameter(null, WedgePackage.Literals.STRATEGY_MODEL__EXTENSIONS,
          EcoreUtil.create(Notes.NOTE)));
    }
    return List.of();
  }

  @Override
  public ResourceLocator getResourceLocator() {
    return Notes.STRINGS;
  }
}
