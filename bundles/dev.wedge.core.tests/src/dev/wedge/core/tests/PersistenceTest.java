package dev.wedge.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.persistence.LoadedModel;
import dev.wedge.core.persistence.ModelSaveException;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.core.session.ModelTemplates;
import dev.wedge.model.Pilot;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.WedgeFactory;
import dev.wedge.model.resource.WedgeResource;
import dev.wedge.model.resource.WedgeResourceFactory;

class PersistenceTest {

  @TempDir
  Path dir;

  private WedgeResource resourceWith(StrategyModel m, Path file) {
    WedgeResource r = (WedgeResource) new WedgeResourceFactory()
        .createResource(org.eclipse.emf.common.util.URI.createFileURI(file.toString()));
    r.getContents().add(m);
    return r;
  }

  @Test
  void saveAndLoadGiveBackAnEqualModel() throws Exception {
    StrategyModel m = ModelTemplates.instantiate(ModelTemplates.STARTER, "Acme", "Acme Corp");
    Path file = dir.resolve("acme.wedge");
    ModelStore.save(resourceWith(m, file), file);
    LoadedModel loaded = ModelStore.load(file);
    assertTrue(EcoreUtil.equals(m, loaded.model()));
    assertTrue(loaded.problems().isEmpty(), () -> loaded.problems().toString());
    assertTrue(Files.readString(file).contains("formatVersion=\"1\""), "files always say their format");
  }

  @Test
  void savingKeepsTheFilesPermissionsAndANewFileGetsTheUsualOnes() throws Exception {
    StrategyModel m = ModelTemplates.instantiate(ModelTemplates.BLANK, "shared", null);
    Path file = dir.resolve("shared.wedge");
    WedgeResource r = resourceWith(m, file);
    ModelStore.save(r, file);
    Path plain = Files.createFile(dir.resolve("plain.txt")); // what any new file gets here (the umask)
    assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(file),
        "a new model is readable as any new file, not owner-only");
    java.util.Set<java.nio.file.attribute.PosixFilePermission> groupWritable =
        java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--");
    Files.setPosixFilePermissions(file, groupWritable);
    m.setName("shared v2");
    ModelStore.save(r, file);
    assertEquals(groupWritable, Files.getPosixFilePermissions(file), "saving keeps the permissions the user set");
    assertNoTemporaryFiles();
  }

  @Test
  void savingKeepsThePreviousVersionAsBak() throws Exception {
    StrategyModel m = ModelTemplates.instantiate(ModelTemplates.BLANK, "v1", null);
    Path file = dir.resolve("m.wedge");
    WedgeResource r = resourceWith(m, file);
    ModelStore.save(r, file);
    byte[] v1 = Files.readAllBytes(file);
    m.setName("v2");
    ModelStore.save(r, file);
    assertArrayEquals(v1, Files.readAllBytes(dir.resolve("m.wedge.bak")));
    assertTrue(Files.readString(file).contains("name=\"v2\""));
    assertNoTemporaryFiles();
  }

  @Test
  void aSaveInterruptedMidWriteLeavesThePreviousFileIntact() throws Exception {
    StrategyModel m = ModelTemplates.instantiate(ModelTemplates.STARTER, "before", null);
    Path file = dir.resolve("m.wedge");
    WedgeResource r = resourceWith(m, file);
    ModelStore.save(r, file);
    byte[] before = Files.readAllBytes(file);
    m.setName("after");
    for (int i = 0; i < 200; i++) {
      m.getGoals().add(WedgeFactory.eINSTANCE.createBusinessGoal());
    }
    ModelSaveException e = assertThrows(ModelSaveException.class,
        () -> ModelStore.save(r, file, out -> new FailingAfter(out, 4096)));
    assertTrue(e.getMessage().contains("previous version of the file is intact"), e.getMessage());
    assertTrue(e.getMessage().contains("disk full (simulated)"), e.getMessage());
    assertArrayEquals(before, Files.readAllBytes(file), "the old file is untouched");
    assertNoTemporaryFiles();
    assertEquals("before", ModelStore.load(file).model().getName());
  }

  @Test
  void aModelWithADanglingReferenceIsNotSaved() throws Exception {
    StrategyModel m = ModelTemplates.instantiate(ModelTemplates.STARTER, "m", null);
    Path file = dir.resolve("m.wedge");
    WedgeResource r = resourceWith(m, file);
    Pilot pilot = m.getPilots().get(0);
    pilot.setSponsor(WedgeFactory.eINSTANCE.createStakeholder()); // not contained anywhere
    ModelSaveException e = assertThrows(ModelSaveException.class, () -> ModelStore.save(r, file));
    assertTrue(e.getMessage().contains("'sponsor'"), e.getMessage());
    assertFalse(Files.exists(file));
  }

  @Test
  void templatesGetFreshIds() throws Exception {
    StrategyModel a = ModelTemplates.instantiate(ModelTemplates.STARTER, "a", null);
    StrategyModel b = ModelTemplates.instantiate(ModelTemplates.STARTER, "b", null);
    assertFalse(a.getId().equals(b.getId()));
    assertFalse(a.getPilots().get(0).getId().equals(b.getPilots().get(0).getId()));
    assertEquals(a.getMetrics().get(0), a.getPilots().get(0).getPrimaryMetric(), "references survive the copy");
  }

  private void assertNoTemporaryFiles() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file is left behind");
    }
  }

  /** A disk that fills up after {@code limit} bytes. */
  private static final class FailingAfter extends FilterOutputStream {
    private long remaining;

    FailingAfter(OutputStream out, long limit) {
      super(out);
      remaining = limit;
    }

    @Override
    public void write(int b) throws IOException {
      if (--remaining < 0) {
        throw new IOException("disk full (simulated)");
      }
      super.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      for (int i = 0; i < len; i++) {
        write(b[off + i]);
      }
    }
  }
}
