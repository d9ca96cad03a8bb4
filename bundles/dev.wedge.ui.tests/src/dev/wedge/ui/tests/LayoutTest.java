package dev.wedge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.session.ModelSession;
import dev.wedge.model.Pilot;
import dev.wedge.ui.emf.ColumnWidths;
import dev.wedge.ui.models.ModelEditors;
import dev.wedge.ui.models.ModelParts;
import dev.wedge.ui.session.WorkbenchModels;

/**
 * Every editor of the example at 1280x800 (a workshop laptop) and 1400x1000, every tab of it shown: no table header
 * cut, no button cut ("Make it a succ..."), no page scrolling sideways; the window lies on the screen.
 */
class LayoutTest {

  private static final int[][] SIZES = {{1280, 800}, {1400, 1000}};

  @TempDir
  Path dir;

  private IWorkbenchPage page;
  private Shell shell;
  private Rectangle before;
  private ModelSession session;

  @BeforeEach
  void open() throws Exception {
    page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    shell = page.getWorkbenchWindow().getShell();
    before = shell.getBounds();
    Path model = dir.resolve("halden-mutual.wedge");
    Files.copy(EditingTest.EXAMPLE, model, StandardCopyOption.REPLACE_EXISTING);
    session = WorkbenchModels.get().open(model, null);
  }

  @AfterEach
  void close() {
    for (ModelSession s : WorkbenchModels.get().getModels()) {
      WorkbenchModels.get().closeDiscarding(s);
    }
    shell.setBounds(before);
    EditingTest.processEvents();
  }

  @Test
  void theWindowOpensOnTheScreen() {
    Rectangle screen = Display.getCurrent().getPrimaryMonitor().getClientArea();
    Rectangle window = shell.getBounds();
    assertTrue(screen.contains(window.x, window.y) && window.x + window.width <= screen.x + screen.width
        && window.y + window.height <= screen.y + screen.height, "window " + window + " on screen " + screen);
  }

  @Test
  void aWindowLargerThanTheScreenIsFittedToIt() throws Exception {
    Class<?> advisor = Class.forName("dev.wedge.ui.application.WedgeWorkbenchWindowAdvisor");
    java.lang.reflect.Method within = advisor.getDeclaredMethod("within", Rectangle.class, Rectangle.class);
    within.setAccessible(true);
    Rectangle laptop = new Rectangle(0, 0, 1280, 800);
    assertTrue(new Rectangle(0, 0, 1280, 800).equals(within.invoke(null, new Rectangle(40, 30, 1400, 900), laptop)));
    assertTrue(new Rectangle(100, 100, 1000, 600).equals(within.invoke(null, new Rectangle(100, 100, 1000, 600),
        laptop)), "a window that fits stays where it is");
    assertTrue(new Rectangle(280, 200, 1000, 600).equals(within.invoke(null, new Rectangle(900, 700, 1000, 600),
        laptop)), "moved back onto the screen");
  }

