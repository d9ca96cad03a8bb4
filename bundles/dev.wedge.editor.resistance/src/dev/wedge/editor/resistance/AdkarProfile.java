package dev.wedge.editor.resistance;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import dev.wedge.core.method.Adkar;
import dev.wedge.model.Stakeholder;
import dev.wedge.ui.theme.ThemeColors;

/**
 * A stakeholder's ADKAR profile: Awareness, Desire, Knowledge, Ability, Reinforcement as bars from 1 to 5, the
 * first barrier (the first element at 3 or less) in red with what it calls for.
 */
public class AdkarProfile extends Canvas {

  /** What each element needs when it is the barrier (Prosci's ADKAR). */
  static final String[] NEEDS = {Messages.Adkar_Awareness, Messages.Adkar_Desire, Messages.Adkar_Knowledge,
      Messages.Adkar_Ability, Messages.Adkar_Reinforcement};

  private final Color bar = new Color(new RGB(120, 160, 200));
  private Stakeholder stakeholder;

  public AdkarProfile(Composite parent) {
    super(parent, SWT.DOUBLE_BUFFERED);
    addPaintListener(e -> paint(e.gc));
    ThemeColors.onChange(this, this::redraw);
    addListener(SWT.Resize, e -> redraw());
  }

  public void show(Stakeholder s) {
    stakeholder = s;
    redraw();
  }

  /** The sentence under the bars ("First barrier: Desire (2) — give them a reason ..."). */
  public String verdict() {
    if (stakeholder == null) {
      return "";
    }
    if (!Adkar.assessed(stakeholder)) {
      return Messages.Adkar_NotAssessed;
    }
    Adkar.Barrier b = Adkar.firstBarrier(stakeholder);
    return b == null ? Messages.Adkar_NoBarrier : NLS.bind(Messages.Adkar_FirstBarrier, new Object[] {b.element(),
        b.score(), NEEDS[b.index()]});
  }

  private void paint(GC gc) {
    Rectangle a = getClientArea();
    gc.setBackground(getBackground());
    gc.fillRectangle(a);
    if (stakeholder == null) {
      return;
    }
    gc.setAntialias(SWT.ON);
    // the theme's: the barrier in its alert colour, the track a shade off the background (light or dark)
    Color barrier = ThemeColors.color(ThemeColors.ALERT);
    Color track = new Color(ThemeColors.blend(getBackground().getRGB(), getForeground().getRGB(), 0.1));
    int[] v = Adkar.scores(stakeholder);
    Adkar.Barrier b = Adkar.firstBarrier(stakeholder);
    int labelWidth = 110;
    int top = 6;
    int rowHeight = 24;
    int width = Math.max(60, a.width - labelWidth - 40);
    for (int i = 0; i < 5; i++) {
      int y = top + i * rowHeight;
      boolean isBarrier = b != null && b.index() == i;
      gc.setForeground(isBarrier ? barrier : getForeground());
      gc.drawText(Adkar.ELEMENTS[i], 4, y + 2, true);
      gc.setBackground(track);
      gc.fillRectangle(labelWidth, y + 3, width, rowHeight - 8);
      if (v[i] > 0) {
        gc.setBackground(isBarrier ? barrier : bar);
        gc.fillRectangle(labelWidth, y + 3, width * v[i] / 5, rowHeight - 8);
      }
      gc.setForeground(getForeground());
      gc.drawText(v[i] == 0 ? "\u2013" : String.valueOf(v[i]), labelWidth + width + 8, y + 2, true);
    }
    gc.setForeground(ThemeColors.color(ThemeColors.LINE));
    int x3 = labelWidth + width * 3 / 5;
    gc.setLineStyle(SWT.LINE_DOT);
    gc.drawLine(x3, top, x3, top + 5 * rowHeight - 4);
    gc.setLineStyle(SWT.LINE_SOLID);
  }

  @Override
  public Point computeSize(int wHint, int hHint, boolean changed) {
    return new Point(wHint == SWT.DEFAULT ? 360 : wHint, hHint == SWT.DEFAULT ? 128 : hHint);
  }
}
