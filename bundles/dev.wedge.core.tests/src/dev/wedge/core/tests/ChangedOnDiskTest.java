package dev.wedge.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;

import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.persistence.ModelChangedOnDiskException;
import dev.wedge.core.persistence.ModelSaveException;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessions;
import dev.wedge.model.WedgePackage;

/**
 * A model open in Wedge while another program (or {@code wedge start-pilot} on the command line) writes its file: the
 * open session notices, and its save never silently replaces the other version.
 */
class ChangedOnDiskTest {

  static final Path EXAMPLE = Path.of("../../examples/halden-mutual.wedge");

  @TempDir
  Path dir;

  private Path file;
  private final ModelSessions workbench = new ModelSessions();
  private ModelSession session;

  @BeforeEach
  void open() throws Exception {
    file = dir.resolve("halden-mutual.wedge");
    Files.copy(EXAMPLE, file, StandardCopyOption.REPLACE_EXISTING);
    session = workbench.acquire(file);
  }

  @AfterEach
  void close() {
    workbench.release(session);
  }

  /** What the command line does: its own sessions, one edit, one save. */
  private void writeAsTheCommandLine(String description) throws Exception {
    ModelSessions cli = new ModelSessions();
    ModelSession other = cli.acquire(file);
    try {
      other.execute(SetCommand.create(other.getEditingDomain(), other.getModel().getInitiatives().get(0),
          WedgePackage.Literals.NAMED__DESCRIPTION, description));
      other.save();
    } finally {
      cli.release(other);
    }
  }

  private void edit(String description) {
    assertTrue(session.execute(SetCommand.create(session.getEditingDomain(), session.getModel().getInitiatives()
        .get(0), WedgePackage.Literals.NAMED__DESCRIPTION, description)));
  }

  @Test
  void aSaveOverAnotherWritersVersionIsRefusedWithTheChoices() throws Exception {
    assertFalse(session.changedOnDisk(), "as it was read");
    writeAsTheCommandLine("Started from the command line");
    byte[] theirs = Files.readAllBytes(file);
    assertTrue(session.changedOnDisk());

    edit("Edited in the workbench");
    ModelSaveException refused = assertThrows(ModelChangedOnDiskException.class, session::save);
    assertEquals("halden-mutual.wedge was changed on disk since it was opened (by another program, or `wedge` on the"
        + " command line): reload it, or save your version over it.", refused.getMessage());
    assertArrayEquals(theirs, Files.readAllBytes(file), "the other writer's version is left byte for byte");
    assertTrue(session.isDirty(), "and the user's edit is still there, unsaved");
    assertTrue(session.changedOnDisk(), "asked again, the answer is the same");

    session.saveOverwriting();
    assertFalse(session.isDirty());
    assertFalse(session.changedOnDisk(), "what it wrote is what it remembers");
    assertTrue(Files.readString(file).contains("Edited in the workbench"));
    assertArrayEquals(theirs, Files.readAllBytes(dir.resolve("halden-mutual.wedge.bak")),
        "the other writer's version is kept as the backup");

    edit("Edited again");
    session.save(); // nobody else wrote it since: saved as ever
    assertFalse(session.changedOnDisk());
    assertTrue(Files.readString(file).contains("Edited again"));
  }

  @Test
  void aModelOpenedAgainAfterTheChangeIsNotChanged() throws Exception {
    writeAsTheCommandLine("Started from the command line");
    assertTrue(session.changedOnDisk());
    workbench.release(session);
    session = workbench.acquire(file); // what reloading does: a new session on the file as it is now
    assertEquals("Started from the command line", session.getModel().getInitiatives().get(0).getDescription());
    assertFalse(session.changedOnDisk());
    edit("Edited after reloading");
    session.save();
    assertTrue(Files.readString(file).contains("Edited after reloading"));
  }

  @Test
  void aFileOnlyTouchedOrRewrittenWithTheSameBytesIsNotChanged() throws Exception {
    byte[] before = Files.readAllBytes(file);
    Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 60_000));
    assertFalse(session.changedOnDisk(), "a new time, the same content");
    Path copy = dir.resolve("copy");
    Files.write(copy, before);
    Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING);
    assertFalse(session.changedOnDisk(), "another file, the same bytes");
    edit("Edited in the workbench");
    session.save();
    assertTrue(Files.readString(file).contains("Edited in the workbench"));
  }

  @Test
  void aSaveWithoutSessionsInBetweenIsSeenToo() throws Exception {
    // a program that writes the file some other way than Wedge's sessions (ModelStore itself, as the merge driver)
    var loaded = ModelStore.load(file);
    loaded.model().getInitiatives().get(0).setDescription("Written by another program");
    ModelStore.save(loaded.resource(), file);
    loaded.resource().unload();
    assertTrue(session.changedOnDisk());
    assertThrows(ModelChangedOnDiskException.class, session::save);
  }
}
