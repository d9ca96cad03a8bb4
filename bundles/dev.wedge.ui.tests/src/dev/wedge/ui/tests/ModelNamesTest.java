package dev.wedge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.ui.models.ModelNames;
import dev.wedge.ui.models.ModelsView;
import dev.wedge.ui.session.WorkbenchModels;

/** Two open models with the same file name are listed with their folders; others by their name alone. */
class ModelNamesTest {

  private static final Path HOME = Path.of("/home/ana");

  @TempDir
  Path dir;

  @AfterEach
  void close() {
    for (dev.wedge.core.session.ModelSession s : WorkbenchModels.get().getModels()) {
      WorkbenchModels.get().closeDiscarding(s);
    }
  }

  private Path copy(String folder) throws Exception {
    Path to = Files.createDirectories(dir.resolve(folder)).resolve("halden-mutual.wedge");
    Files.copy(WorkbenchTest.EXAMPLE, to);
    return to;
  }

  @Test
  void aNameOnlyOneModelHasIsListedAlone() {
    Path mine = HOME.resolve("Wedge/halden-mutual.wedge");
    assertEquals("halden-mutual", ModelNames.listed("halden-mutual", mine, List.of(mine,
        HOME.resolve("Wedge/nordbank.wedge")), HOME));
  }

  @Test
  void collidingNamesAreListedWithTheirFolders() {
    Path a = HOME.resolve("Wedge/halden-mutual.wedge");
    Path b = HOME.resolve("clients/halden/halden-mutual.wedge");
    Path c = Path.of("/srv/shared/halden-mutual.wedge");
    List<Path> open = List.of(a, b, c);
    assertEquals("halden-mutual \u00b7 ~/Wedge", ModelNames.listed("halden-mutual", a, open, HOME));
    assertEquals("halden-mutual \u00b7 ~/clients/halden", ModelNames.listed("halden-mutual", b, open, HOME));
    assertEquals("halden-mutual \u00b7 /srv/shared", ModelNames.listed("halden-mutual", c, open, HOME));
    assertEquals("halden-mutual \u00b7 ~", ModelNames.listed("halden-mutual", HOME.resolve("halden-mutual.wedge"),
        open, HOME));
  }

  @Test
  void theModelsViewTellsTwoCopiesApart() throws Exception {
    Path one = copy("one");
    Path two = copy("two");
    WorkbenchModels.get().open(one, null);
    WorkbenchModels.get().open(two, null);
    IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    ModelsView models = (ModelsView) page.showView(ModelsView.ID);
    WorkbenchTest.processEvents(); // the view's refresh after the second model opened
    List<String> rows = Arrays.stream(models.getViewer().getTree().getItems()).map(TreeItem::getText).toList();
    assertTrue(rows.stream().anyMatch(r -> r.startsWith("halden-mutual \u00b7 ") && r.contains("/one")), rows::toString);
    assertTrue(rows.stream().anyMatch(r -> r.startsWith("halden-mutual \u00b7 ") && r.contains("/two")), rows::toString);
  }
}
