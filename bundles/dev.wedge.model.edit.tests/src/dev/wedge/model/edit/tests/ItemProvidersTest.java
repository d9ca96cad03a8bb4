package dev.wedge.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Collection;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.wedge.model.Cohort;
import dev.wedge.model.Concern;
import dev.wedge.model.Measurement;
import dev.wedge.model.RootCause;
import dev.wedge.model.Stakeholder;
import dev.wedge.model.StakeholderGroup;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.WedgeFactory;
import dev.wedge.model.WedgePackage;
import dev.wedge.model.provider.WedgeItemProviderAdapterFactory;

class ItemProvidersTest {

  private final ComposedAdapterFactory factory = new ComposedAdapterFactory(new WedgeItemProviderAdapterFactory());

  @AfterEach
  void dispose() {
    factory.dispose();
  }

  private String label(Object o) {
    return ((IItemLabelProvider) factory.adapt(o, IItemLabelProvider.class)).getText(o);
  }

  @Test
  void namelessObjectsHaveReadableLabels() {
    Measurement m = WedgeFactory.eINSTANCE.createMeasurement();
    m.setDate(LocalDate.of(2026, 3, 2));
    m.setValue(41.5);
    m.setCohort(Cohort.COMPARISON);
    assertEquals("2026-03-02  41.5 (Comparison)", label(m));

    Concern c = WedgeFactory.eINSTANCE.createConcern();
    c.setRootCause(RootCause.GOVERNANCE);
    c.setDescription("No DPIA yet");
    assertEquals("[Governance] No DPIA yet", label(c));
  }

  @Test
  void enumValuesAreShownInPlainWords() {
    Stakeholder s = WedgeFactory.eINSTANCE.createStakeholder();
    s.setGroup(StakeholderGroup.IT_LEGAL);
    IItemPropertySource source = (IItemPropertySource) factory.adapt(s, IItemPropertySource.class);
    IItemPropertyDescriptor group = source.getPropertyDescriptor(s, WedgePackage.Literals.STAKEHOLDER__GROUP);
    assertNotNull(group);
    assertEquals("IT and legal", group.getLabelProvider(s).getText(StakeholderGroup.IT_LEGAL));
  }

  @Test
  void propertiesEditThroughTheCommandStackSoTheyCanBeUndone() {
    StrategyModel model = WedgeFactory.eINSTANCE.createStrategyModel();
    AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack());
    domain.getResourceSet().createResource(org.eclipse.emf.common.util.URI.createURI("mem:/a.xmi")).getContents().add(model);
    Stakeholder s = WedgeFactory.eINSTANCE.createStakeholder();
    model.getStakeholders().add(s);
    IItemPropertySource source = (IItemPropertySource) factory.adapt(s, IItemPropertySource.class);
    IItemPropertyDescriptor name = source.getPropertyDescriptor(s, WedgePackage.Literals.NAMED__NAME);
    name.setPropertyValue(s, "Dana");
    assertEquals("Dana", s.getName());
    assertTrue(domain.getCommandStack().canUndo(), "the property was set by a command");
    domain.getCommandStack().undo();
    assertEquals(null, s.getName());
  }

  @Test
  void theRootShowsEverySectionAsChildren() {
    StrategyModel model = WedgeFactory.eINSTANCE.createStrategyModel();
    model.getGoals().add(WedgeFactory.eINSTANCE.createBusinessGoal());
    model.getStakeholders().add(WedgeFactory.eINSTANCE.createStakeholder());
    model.setGovernance(WedgeFactory.eINSTANCE.createGovernance());
    ITreeItemContentProvider tree = (ITreeItemContentProvider) factory.adapt(model, ITreeItemContentProvider.class);
    Collection<?> children = tree.getChildren(model);
    assertEquals(3, children.size());
    IItemPropertySource source = (IItemPropertySource) factory.adapt(model, IItemPropertySource.class);
    IItemPropertyDescriptor id = source.getPropertyDescriptor(model, WedgePackage.Literals.IDENTIFIED__ID);
    assertTrue(!id.canSetProperty(model), "ids are read-only in the Properties view");
  }
}
