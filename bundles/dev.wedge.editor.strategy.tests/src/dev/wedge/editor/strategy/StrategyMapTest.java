package dev.wedge.editor.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.wedge.ui.testing.UiTesting.closeAllModels;
import static dev.wedge.ui.testing.UiTesting.copyExample;
import static dev.wedge.ui.testing.UiTesting.openPart;
import static dev.wedge.ui.testing.UiTesting.processEvents;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessions;
import dev.wedge.strategy.map.MapLayout;
import dev.wedge.model.BusinessGoal;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Initiative;
import dev.wedge.model.MetricLink;
import dev.wedge.model.StrategyModel;
import dev.wedge.ui.editors.ModelTreeEditor;
import dev.wedge.ui.models.ModelEditors;
import dev.wedge.ui.session.WorkbenchModels;

/** The strategy map: layout (headless), reframing, portfolio, SVG, and the editor in a real workbench. */
class StrategyMapTest {

  @TempDir
  Path dir;

  private final ModelSessions sessions = new ModelSessions();

  @AfterEach
  void close() {
    closeAllModels();
  }

  private StrategyModel example() throws Exception {
    Path model = copyExample(dir);
    ModelSession s = sessions.acquire(model);
    return s.getModel();
  }

  @Test
  void svgExportOfTheExample() throws Exception {
    StrategyModel m = example();
    MapLayout.Geometry g = MapLayout.layout(m, MapLayout.FIXED);
    m.getInitiatives().get(0).setName("Content & <quizzes>");
    String svg = SvgExport.of(g, m.getName());
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    assertEquals("svg", doc.getDocumentElement().getNodeName());
    assertTrue(doc.getElementsByTagName("rect").getLength() >= g.boxes().size() + 1, "background + a box each");
    assertEquals(g.lines().size(), doc.getElementsByTagName("polyline").getLength());
    assertTrue(svg.contains("Content &amp; &lt;quizzes&gt;"), "names are escaped");
    assertTrue(svg.contains("NO METRIC"), "unlinked initiatives are marked in the export too");

  }

