package dev.wedge.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.wedge.model.StrategyModel;
import dev.wedge.model.WedgeFactory;
import dev.wedge.model.WedgePackage;

/**
 * A plug-in's objects in the workbench, contributed as a consultancy does (this fragment's fragment.xml): their
 * label comes from the plug-in's item provider factory, and New Child on a model offers them
 * ({@code org.eclipse.emf.edit.childCreationExtenders} on Wedge's package), created in the model's plug-in slot by
 * one undoable command. The adapter factory is the one every model session uses: the registry, then reflection.
 */
class PluginObjectsTest {

  private final ComposedAdapterFactory factory = new ComposedAdapterFactory(
      ComposedAdapterFactory.Descriptor.Registry.INSTANCE);

  {
    factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
  }

  @AfterEach
  void dispose() {
    factory.dispose();
  }

  private String label(Object o) {
    return ((IItemLabelProvider) factory.adapt(o, IItemLabelProvider.class)).getText(o);
  }

  @Test
  void newChildCreatesThePluginsObjectWithItsLabel() {
    AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack());
    Resource resource = domain.getResourceSet().createResource(URI.createURI("memory:/model.wedge"));
    StrategyModel model = WedgeFactory.eINSTANCE.createStrategyModel();
    resource.getContents().add(model);

    List<CommandParameter> notes = domain.getNewChildDescriptors(model, null).stream()
        .filter(CommandParameter.class::isInstance).map(CommandParameter.class::cast)
        .filter(p -> p.getValue() instanceof EObject o && o.eClass() == Notes.NOTE).toList();
    assertEquals(1, notes.size(), "New Child on a model offers the plug-in's note once");
    assertEquals(WedgePackage.Literals.STRATEGY_MODEL__EXTENSIONS, notes.get(0).getFeature());
    assertTrue(domain.getNewChildDescriptors(model, null).stream().anyMatch(d -> d instanceof CommandParameter p
        && p.getFeature() == WedgePackage.Literals.STRATEGY_MODEL__GOALS), "Wedge's own children are still offered");

    Command create = CreateChildCommand.create(domain, model, notes.get(0), List.of(model));
    CommandParameter goal = domain.getNewChildDescriptors(model, null).stream().filter(CommandParameter.class::isInstance)
        .map(CommandParameter.class::cast).filter(p -> p.getFeature() == WedgePackage.Literals.STRATEGY_MODEL__GOALS)
        .findFirst().orElseThrow();
    assertEquals("New Business Goal", CreateChildCommand.create(domain, model, goal, List.of(model)).getLabel());
    assertEquals("New Sponsor note", create.getLabel(), "the menu item is named like Wedge's, by the plug-in's strings");
    assertTrue(create.canExecute());
    domain.getCommandStack().execute(create);
    assertEquals(1, model.getExtensions().size());
    EObject note = model.getExtensions().get(0);
    assertEquals("Note: (empty)", label(note), "the plug-in's label, not the reflective one");

    domain.getCommandStack().execute(SetCommand.create(domain, note, Notes.TEXT, "Sponsor wants the win rate"));
    assertEquals("Note: Sponsor wants the win rate", label(note));
    // the Properties view: its attribute is listed under its own name, with EMF's texts for what the plug-in lacks
    IItemPropertySource properties = (IItemPropertySource) factory.adapt(note, IItemPropertySource.class);
    assertEquals(List.of("Text"), properties.getPropertyDescriptors(note).stream().map(d -> d.getDisplayName(note))
        .toList());

    domain.getCommandStack().undo();
    domain.getCommandStack().undo();
    assertTrue(model.getExtensions().isEmpty(), "creating it is one undoable command");
  }
}