  @Test
  void noEditorCutsAHeaderOrAButtonOrScrollsSidewaysAt1280x800And1400x1000() throws Exception {
    List<String> problems = new ArrayList<>();
    for (int[] size : SIZES) {
      shell.setBounds(0, 0, size[0], size[1]);
      EditingTest.processEvents();
      for (dev.wedge.ui.models.ModelPart part : ModelParts.all()) {
        List<EObject> objects = new ArrayList<>();
        objects.add(null);
        if (part.id().equals("pilots")) {
          objects.addAll(session.getModel().getPilots());
        }
        for (EObject select : objects) {
          IEditorPart editor = ModelEditors.openPart(page, session, part, select);
          EditingTest.processEvents();
          String where = size[0] + "x" + size[1] + " " + part.id()
              + (select instanceof Pilot p ? " '" + p.getName() + "'" : "");
          Composite root = editorControl(editor);
          checkEveryTab(root, where, problems);
          page.closeEditor(editor, false);
          EditingTest.processEvents();
        }
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void theWheelOverADropDownScrollsThePageInsteadOfChangingTheValue() {
    Shell test = new Shell(Display.getCurrent());
    try {
      test.setLayout(new org.eclipse.swt.layout.FillLayout());
      ScrolledComposite scroll = new ScrolledComposite(test, SWT.V_SCROLL);
      Composite page = new Composite(scroll, SWT.NONE);
      page.setLayout(new org.eclipse.swt.layout.GridLayout());
      org.eclipse.swt.widgets.Text field = new org.eclipse.swt.widgets.Text(page, SWT.BORDER);
      org.eclipse.swt.widgets.Combo combo = new org.eclipse.swt.widgets.Combo(page, SWT.READ_ONLY);
      combo.setItems("AI sales role-play coach", "Performance-review writing assistant");
      combo.select(0);
      new org.eclipse.swt.widgets.Label(page, SWT.NONE).setText("a long page");
      scroll.setContent(page);
      page.setSize(300, 2000);
      test.setSize(300, 200);
      test.open();
      field.setFocus(); // the pointer passes over the drop-down while the user is elsewhere
      EditingTest.processEvents();
      assertTrue(!combo.isFocusControl());
      Event wheel = new Event();
      wheel.count = -3; // down
      combo.notifyListeners(SWT.MouseVerticalWheel, wheel);
      assertTrue(!wheel.doit, "the drop-down does not take the wheel (GTK would change its value)");
      assertTrue(scroll.getOrigin().y > 0, "the page scrolled instead: " + scroll.getOrigin());
      assertTrue(combo.getSelectionIndex() == 0);
      combo.setFocus();
      EditingTest.processEvents();
      Event focused = new Event();
      focused.count = -1;
      if (combo.isFocusControl()) {
        combo.notifyListeners(SWT.MouseVerticalWheel, focused);
        assertTrue(focused.doit, "a drop-down the user clicked into keeps the wheel");
      }
    } finally {
      test.dispose();
    }
  }

  private static Composite editorControl(IEditorPart editor) {
    return ((dev.wedge.ui.session.SessionEditorPart) editor).partControl();
  }

  /** Checks {@code root} with each tab of each tab folder in it shown in turn. */
  private static void checkEveryTab(Composite root, String where, List<String> problems) {
    check(root, where, problems);
    for (Control c : all(root)) {
      if (c instanceof CTabFolder f && !f.isDisposed()) {
        for (int i = 0; i < f.getItemCount(); i++) {
          f.setSelection(i);
          Event e = new Event();
          e.item = f.getItem(i);
          f.notifyListeners(SWT.Selection, e);
          EditingTest.processEvents();
          check(root, where + " tab '" + f.getItem(i).getText() + "'", problems);
        }
        f.setSelection(0);
      } else if (c instanceof TabFolder f && !f.isDisposed()) {
        for (int i = 0; i < f.getItemCount(); i++) {
          f.setSelection(i);
          Event e = new Event();
          e.item = f.getItem(i);
          f.notifyListeners(SWT.Selection, e);
          EditingTest.processEvents();
          check(root, where + " tab '" + f.getItem(i).getText() + "'", problems);
        }
        f.setSelection(0);
      }
    }
  }

  private static void check(Composite root, String where, List<String> problems) {
    Rectangle area = root.getDisplay().map(root.getParent(), null, root.getBounds());
    for (Control c : all(root)) {
      if (c.isDisposed() || !c.isVisible() || c.getSize().x <= 0) {
        continue;
      }
      Rectangle r = root.getDisplay().map(c.getParent(), null, c.getBounds());
      if (r.x + r.width > area.x + area.width + 2 && !scrolled(c, root)) {
        add(problems, where + ": " + c.getClass().getSimpleName() + describe(c) + " off the right edge by "
            + (r.x + r.width - area.x - area.width) + " px");
      }
      if (c instanceof Table t && t.getHeaderVisible()) {
        for (TableColumn col : t.getColumns()) {
          int needed = ColumnWidths.headerWidth(t, col.getText()) - 12;
          if (col.getWidth() > 0 && col.getWidth() < needed) {
            add(problems, where + ": header '" + col.getText() + "' cut (" + col.getWidth() + " < " + needed + " px)");
          }
        }
      } else if (c instanceof NatTable n) {
        for (int col = 0; col < n.getColumnCount(); col++) {
          Object header = n.getDataValueByPosition(col, 0);
          if (header instanceof String s && !s.isEmpty()) {
            int needed = ColumnWidths.headerWidth(n, s) - 12;
            if (n.getColumnWidthByPosition(col) < needed) {
              add(problems, where + ": header '" + s + "' cut (" + n.getColumnWidthByPosition(col) + " < " + needed
                  + " px)");
            }
          }
        }
      } else if (c instanceof Button b && (b.getStyle() & SWT.PUSH) != 0 && !b.getText().isEmpty()) {
        Point wanted = b.computeSize(SWT.DEFAULT, SWT.DEFAULT);
        if (b.getSize().x < wanted.x - 2) {
          add(problems, where + ": button '" + b.getText() + "' cut (" + b.getSize().x + " < " + wanted.x + " px)");
        }
      }
      String type = c.getClass().getName();
      if (type.equals("org.eclipse.swtchart.Chart") && c.getSize().y < 200) {
        add(problems, where + ": a chart crushed to " + c.getSize().y + " px");
      }
      if (type.equals("dev.wedge.editor.strategy.StrategyMapCanvas")) {
        double zoom = zoomOf(c);
        if (zoom < 0.8) {
          add(problems, where + ": the map opens at " + Math.round(zoom * 100) + "% (text too small to read)");
        }
      }
      if (c instanceof NatTable n && c.getSize().y < Math.min(n.getPreferredHeight(), 5 * 20 + 20)) {
        add(problems, where + ": a table " + c.getSize().y + " px tall (fewer than five rows show)");
      }
      if (c instanceof ScrolledComposite s && s.getHorizontalBar() != null && s.getHorizontalBar().isVisible()
          && s.getContent() != null && s.getContent().getSize().x > s.getClientArea().width + 2) {
        add(problems, where + ": scrolls sideways (" + s.getContent().getSize().x + " px in "
            + s.getClientArea().width + ")");
      }
    }
  }

  /** Whether {@code c} lies in something that scrolls or clips on purpose (a scrolled page, a table's cells). */
  private static boolean scrolled(Control c, Composite root) {
    for (Composite p = c.getParent(); p != null && p != root; p = p.getParent()) {
      if (p instanceof ScrolledComposite || p instanceof NatTable || p instanceof Table) {
        return true;
      }
    }
    return false;
  }

  private static double zoomOf(Control map) {
    try {
      return (double) map.getClass().getMethod("zoom").invoke(map);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("the map's zoom cannot be read", e);
    }
  }

  private static String describe(Control c) {
    if (c instanceof Button b) {
      return " '" + b.getText() + "'";
    }
    if (c instanceof org.eclipse.swt.widgets.Label l) {
      return " '" + l.getText() + "'";
    }
    return "";
  }

  private static void add(List<String> problems, String problem) {
    if (!problems.contains(problem)) {
      problems.add(problem);
    }
  }

  private static List<Control> all(Composite root) {
    List<Control> out = new ArrayList<>();
    for (Control c : root.getChildren()) {
      out.add(c);
      if (c instanceof Composite k) {
        out.addAll(all(k));
      }
    }
    return out;
  }
}
