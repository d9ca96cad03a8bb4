package dev.wedge.ui.emf;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;

/**
 * The hover sentences of a table's or tree's cells (their label providers' {@code getToolTipText}), wrapped at a
 * readable width instead of one line that runs off the window at 1280x800.
 */
public final class WrappingToolTips extends ColumnViewerToolTipSupport {

  /** The widest a hover sentence is, in average characters. */
  static final int MAX_CHARACTERS = 70;

  private WrappingToolTips(ColumnViewer viewer) {
    super(viewer, ToolTip.NO_RECREATE, false);
  }

  /** Shows the cells' hover sentences of {@code viewer}, wrapped. */
  public static void enableFor(ColumnViewer viewer) {
    new WrappingToolTips(viewer);
  }

  @Override
  protected Composite createToolTipContentArea(Event event, Composite parent) {
    Composite area = new Composite(parent, SWT.NONE);
    GridLayoutFactory.fillDefaults().margins(4, 2).applyTo(area);
    area.setBackground(getBackgroundColor(event));
    Label label = new Label(area, SWT.WRAP);
    label.setForeground(getForegroundColor(event));
    label.setBackground(getBackgroundColor(event));
    label.setFont(getFont(event));
    String text = getText(event);
    label.setText(text == null ? "" : text.replace("&", "&&"));
    int width = wrapWidth(label, parent.getDisplay().getClientArea());
    int oneLine = label.computeSize(SWT.DEFAULT, SWT.DEFAULT).x;
    GridDataFactory.fillDefaults().hint(Math.min(oneLine, width), SWT.DEFAULT).applyTo(label);
    return area;
  }

  /** {@link #MAX_CHARACTERS} of the label's font, and never more than half the screen. */
  static int wrapWidth(Label label, Rectangle screen) {
    GC gc = new GC(label);
    try {
      gc.setFont(label.getFont());
      int byCharacters = (int) Math.ceil(gc.getFontMetrics().getAverageCharacterWidth() * MAX_CHARACTERS);
      return Math.max(120, Math.min(byCharacters, screen.width / 2));
    } finally {
      gc.dispose();
    }
  }
}
