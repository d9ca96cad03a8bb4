package dev.wedge.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.persistence.LoadedModel;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessions;
import dev.wedge.model.WedgePackage;
import dev.wedge.model.resource.WedgeResourceFactory;

/**
 * The copy a background job reads (the brief's writing) while the user goes on editing: the model as it is now,
 * unsaved edits and plug-in content Wedge does not know included, with the original's URI; nothing of the original
 * changes, and later edits of the original do not reach the copy.
 */
class ModelCopyTest {

  private static final Path EXAMPLE = Path.of("../../examples/halden-mutual.wedge").toAbsolutePath().normalize();

  @TempDir
  Path dir;

  private final ModelSessions sessions = new ModelSessions();

  private static byte[] bytes(Resource r) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    r.save(out, WedgeResourceFactory.saveOptions());
    return out.toByteArray();
  }

  @Test
  void theCopyIsTheModelAsItIsNowAndStaysSoWhileTheOriginalIsEdited() throws Exception {
    Path file = Files.copy(EXAMPLE, dir.resolve("halden.wedge"));
    byte[] onDisk = Files.readAllBytes(file);
    ModelSession s = sessions.acquire(file);
    try {
      s.execute(SetCommand.create(s.getEditingDomain(), s.getModel(),
          WedgePackage.Literals.STRATEGY_MODEL__ORGANIZATION, "Halden & Söhne"));
      assertTrue(s.isDirty());

      LoadedModel copy = ModelStore.copyOf(s.getResource());

      assertNotSame(s.getModel(), copy.model());
      assertNotSame(s.getResource().getResourceSet(), copy.resource().getResourceSet(), "a resource set of its own");
      assertEquals(s.getResource().getURI(), copy.resource().getURI(), "the original's URI (its folder, its Git)");
      assertEquals("Halden & Söhne", copy.model().getOrganization(), "the unsaved edit is in the copy");
      assertArrayEquals(bytes(s.getResource()), bytes(copy.resource()), "the copy writes exactly as the original");
      String written = new String(bytes(copy.resource()), StandardCharsets.UTF_8);
      assertTrue(new String(onDisk, StandardCharsets.UTF_8).contains("xmlns:rd=") && written.contains("xmlns:rd="),
          "the example's plug-in content (not installed here) is kept in the copy");
      assertTrue(copy.problems().stream().noneMatch(p -> p.fatal()), copy.problems().toString());

      assertTrue(s.isDirty(), "the original still has its unsaved edit");
      assertTrue(s.getCommandStack().canUndo(), "and its undo");
      assertArrayEquals(onDisk, Files.readAllBytes(file), "no file is written");

      s.execute(SetCommand.create(s.getEditingDomain(), s.getModel(),
          WedgePackage.Literals.STRATEGY_MODEL__ORGANIZATION, "Later"));
      assertEquals("Halden & Söhne", copy.model().getOrganization(), "a later edit does not reach the copy");
      assertFalse(copy.resource().isModified());
    } finally {
      sessions.release(s);
    }
  }
}
