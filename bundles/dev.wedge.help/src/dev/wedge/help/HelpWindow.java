package dev.wedge.help;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.osgi.util.NLS;

/**
 * Wedge's help window: the contents on the left, the page on the right, Back and Contents on top. The pages are
 * the Markdown of {@code docs/}, drawn by SWT itself (no browser: WebKitGTK is not on every Linux desktop, and the
 * help must work offline). One window at a time; opened over a dialog it belongs to the dialog, so it can be used
 * while the dialog waits.
 */
public final class HelpWindow {

  private static final String HELP_SHELL = HelpWindow.class.getName();
  private static HelpWindow current;

  private final HelpLibrary library = WedgeHelp.library();
  private final Shell shell;
  private final TreeViewer contents;
  private final HelpText page;
  private final Label location;
  private final Button back;
  private final Deque<String> history = new ArrayDeque<>();
  private String href;

  private HelpWindow(Shell parent) {
    shell = parent == null ? new Shell(org.eclipse.swt.widgets.Display.getCurrent(), SWT.SHELL_TRIM)
        : new Shell(parent, SWT.SHELL_TRIM | SWT.MODELESS);
    shell.setData(HELP_SHELL, Boolean.TRUE);
    shell.setText(Messages.Help_Title);
    GridLayoutFactory.fillDefaults().margins(6, 6).spacing(6, 6).applyTo(shell);
    Composite bar = new Composite(shell, SWT.NONE);
    GridLayoutFactory.fillDefaults().numColumns(3).applyTo(bar);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
    back = new Button(bar, SWT.PUSH);
    back.setText(Messages.Help_Back);
    back.addListener(SWT.Selection, e -> back());
    Button home = new Button(bar, SWT.PUSH);
    home.setText(Messages.Help_Contents);
    home.addListener(SWT.Selection, e -> show(HelpLibrary.HOME));
    location = new Label(bar, SWT.NONE);
    GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(location);

    SashForm sash = new SashForm(shell, SWT.HORIZONTAL);
    GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
    contents = new TreeViewer(sash, SWT.SINGLE | SWT.BORDER);
    contents.setContentProvider(new ITreeContentProvider() {
      @Override
      public Object[] getElements(Object input) {
        return ((List<?>) input).toArray();
      }

      @Override
      public Object[] getChildren(Object parentElement) {
        return ((Topic) parentElement).children().toArray();
      }

      @Override
      public Object getParent(Object element) {
        return null;
      }

      @Override
      public boolean hasChildren(Object element) {
        return !((Topic) element).children().isEmpty();
      }
    });
    contents.setLabelProvider(new LabelProvider() {
      @Override
      public String getText(Object element) {
        return ((Topic) element).label();
      }
    });
    contents.setInput(library.contents());
    contents.expandAll();
    contents.addSelectionChangedListener(e -> {
      Object selected = e.getStructuredSelection().getFirstElement();
      if (selected instanceof Topic topic && topic.href() != null && !topic.href().equals(href)) {
        show(topic.href());
      }
    });
    page = new HelpText(sash, this::follow);
    sash.setWeights(33, 67);
    Rectangle area = (parent != null ? parent.getMonitor() : shell.getMonitor()).getClientArea();
    int width = Math.min(1000, area.width * 3 / 4);
    int height = Math.min(760, area.height * 9 / 10);
    shell.setBounds(area.x + area.width - width - 20, area.y + (area.height - height) / 2, width, height);
    shell.addDisposeListener(e -> {
      if (current == this) {
        current = null;
      }
    });
  }

  /** Opens the help at {@code href} ({@code docs/evidence.md#roi-phillips}) in front of {@code over}. */
  public static HelpWindow open(Shell over, String href) {
    Shell parent = over != null && !over.isDisposed() && isDialog(over) ? over : null;
    if (current != null && !current.shell.isDisposed() && current.shell.getParent() != parent) {
      current.shell.dispose();
    }
    if (current == null || current.shell.isDisposed()) {
      current = new HelpWindow(parent);
      current.shell.open();
    }
    current.show(href);
    current.shell.setVisible(true);
    current.shell.setMinimized(false);
    current.shell.moveAbove(null);
    current.shell.forceActive();
    return current;
  }

  /** The help window that is open, if one is. */
  public static Optional<HelpWindow> current() {
    return current == null || current.shell.isDisposed() ? Optional.empty() : Optional.of(current);
  }

  /** Whether {@code shell} is the help window's. */
  public static boolean isHelpShell(Shell shell) {
    return shell != null && shell.getData(HELP_SHELL) != null;
  }

  private static boolean isDialog(Shell shell) {
    return (shell.getStyle() & (SWT.APPLICATION_MODAL | SWT.PRIMARY_MODAL | SWT.SYSTEM_MODAL)) != 0;
  }

  private void follow(String link) {
    if (link.matches("^(https?|mailto):.*")) {
      Program.launch(link);
    } else {
      show(link);
    }
  }

  /** Shows the page (and section) {@code target}; a page the help does not have is said on the page. */
  public void show(String target) {
    if (href != null && !href.equals(target)) {
      history.push(href);
    }
    display(target);
  }

  private void back() {
    if (!history.isEmpty()) {
      display(history.pop());
    }
  }

  private void display(String target) {
    href = target;
    String path = HelpLibrary.path(target);
    Optional<HelpLibrary.HelpPage> found = library.page(path);
    if (found.isPresent()) {
      page.show(HelpRenderer.layout(found.get()), HelpLibrary.anchor(target));
      location.setText(found.get().title() + "   (" + path + ")");
      shell.setText(NLS.bind(Messages.Help_PageTitle, found.get().title()));
    } else {
      HelpLibrary.HelpPage missing = new HelpLibrary.HelpPage(path, new org.commonmark.node.Document(),
          java.util.Map.of(), path);
      page.show(HelpRenderer.layout(missing), null);
      page.widget().setText(NLS.bind(Messages.Help_NoPage, path));
      location.setText(path);
    }
    back.setEnabled(!history.isEmpty());
    select(contents.getTree().getItems(), target);
  }

  private void select(org.eclipse.swt.widgets.TreeItem[] items, String target) {
    for (org.eclipse.swt.widgets.TreeItem item : items) {
      if (item.getData() instanceof Topic topic && target.equals(topic.href())) {
        contents.setSelection(new StructuredSelection(topic), true);
        return;
      }
      select(item.getItems(), target);
    }
  }

  /** The href shown. */
  public String href() {
    return href;
  }

  /** The page area (for tests and screenshots). */
  public HelpText page() {
    return page;
  }

  /** The window's shell. */
  public Shell shell() {
    return shell;
  }
}
