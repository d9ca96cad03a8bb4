package dev.wedge.editor.metrics;

import static dev.wedge.ui.testing.UiTesting.closeAllModels;
import static dev.wedge.ui.testing.UiTesting.copyExample;
import static dev.wedge.ui.testing.UiTesting.processEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.session.ModelSession;
import dev.wedge.model.BusinessMetric;
import dev.wedge.ui.dnd.ModelTreeFileDrop;
import dev.wedge.ui.models.ModelEditors;
import dev.wedge.ui.models.ModelParts;
import dev.wedge.ui.models.ModelsView;
import dev.wedge.ui.session.WorkbenchModels;

/** CSV and xAPI files dropped onto a metric, in the metrics editor and in the Models view, start its import. */
class MetricFileDropTest {

  static final Path CSV = Path.of("../dev.wedge.evidence.tests/fixtures/csv/ambiguous-de.csv");
  static final Path XAPI = Path.of("../dev.wedge.evidence.tests/fixtures/xapi/lrs-page.json");

  @TempDir
  Path dir;
  private ModelSession session;
  private MetricsEditor editor;
  private IWorkbenchPage page;

  @BeforeEach
  void open() throws Exception {
    page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    session = WorkbenchModels.get().open(copyExample(dir), null);
    editor = (MetricsEditor) ModelEditors.openPart(page, session, ModelParts.find("metrics").orElseThrow(), null);
    editor.setBlockDialogs(false);
    processEvents();
  }

  @AfterEach
  void close() {
    for (Shell s : Display.getCurrent().getShells()) {
      if (s != page.getWorkbenchWindow().getShell() && !s.isDisposed()) {
        s.close();
      }
    }
    closeAllModels();
  }

  private BusinessMetric metric(String id) {
    return (BusinessMetric) session.getResource().getEObject(id);
  }

  @Test
  void aCsvOrXapiFileDroppedOntoAMetricOfTheEditorOpensItsImportDialog() throws Exception {
    MetricFileDrop drop = new MetricFileDrop(editorsMetrics(), editor);
    Object csv = drop.drop(metric("m-cost"), List.of(CSV));
    assertTrue(csv instanceof CsvImportDialog d && d.getShell().isVisible(), "the CSV import dialog is open");
    ((Window) csv).close();
    Object xapi = drop.drop(metric("m-win"), List.of(XAPI));
    assertTrue(xapi instanceof XapiImportDialog d && d.getShell().isVisible(), "the xAPI import dialog is open");
    ((Window) xapi).close();

    Path pdf = Files.writeString(dir.resolve("notes.pdf"), "%PDF-1.7");
    assertNull(drop.drop(metric("m-cost"), List.of(pdf)));
    assertEquals("Cannot import notes.pdf: a metric takes CSV files (.csv, .tsv, .txt) and xAPI statements (.json,"
        + " .ndjson, .jsonl).", editor.messages().message());
    assertNull(drop.drop(null, List.of(CSV)));
    assertEquals("Cannot import ambiguous-de.csv here: drop a CSV or xAPI file onto the metric its measurements"
        + " belong to.", editor.messages().message());
  }

  @Test
  void aCsvFileDroppedOntoAMetricInTheModelsViewStartsTheSameImport() throws Exception {
    ModelsView models = (ModelsView) page.showView(ModelsView.ID);
    ModelTreeFileDrop drop = ModelTreeFileDrop.attach(new org.eclipse.jface.viewers.TreeViewer(
        new Shell(Display.getCurrent())), page); // the same adapter as the view's, on a viewer of its own
    processEvents();

    assertEquals(List.of(), drop.drop(metric("m-ttp"), List.of(CSV)));
    processEvents();

    assertTrue(importDialogOpen(), "the import dialog of the metric is open");
    assertEquals(editor, page.getActiveEditor(), "in the metrics editor, at the metric");
    assertEquals(metric("m-ttp"), ((org.eclipse.jface.viewers.IStructuredSelection) editor.getSite()
        .getSelectionProvider().getSelection()).getFirstElement());
    List<String> refused = drop.drop(models.selectedSession(), List.of(CSV));
    assertEquals(List.of("Cannot import ambiguous-de.csv here: drop a CSV or xAPI file onto the metric its"
        + " measurements belong to."), refused);
  }

  private boolean importDialogOpen() {
    for (Shell s : Display.getCurrent().getShells()) {
      if (!s.isDisposed() && s.isVisible() && "Import measurements".equals(s.getText())) {
        return true;
      }
    }
    return false;
  }

  private org.eclipse.jface.viewers.TableViewer editorsMetrics() throws Exception {
    java.lang.reflect.Field f = MetricsEditor.class.getDeclaredField("metrics");
    f.setAccessible(true);
    return (org.eclipse.jface.viewers.TableViewer) f.get(editor);
  }
}
