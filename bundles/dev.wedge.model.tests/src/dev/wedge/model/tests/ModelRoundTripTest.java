package dev.wedge.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import dev.wedge.model.Identified;
import dev.wedge.model.Pilot;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.WedgeFactory;
import dev.wedge.model.WedgePackage;
import dev.wedge.model.resource.WedgeResource;
import dev.wedge.model.resource.WedgeResourceFactory;

class ModelRoundTripTest {

  private static WedgeResource newResource(String name) {
    return (WedgeResource) new WedgeResourceFactory().createResource(URI.createURI("mem:/" + name + ".wedge"));
  }

  private static byte[] save(WedgeResource resource) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    resource.save(out, null);
    return out.toByteArray();
  }

  private static StrategyModel load(byte[] bytes) throws Exception {
    WedgeResource resource = newResource("reloaded");
    resource.load(new ByteArrayInputStream(bytes), null);
    assertTrue(resource.getErrors().isEmpty(), () -> "load errors: " + resource.getErrors());
    return (StrategyModel) resource.getContents().get(0);
  }

  @Test
  void everyClassSurvivesSaveAndReload() throws Exception {
    StrategyModel original = FullModel.build();
    WedgeResource resource = newResource("full");
    resource.getContents().add(original);
    StrategyModel reloaded = load(save(resource));
    assertTrue(EcoreUtil.equals(original, reloaded), "reloaded model differs from the saved one");
    Pilot pilot = reloaded.getPilots().get(0);
    assertSame(reloaded.getStakeholders().get(0), pilot.getSponsor(), "references resolve to the reloaded objects");
    assertEquals(LocalDate.of(2026, 2, 2), pilot.getStartDate());
  }

  @Test
  void everyClassOfThePackageIsCoveredByTheRoundTrip() {
    Set<String> used = new HashSet<>();
    StrategyModel m = FullModel.build();
    used.add(m.eClass().getName());
    m.eAllContents().forEachRemaining(o -> used.add(o.eClass().getName()));
    WedgePackage.eINSTANCE.getEClassifiers().stream()
        .filter(c -> c instanceof org.eclipse.emf.ecore.EClass ec && !ec.isAbstract())
        .forEach(c -> assertTrue(used.contains(c.getName()), c.getName() + " is missing from FullModel"));
  }

  @Test
  void objectsGetAStableIdWhenTheyEnterAResource() throws Exception {
    StrategyModel m = FullModel.build();
    assertNull(m.getId(), "no id before the object is in a file");
    WedgeResource resource = newResource("ids");
    resource.getContents().add(m);
    Set<String> ids = new HashSet<>();
    for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
      String id = ((Identified) it.next()).getId();
      assertNotNull(id);
      assertTrue(ids.add(id), "ids are unique");
    }
    String pilotId = m.getPilots().get(0).getId();
    StrategyModel reloaded = load(save(resource));
    assertEquals(pilotId, reloaded.getPilots().get(0).getId(), "ids survive a reload unchanged");
    assertSame(reloaded.getPilots().get(0), reloaded.eResource().getEObject(pilotId), "objects are found by id");
  }

  @Test
  void referencesAreWrittenAsIds() throws Exception {
    StrategyModel m = FullModel.build();
    WedgeResource resource = newResource("refs");
    resource.getContents().add(m);
    String xml = new String(save(resource), StandardCharsets.UTF_8);
    assertTrue(xml.contains("sponsor=\"" + m.getStakeholders().get(0).getId() + "\""), xml);
    assertTrue(xml.contains("startDate=\"2026-02-02\""), "dates are ISO calendar dates");
  }

  @Test
  void objectsAddedLaterGetIdsToo() {
    StrategyModel m = WedgeFactory.eINSTANCE.createStrategyModel();
    WedgeResource resource = newResource("later");
    resource.getContents().add(m);
    Pilot p = WedgeFactory.eINSTANCE.createPilot();
    m.getPilots().add(p);
    assertNotNull(p.getId());
    assertEquals(6, p.getDurationWeeks(), "pilots last six weeks by default");
  }

  @Test
  void whetherAnInitiativeUsesAiContentIsKeptAsSaidOrAsNotRecorded() throws Exception {
    StrategyModel m = WedgeFactory.eINSTANCE.createStrategyModel();
    WedgeResource resource = newResource("ai");
    resource.getContents().add(m);
    for (int i = 0; i < 3; i++) {
      m.getInitiatives().add(WedgeFactory.eINSTANCE.createInitiative());
    }
    m.getInitiatives().get(0).setUsesAiContent(false);
    m.getInitiatives().get(1).setUsesAiContent(true);
    StrategyModel reloaded = load(save(resource));
    assertTrue(reloaded.getInitiatives().get(0).isSetUsesAiContent(), "an explicit 'no' is written and read back");
    assertEquals(false, reloaded.getInitiatives().get(0).isUsesAiContent());
    assertEquals(true, reloaded.getInitiatives().get(1).isUsesAiContent());
    assertEquals(false, reloaded.getInitiatives().get(2).isSetUsesAiContent(), "not recorded stays not recorded");
  }

  @Test
  void malformedDatesAreRefusedWithTheValueNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WedgeFactory.eINSTANCE.createFromString(WedgePackage.Literals.DATE, "2026-13-45"));
    assertTrue(e.getMessage().contains("2026-13-45"), e.getMessage());
  }
}
