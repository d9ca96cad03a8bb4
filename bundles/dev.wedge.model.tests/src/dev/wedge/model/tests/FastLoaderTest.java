package dev.wedge.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import dev.wedge.model.StrategyModel;
import dev.wedge.model.resource.WedgeResource;
import dev.wedge.model.resource.WedgeResourceFactory;

/** The fast path and EMF's general loader read the same files into the same models. */
class FastLoaderTest {

  private static WedgeResource load(byte[] bytes, boolean generic) throws Exception {
    WedgeResource r = (WedgeResource) new WedgeResourceFactory().createResource(URI.createURI("mem:/x.wedge"));
    Map<Object, Object> options = WedgeResourceFactory.loadOptions();
    if (generic) {
      options.put(WedgeResource.OPTION_GENERIC_LOADER, Boolean.TRUE);
    }
    r.load(new ByteArrayInputStream(bytes), options);
    assertTrue(r.getErrors().isEmpty(), () -> r.getErrors().toString());
    return r;
  }

  private static byte[] saved(StrategyModel m) throws Exception {
    WedgeResource r = (WedgeResource) new WedgeResourceFactory().createResource(URI.createURI("mem:/full.wedge"));
    r.getContents().add(m);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    r.save(out, null);
    return out.toByteArray();
  }

  @Test
  void bothLoadersGiveTheSameModel() throws Exception {
    byte[] bytes = saved(FullModel.build());
    WedgeResource fast = load(bytes, false);
    WedgeResource generic = load(bytes, true);
    assertTrue(fast.wasLoadedFast(), "a file as Wedge writes it takes the fast path");
    assertFalse(generic.wasLoadedFast());
    assertTrue(EcoreUtil.equals(fast.getContents(), generic.getContents()));
    StrategyModel m = (StrategyModel) fast.getContents().get(0);
    assertEquals(m.getPilots().get(0), fast.getEObject(m.getPilots().get(0).getId()), "the id index is built");
    assertEquals(1, m.getDisabledAnalyses().size(), "many-valued attributes written as elements");
  }

  @Test
  void anythingUnusualGoesToTheGeneralLoader() throws Exception {
    String xml = new String(saved(FullModel.build()), StandardCharsets.UTF_8)
        .replaceFirst("<goals\\s", "<goals futureField=\"x\" ");
    WedgeResource r = load(xml.getBytes(StandardCharsets.UTF_8), false);
    assertFalse(r.wasLoadedFast());
    assertFalse(r.getEObjectToExtensionMap().isEmpty(), "the unknown field is recorded, to be written back");
    assertEquals(1, r.getContents().size(), "nothing from the abandoned fast pass is left over");
  }

  @Test
  void objectsWithoutIdsGetOneOnEitherPath() throws Exception {
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<wedge:StrategyModel xmi:version=\"2.0\""
        + " xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:wedge=\"http://wedge.dev/model/1\" name=\"No ids\">\n"
        + "  <goals name=\"G\"/>\n</wedge:StrategyModel>\n";
    for (boolean generic : new boolean[] {false, true}) {
      WedgeResource r = load(xml.getBytes(StandardCharsets.UTF_8), generic);
      StrategyModel m = (StrategyModel) r.getContents().get(0);
      assertTrue(m.getId() != null && m.getGoals().get(0).getId() != null);
      assertEquals(m.getGoals().get(0), r.getEObject(m.getGoals().get(0).getId()));
    }
  }
}
