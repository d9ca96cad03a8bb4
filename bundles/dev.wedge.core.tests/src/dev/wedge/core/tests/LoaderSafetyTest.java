package dev.wedge.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.persistence.LoadedModel;
import dev.wedge.core.persistence.ModelLoadException;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.core.persistence.Words;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Measurement;
import dev.wedge.model.Pilot;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.WedgeFactory;
import dev.wedge.model.resource.SealedURIConverter;
import dev.wedge.model.resource.WedgeResource;
import dev.wedge.model.resource.WedgeResourceFactory;

/** A file is data: nothing in it is opened, and what Wedge writes it reads back whatever the JDK's parser limits. */
class LoaderSafetyTest {

  @TempDir
  Path dir;

  @Test
  void manyAmpersandsInTextsSaveAndOpenAgain() throws Exception {
    // JDK 24+ count every &amp; against a 100,000 entity-size limit: this file did not open again
    StrategyModel m = WedgeFactory.eINSTANCE.createStrategyModel();
    m.setName("HR & Payroll import");
    BusinessMetric metric = WedgeFactory.eINSTANCE.createBusinessMetric();
    metric.setName("Attrition <12 months> \"regretted\"");
    m.getMetrics().add(metric);
    for (int i = 0; i < 60_000; i++) {
      Measurement x = WedgeFactory.eINSTANCE.createMeasurement();
      x.setDate(LocalDate.of(2026, 1, 1).plusDays(i % 365));
      x.setValue(i % 97);
      x.setSource("HR & Payroll");
      metric.getMeasurements().add(x);
    }
    Path file = dir.resolve("payroll.wedge");
    WedgeResource r = (WedgeResource) new WedgeResourceFactory().createResource(URI.createFileURI(file.toString()));
    r.getContents().add(m);
    ModelStore.save(r, file);
    LoadedModel loaded = ModelStore.load(file);
    assertEquals(60_000, loaded.model().getMetrics().get(0).getMeasurements().size());
    assertEquals("HR & Payroll", loaded.model().getMetrics().get(0).getMeasurements().get(59_999).getSource());
    assertTrue(loaded.resource().wasLoadedFast(), "the fast path reads it as well");
  }

  @Test
  void everyResourceSetThatHoldsAModelOpensNothingByUri() throws Exception {
    Path other = Files2.model(dir, "other.wedge", "", "  <metrics id=\"m-ttp\" name=\"SECRET\"/>\n");
    Path file = Files2.model(dir, "m.wedge", "", "  <goals id=\"g1\" name=\"Grow\"/>\n");
    LoadedModel loaded = ModelStore.load(file);
    ResourceSet rs = loaded.resource().getResourceSet();
    assertTrue(SealedURIConverter.isInstalled(rs.getURIConverter()));
    assertTrue(SealedURIConverter.isInstalled(loaded.resource().getURIConverter()));
    // a plug-in resolving a reference into another file by hand gets nothing from it
    WrappedException e = assertThrows(WrappedException.class,
        () -> rs.getEObject(URI.createFileURI(other.toString()).appendFragment("m-ttp"), true));
    assertInstanceOf(IOException.class, e.getCause());
    assertTrue(e.getCause().getMessage().contains("does not open"), e.getCause().getMessage());
    assertThrows(IOException.class, () -> rs.getURIConverter().createInputStream(URI.createURI("http://127.0.0.1:9/x")));
    assertFalse(rs.getURIConverter().exists(URI.createFileURI(other.toString()), null));
  }

  @Test
  void aProxyMadeInMemoryIsNotResolvedAndNotSaved() throws Exception {
    Path file = Files2.model(dir, "m.wedge", "", "  <pilots id=\"p1\" name=\"P\"/>\n");
    LoadedModel loaded = ModelStore.load(file);
    BusinessMetric proxy = WedgeFactory.eINSTANCE.createBusinessMetric();
    ((InternalEObject) proxy).eSetProxyURI(URI.createURI("http://127.0.0.1:9/x.wedge#m"));
    Pilot p = loaded.model().getPilots().get(0);
    p.setPrimaryMetric(proxy);
    assertTrue(p.getPrimaryMetric().eIsProxy(), "the proxy stays unresolved: nothing was opened");
  }

  @Test
  void aSymbolicLinkLoopIsNamed() throws Exception {
    Path a = dir.resolve("a.wedge");
    Path b = dir.resolve("b.wedge");
    Files.createSymbolicLink(a, b);
    Files.createSymbolicLink(b, a);
    ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelStore.load(a));
    assertTrue(e.getMessage().contains("symbolic link that leads back to itself"), e.getMessage());
  }

  @Test
  void aDanglingLinkAFolderAndAPipeAreNamed() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("gone.wedge"), dir.resolve("moved-away.wedge"));
    assertTrue(assertThrows(ModelLoadException.class, () -> ModelStore.load(link)).getMessage()
        .contains("symbolic link to '" + dir.resolve("moved-away.wedge") + "', which does not exist"));
    Path folder = Files.createDirectory(dir.resolve("folder.wedge"));
    assertTrue(assertThrows(ModelLoadException.class, () -> ModelStore.load(folder)).getMessage()
        .contains("it is a folder"));
    Path fifo = dir.resolve("pipe.wedge");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    assertTrue(assertThrows(ModelLoadException.class, () -> ModelStore.load(fifo)).getMessage()
        .contains("not a regular file but a pipe"));
    ModelLoadException missing = assertThrows(ModelLoadException.class,
        () -> ModelStore.load(dir.resolve("no-folder/m.wedge")));
    assertTrue(missing.getMessage().contains("there is no folder '" + dir.resolve("no-folder") + "'"),
        missing.getMessage());
  }

  @Test
  void messagesNameNoJavaClass() {
    assertTrue(Words.showsClassName("'dev.wedge.model.impl.StakeholderImpl@4a6ad34a (id: s-cfo)' is not valid"));
    assertTrue(Words.showsClassName("com.sun.org.apache.xerces.internal.impl.io.MalformedByteSequenceException: x"));
    assertFalse(Words.showsClassName("Cannot open m.wedge: the file does not exist."));
    assertEquals("the file ends too early", Words.of(new java.io.EOFException()));
    assertEquals("invalid byte 1", Words.of(new IOException(
        "org.eclipse.emf.ecore.resource.Resource$IOWrappedException: JAXP00010001: Invalid byte 1.")));
  }
}
