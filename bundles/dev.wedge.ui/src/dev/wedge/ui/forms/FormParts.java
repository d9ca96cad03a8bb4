package dev.wedge.ui.forms;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

/**
 * The pieces Wedge's form pages are made of, the same in every editor: a titled section with its description, a
 * table, a column of buttons beside it. Layout the editors share lives here, not in each page.
 */
public final class FormParts {

  private FormParts() {
  }

  /**
   * An expanded section titled {@code title} (with {@code description} under it, if not null), {@code span} columns
   * wide in its parent's grid; returns its client, a two-column grid.
   */
  public static Composite section(FormToolkit toolkit, Composite parent, String title, String description, int span) {
    Section s = toolkit.createSection(parent, Section.TITLE_BAR | (description == null ? 0 : Section.DESCRIPTION)
        | Section.EXPANDED);
    s.setText(title);
    if (description != null) {
      s.setDescription(description);
    }
    GridDataFactory.fillDefaults().grab(true, false).span(span, 1).applyTo(s);
    Composite c = toolkit.createComposite(s);
    GridLayoutFactory.fillDefaults().numColumns(2).margins(2, 4).applyTo(c);
    s.setClient(c);
    toolkit.paintBordersFor(c);
    return c;
  }

  /** A table of rows (a list as input), with headers and lines, {@code height} pixels high, growing sideways. */
  public static TableViewer table(FormToolkit toolkit, Composite parent, int height) {
    TableViewer v = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
    v.getTable().setHeaderVisible(true);
    v.getTable().setLinesVisible(true);
    v.setContentProvider(ArrayContentProvider.getInstance());
    GridDataFactory.fillDefaults().grab(true, false).hint(200, height).applyTo(v.getTable());
    toolkit.adapt(v.getTable());
    return v;
  }

  /** A column of buttons, beside a table. */
  public static Composite buttons(FormToolkit toolkit, Composite parent) {
    Composite b = toolkit.createComposite(parent);
    GridLayoutFactory.fillDefaults().applyTo(b);
    GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(b);
    return b;
  }

  /** A push button that runs {@code run}. */
  public static Button button(FormToolkit toolkit, Composite parent, String text, Runnable run) {
    Button b = toolkit.createButton(parent, text, SWT.PUSH);
    GridDataFactory.fillDefaults().applyTo(b);
    b.addListener(SWT.Selection, e -> run.run());
    return b;
  }
}
