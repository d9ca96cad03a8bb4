package dev.wedge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.ui.application.WorkspaceLocation;

/**
 * One Wedge per workspace: this workbench holds its own workspace locked, so a second claim on it is told so and
 * offered another; the user's own choice of folder is taken when -data names none.
 */
class WorkspaceLocationTest {

  @TempDir
  Path home;

  private String userHome;
  private final List<String> said = new ArrayList<>();

  @BeforeEach
  void setUp() {
    userHome = System.getProperty("user.home");
    System.setProperty("user.home", home.toString());
  }

  @AfterEach
  void restore() {
    System.setProperty("user.home", userHome);
  }

  private Path running() {
    return Path.of(Platform.getInstanceLocation().getURL().getPath());
  }

  private Location unset() {
    return Platform.getInstanceLocation().createLocation(null, null, false);
  }

  @Test
  void theRunningWorkbenchHoldsItsWorkspaceLocked() throws Exception {
    assertTrue(Platform.getInstanceLocation().isLocked(), "Wedge locked its workspace at start");
  }

  @Test
  void aSecondWedgeOnAWorkspaceInUseIsToldSoAndGetsTheFolderItChooses() throws Exception {
    Path other = home.resolve("elsewhere");
    Location second = unset();
    boolean started = WorkspaceLocation.claim(second, running(), new WorkspaceLocation.Chooser() {
      @Override
      public Path another(Path inUse, String message) {
        said.add(message);
        return other;
      }

      @Override
      public void refuse(String message) {
        said.add("refused: " + message);
      }
    });
    try {
      assertTrue(started);
      assertEquals(1, said.size());
      assertTrue(said.get(0).startsWith("Another Wedge is already open on the workspace " + running()), said.get(0));
      assertEquals(other.toRealPath(), Path.of(second.getURL().toURI()).toRealPath());
      assertTrue(second.isLocked(), "and it is this Wedge's now");
    } finally {
      second.release();
    }
  }

  @Test
  void quittingLeavesTheWorkspaceAlone() throws Exception {
    Location second = unset();
    assertFalse(WorkspaceLocation.claim(second, running(), new WorkspaceLocation.Chooser() {
      @Override
      public Path another(Path inUse, String message) {
        return null;
      }

      @Override
      public void refuse(String message) {
        said.add(message);
      }
    }));
    assertFalse(second.isSet());
  }

  @Test
  void aWorkspaceNamedWithDataThatIsInUseIsRefusedWithTheWayOut() throws Exception {
    Location second = unset();
    second.set(running().toUri().toURL(), false);
    assertFalse(WorkspaceLocation.claim(second, null, new WorkspaceLocation.Chooser() {
      @Override
      public Path another(Path inUse, String message) {
        throw new AssertionError("a folder named with -data is not swapped for another");
      }

      @Override
      public void refuse(String message) {
        said.add(message);
      }
    }));
    assertEquals(1, said.size());
    assertTrue(said.get(0).contains("Close the other Wedge, or start this one on another folder with -data FOLDER."),
        said.get(0));
  }

  @Test
  void theUsersOwnFolderIsTakenOverTheDefault() throws Exception {
    Path mine = home.resolve("my-wedge-workspace");
    WorkspaceLocation.saveSetting(mine);
    assertEquals(mine + System.lineSeparator(), Files.readString(home.resolve(".wedge/workspace.location")));
    Location location = unset();
    try {
      assertTrue(WorkspaceLocation.claim(location, home.resolve("default"), null));
      assertEquals(mine.toRealPath(), Path.of(location.getURL().toURI()).toRealPath());
      assertFalse(Files.exists(home.resolve("default")));
    } finally {
      location.release();
    }
    WorkspaceLocation.saveSetting(null);
    assertTrue(WorkspaceLocation.setting().isEmpty(), "back to the default");
    assertThrows(IllegalArgumentException.class, () -> WorkspaceLocation.saveSetting(Path.of("relative/folder")));
  }

  @Test
  void theNextFreeFolderBesideOneInUse() {
    Path inUse = running();
    Path next = WorkspaceLocation.sibling(inUse);
    assertEquals(inUse.getFileName() + "-2", next.getFileName().toString());
  }
}