  @Test
  void aDragLinksAnInitiativeToAMetricUndoesAndTheTreeEditorSeesBoth() throws Exception {
    IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    Path model = copyExample(dir);
    ModelSession session = WorkbenchModels.get().open(model, null);
    ModelTreeEditor tree = (ModelTreeEditor) ModelEditors.openTree(window.getActivePage(), session, null);
    StrategyEditor editor = openPart(session, "strategy", StrategyEditor.class);
    StrategyMapCanvas canvas = editor.canvas();
    StrategyModel m = session.getModel();
    Initiative research = m.getInitiatives().stream().filter(i -> i.getName().startsWith("AI research summaries"))
        .findFirst().orElseThrow();
    BusinessMetric cost = m.getMetrics().stream().filter(x -> x.getName().equals("Cost per learning hour"))
        .findFirst().orElseThrow();
    assertTrue(research.getLinks().isEmpty(), "the example's research summaries move no metric yet");
    canvas.fit();
    processEvents();
    Point from = canvas.centerOf(research);
    Point to = canvas.centerOf(cost);
    assertNotNull(from);
    mouse(canvas, SWT.MouseDown, from, 0);
    mouse(canvas, SWT.MouseMove, new Point((from.x + to.x) / 2, (from.y + to.y) / 2), SWT.BUTTON1);
    mouse(canvas, SWT.MouseMove, to, SWT.BUTTON1);
    mouse(canvas, SWT.MouseUp, to, SWT.BUTTON1);
    processEvents();
    assertEquals(1, research.getLinks().size(), "the drag created the link");
    MetricLink link = research.getLinks().get(0);
    assertEquals(cost, link.getMetric());
    assertNotNull(canvas.inlineEditor(), "the hypothesis is asked for at once");
    canvas.inlineEditor().setText("Summaries cut SME reading time, so courses cost less per hour");
    canvas.closeInline(true);
    processEvents();
    assertEquals("Summaries cut SME reading time, so courses cost less per hour", link.getHypothesis());
    assertTrue(canvas.geometry().lines().stream().anyMatch(l -> l.element() == link), "re-laid out with the line");
    assertTrue(treeShows(tree, link), "the tree editor shows the new link");

    session.getCommandStack().undo(); // the hypothesis
    session.getCommandStack().undo(); // the link
    processEvents();
    assertTrue(research.getLinks().isEmpty());
    assertFalse(treeShows(tree, link), "and no longer after undo");
    assertTrue(canvas.geometry().lines().stream().noneMatch(l -> l.element() == link));

    // a metric dropped on a goal serves it
    BusinessGoal customers = m.getGoals().stream().filter(x -> x.getName().equals("Keep our customers")).findFirst()
        .orElseThrow();
    assertEquals(cost, canvas.connect(cost, customers));
    assertEquals(customers, cost.getGoal());
    assertNull(canvas.connect(cost, cost), "nothing to link");
    Path png = dir.resolve("map.png");
    editor.exportTo(png, "png");
    byte[] bytes = Files.readAllBytes(png);
    assertTrue(bytes.length > 10_000 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G', "a PNG of the map");
    org.eclipse.swt.graphics.ImageData data = new org.eclipse.swt.graphics.ImageData(png.toString());
    assertEquals(Math.ceil(canvas.geometry().width() * 2), data.width, 1.0, "at twice the size, for slides");
    Path svg = dir.resolve("map.svg");
    editor.exportTo(svg, "svg");
    assertTrue(Files.readString(svg).contains("Cost per learning hour"));
    // the owner line is fitted to its box (an ellipsis when it is too long): the name comes first when asked
    assertTrue(Files.readString(svg).contains("Goal \u00b7 Marcus Oyelaran"), "names if asked");
    Path byRole = dir.resolve("map-by-role.svg");
    editor.exportTo(byRole, "svg", false);
    String anonymous = Files.readString(byRole);
    assertTrue(anonymous.contains("Goal \u00b7 Chief Revenue Officer<"), "people by their role, as in the brief");
    for (String n : new dev.wedge.report.Privacy(m, false).hiddenNames()) {
      assertFalse(anonymous.contains(n), n + " is in the exported map");
    }
    editor.exportTo(dir.resolve("map-by-role.png"), "png", false);
    editor.showPortfolio();
    processEvents();
    assertEquals(5, editor.portfolio().usesChart().getSeriesSet().getSeries(PortfolioPanel.SURVEY).getYSeries().length);
  }

  private static void mouse(StrategyMapCanvas canvas, int type, Point p, int stateMask) {
    Event e = new Event();
    e.x = p.x;
    e.y = p.y;
    e.button = 1;
    e.stateMask = stateMask;
    canvas.notifyListeners(type, e);
  }

  private static boolean treeShows(ModelTreeEditor tree, EObject o) {
    tree.getViewer().expandAll();
    return find(tree.getViewer().getTree().getItems(), o);
  }

  private static boolean find(TreeItem[] items, EObject o) {
    for (TreeItem i : items) {
      if (i.getData() == o || find(i.getItems(), o)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void theMaturityPartOpensTheAiPortfolioWhereMaturityAndEffortAreRecorded() throws Exception {
    ModelSession session = WorkbenchModels.get().open(copyExample(dir), null);
    StrategyEditor editor = openPart(session, "maturity", StrategyEditor.class);
    assertTrue(editor.getPartName().startsWith("AI portfolio and maturity \u2014 "), editor.getPartName());
    PortfolioPanel p = editor.portfolio();
    assertEquals(7, p.effortTable().rowCount(), "the example's seven effort shares, editable");
    assertEquals(1, p.stageTable().rowCount());
    assertEquals("Recently started", p.stageTable().text(p.stageTable().row(0), 0), "by its display name");
    dev.wedge.model.EffortShare research = p.effortTable().row(1);
    assertEquals(dev.wedge.model.AiUse.RESEARCH, research.getUse());
    org.eclipse.nebula.widgets.nattable.NatTable t = p.effortTable().getControl();
    assertTrue(t.doCommand(new org.eclipse.nebula.widgets.nattable.edit.command.UpdateDataCommand(t, 2, 2, "20")));
    assertEquals(20.0, research.getPercent());
    processEvents();
    double[] effort = p.usesChart().getSeriesSet().getSeries(PortfolioPanel.EFFORT).getYSeries();
    assertEquals(98.0, java.util.Arrays.stream(effort).sum(), 0.01, "the effort series follows: 100 - 22 + 20");
    p.addEffort();
    processEvents();
    assertEquals(8, session.getModel().getMaturity().getEfforts().size());
    assertEquals(2.0, session.getModel().getMaturity().getEfforts().get(7).getPercent(),
        "a new use gets what is left to 100%");
    session.getCommandStack().undo();
    session.getCommandStack().undo();
    assertEquals(22.0, research.getPercent());
  }

  @Test
  void theNoMetricBadgeSitsInsideTheBoxBesideTheTitleNeverOverIt() {
    int x = 100;
    int y = 50;
    int w = 220;
    int tag = 70;
    org.eclipse.swt.graphics.Rectangle badge = MapPainter.badge(x, y, w, tag, 16);
    assertTrue(badge.y >= y && badge.x + badge.width <= x + w, "inside the box (it sat across the frame): " + badge);
    assertTrue(x + MapPainter.TITLE_INSET + MapPainter.titleWidth(w, tag) <= badge.x,
        "the title wraps short of the badge instead of running under it");
    assertEquals(w - 2 * MapPainter.TITLE_INSET, MapPainter.titleWidth(w, 0), "without a badge the title has the box");
  }

  @Test
  void theMapOpensFittedToTheWidthAtAReadableZoomAndFKeyFitsTheWholeMap() throws Exception {
    Path model = copyExample(dir);
    ModelSession session = WorkbenchModels.get().open(model, null);
    StrategyEditor editor = openPart(session, "strategy", StrategyEditor.class);
    StrategyMapCanvas canvas = editor.canvas();
    assertTrue(canvas.zoom() >= StrategyMapCanvas.READABLE, "opens readable (it opened at 39%): " + canvas.zoom());
    assertTrue(canvas.zoom() <= 1.0);
    Event f = new Event();
    f.character = 'f';
    canvas.notifyListeners(SWT.KeyDown, f);
    processEvents();
    org.eclipse.swt.graphics.Rectangle area = canvas.getClientArea();
    assertTrue(canvas.geometry().width() * canvas.zoom() <= area.width
        && canvas.geometry().height() * canvas.zoom() <= area.height, "F fits the whole map: " + canvas.zoom());
  }
}
