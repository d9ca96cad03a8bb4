package dev.wedge.editor.strategy;

import static dev.wedge.ui.testing.UiTesting.closeAllModels;
import static dev.wedge.ui.testing.UiTesting.copyExample;
import static dev.wedge.ui.testing.UiTesting.processEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Button;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.session.ModelSession;
import dev.wedge.strategy.map.MapLayout;
import dev.wedge.ui.session.ActiveModel;
import dev.wedge.ui.session.WorkbenchModels;
import dev.wedge.ui.testing.OpenWizardDialog;
import dev.wedge.ui.testing.UiTesting;
import dev.wedge.ui.testing.Widgets;
import dev.wedge.ui.wizards.WizardJob;

/**
 * File › Export › Wedge › Strategy Map as PNG, from the platform's export registry: written by a job at twice the
 * map's size, drawn as the editor draws it, whole or not at all, and said in a notification.
 */
class MapExportWizardTest {

  @TempDir
  Path dir;

  /** The job draws in the UI thread, so the test waits turning the event loop, never joining. */
  private static void awaitJob(MapExportWizard wizard) {
    UiTesting.waitUntil(() -> wizard.job().getResult() != null, "the map export's job to end");
    processEvents();
  }

  @AfterEach
  void close() {
    closeAllModels();
    ActiveModel.set(null);
  }

  @Test
  void thePngIsTheWholeMapAtTwiceItsSizeWrittenByAJob() throws Exception {
    ModelSession session = WorkbenchModels.get().open(copyExample(dir), null);
    ActiveModel.set(session);
    try (UiTesting.ErrorLog errors = new UiTesting.ErrorLog()) {
      IWorkbenchWizard w = PlatformUI.getWorkbench().getExportWizardRegistry()
          .findWizard("dev.wedge.editor.strategy.exportMapPng").createWizard();
      w.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
      MapExportWizard wizard = (MapExportWizard) w;
      OpenWizardDialog dialog = OpenWizardDialog.show(wizard);
      Path target = dir.resolve("halden-mutual-strategy-map.png").toAbsolutePath();
      assertEquals(target, wizard.page().file(), "suggested beside the model");
      dialog.press(IDialogConstants.FINISH_ID);
      awaitJob(wizard);

      MapLayout.Geometry g = MapLayout.layout(session.getModel(), MapLayout.FIXED);
      int w2 = (int) Math.ceil(g.width() * 2);
      int h2 = (int) Math.ceil(g.height() * 2);
      assertEquals("The strategy map written to " + target + " (" + w2 + " x " + h2 + " pixels, people by their role).",
          WizardJob.last());
      ImageData png = new ImageLoader().load(target.toString())[0];
      assertEquals(w2, png.width, "twice the map's width");
      assertEquals(h2, png.height);
      Set<Integer> colours = new HashSet<>();
      for (int y = 0; y < png.height; y += 7) {
        for (int x = 0; x < png.width; x += 7) {
          colours.add(png.getPixel(x, y));
        }
      }
      assertTrue(colours.size() > 8, "boxes, lines and text are drawn, not an empty picture: " + colours.size());
      try (var listing = Files.list(dir)) {
        assertFalse(listing.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
      }
      assertFalse(session.isDirty(), "an export changes nothing");
      errors.assertNone();
    }
  }

  @Test
  void thePeopleAreNamedOnlyWhenTheBoxIsTicked() throws Exception {
    ModelSession session = WorkbenchModels.get().open(copyExample(dir), null);
    MapExportWizard wizard = new MapExportWizard(session, false);
    OpenWizardDialog dialog = OpenWizardDialog.show(wizard);
    Button names = Widgets.all(dialog.getShell(), Button.class).stream().filter(b -> (b.getStyle() & SWT.CHECK) != 0)
        .findFirst().orElseThrow();
    assertFalse(names.getSelection(), "by their role unless asked");
    names.setSelection(true);
    dialog.press(IDialogConstants.FINISH_ID);
    awaitJob(wizard);
    assertTrue(WizardJob.last().endsWith("people by name)."), WizardJob.last());
  }
}
