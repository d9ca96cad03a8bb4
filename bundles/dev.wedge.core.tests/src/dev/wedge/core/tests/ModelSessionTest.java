package dev.wedge.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.persistence.ModelSaveException;
import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessionListener;
import dev.wedge.core.session.ModelSessions;
import dev.wedge.core.session.ModelTemplates;
import dev.wedge.model.Initiative;
import dev.wedge.model.WedgePackage;

class ModelSessionTest {

  @TempDir
  Path dir;

  private final ModelSessions sessions = new ModelSessions();

  private Path newModel(String name) throws Exception {
    ModelSession s = sessions.create(dir.resolve(name + ".wedge"),
        ModelTemplates.instantiate(ModelTemplates.STARTER, name, "Acme"));
    Path file = s.getFile();
    sessions.release(s);
    return file;
  }

  /** What an editor does: hold a reference and listen. */
  private static final class FakeEditor implements ModelSessionListener {
    final ModelSession session;
    final List<String> seen = new ArrayList<>();

    FakeEditor(ModelSession session) {
      this.session = session;
      session.addListener(this);
    }

    @Override
    public void commandStackChanged(ModelSession s, EventObject event) {
      seen.add(s.getModel().getInitiatives().get(0).getName());
    }
  }

  @Test
  void twoEditorsShareOneSessionAndOneUndo() throws Exception {
    Path file = newModel("shared");
    FakeEditor strategy = new FakeEditor(sessions.acquire(file));
    FakeEditor pilots = new FakeEditor(sessions.acquire(file));
    assertSame(strategy.session, pilots.session, "one session per file");
    Initiative init = strategy.session.getModel().getInitiatives().get(0);
    String before = init.getName();

    strategy.session.execute(SetCommand.create(strategy.session.getEditingDomain(), init,
        WedgePackage.Literals.NAMED__NAME, "Renamed in the strategy map"));
    assertEquals(List.of("Renamed in the strategy map"), pilots.seen, "the other editor saw the edit at once");
    assertEquals("Renamed in the strategy map", pilots.session.getModel().getInitiatives().get(0).getName());
    assertTrue(pilots.session.isDirty());

    pilots.session.getCommandStack().undo();
    assertEquals(before, init.getName(), "one undo reverts it for everyone");
    assertEquals(List.of("Renamed in the strategy map", before), strategy.seen);
    assertFalse(strategy.session.isDirty(), "back at the saved state");

    sessions.release(strategy.session);
    assertFalse(pilots.session.isDisposed(), "still referenced by the other editor");
    sessions.release(pilots.session);
    assertTrue(pilots.session.isDisposed());
    assertTrue(sessions.getSessions().isEmpty());
  }

  @Test
  void saveClearsDirtyAndUndoAfterSaveMakesItDirtyAgain() throws Exception {
    Path file = newModel("dirty");
    ModelSession s = sessions.acquire(file);
    List<Boolean> states = new ArrayList<>();
    s.addListener(new ModelSessionListener() {
      @Override
      public void stateChanged(ModelSession session) {
        states.add(session.isDirty());
      }
    });
    s.execute(SetCommand.create(s.getEditingDomain(), s.getModel(), WedgePackage.Literals.NAMED__NAME, "New name"));
    s.save();
    assertFalse(s.isDirty());
    assertTrue(Files.readString(file).contains("name=\"New name\""));
    s.getCommandStack().undo();
    assertTrue(s.isDirty());
    assertEquals(List.of(true, false, true), states);
    sessions.release(s);
  }

  @Test
  void saveAsMovesTheSessionToTheNewFile() throws Exception {
    Path file = newModel("old");
    ModelSession s = sessions.acquire(file);
    Path copy = dir.resolve("copy.wedge");
    s.saveAs(copy);
    assertEquals(copy.toAbsolutePath(), s.getFile());
    assertSame(s, sessions.find(copy).orElseThrow());
    assertTrue(sessions.find(file).isEmpty());
    assertEquals("copy", s.getName());
    sessions.release(s);
  }

  @Test
  void createRefusesToOverwriteAFile() throws Exception {
    Path file = newModel("exists");
    assertThrows(ModelSaveException.class,
        () -> sessions.create(file, ModelTemplates.instantiate(ModelTemplates.BLANK, "x", null)));
  }
}
