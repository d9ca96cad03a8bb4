package dev.wedge.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.persistence.ModelSaveException;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessions;
import dev.wedge.core.session.ModelTemplates;
import dev.wedge.model.WedgePackage;

/**
 * The recovery file a failing workbench writes: beside the model, never over it; the session stays as it was; a
 * session restored from it has unsaved changes; saving removes it.
 */
class RecoveryFileTest {

  @TempDir
  Path dir;

  private final ModelSessions sessions = new ModelSessions();

  @Test
  void theRecoveryFileHoldsTheUnsavedWorkAndTheModelFileIsNeverWritten() throws Exception {
    ModelSession s = sessions.create(dir.resolve("plan.wedge"),
        ModelTemplates.instantiate(ModelTemplates.STARTER, "Plan", "Acme"));
    Path file = s.getFile();
    byte[] saved = Files.readAllBytes(file);
    s.execute(SetCommand.create(s.getEditingDomain(), s.getModel(), WedgePackage.Literals.STRATEGY_MODEL__ORGANIZATION,
        "Acme & Söhne"));

    Path recovery = s.writeRecovery();
    assertEquals(dir.resolve("plan.wedge.recovery"), recovery);
    assertArrayEquals(saved, Files.readAllBytes(file), "the model file is untouched");
    assertFalse(Files.exists(dir.resolve("plan.wedge.bak")), "and no backup is made of it");
    assertTrue(s.isDirty(), "the session still has its unsaved changes");
    assertTrue(s.getCommandStack().canUndo(), "and its undo");
    assertEquals("Acme & Söhne", ModelStore.load(recovery).model().getOrganization());
    assertEquals(recovery, ModelStore.pendingRecovery(file).orElseThrow());
    try (var listing = Files.list(dir)) {
      assertEquals(2, listing.count(), "the model and its recovery file, no temporary file");
    }
    sessions.release(s);

    ModelSession restored = sessions.acquireRecovered(file, recovery);
    assertEquals(file, restored.getFile(), "the session is the model's, not the recovery file's");
    assertEquals("Acme & Söhne", restored.getModel().getOrganization());
    assertTrue(restored.isDirty(), "restored changes are unsaved until saved");
    assertArrayEquals(saved, Files.readAllBytes(file));
    restored.save();
    assertFalse(Files.exists(recovery), "saving removes the recovery file");
    assertFalse(restored.isDirty());
    assertEquals("Acme & Söhne", ModelStore.load(file).model().getOrganization());
    sessions.release(restored);
  }

  @Test
  void aModelThatCouldNotBeReadBackIsNotWrittenToARecoveryFileEither() throws Exception {
    ModelSession s = sessions.create(dir.resolve("plan.wedge"),
        ModelTemplates.instantiate(ModelTemplates.STARTER, "Plan", "Acme"));
    s.getModel().setOrganization("bell \u0007"); // a character XML cannot hold, set past the edit guards
    ModelSaveException e = assertThrows(ModelSaveException.class, s::writeRecovery);
    assertTrue(e.getMessage().contains("organization"), e.getMessage());
    assertTrue(ModelStore.pendingRecovery(s.getFile()).isEmpty());
    sessions.release(s);
  }
}
