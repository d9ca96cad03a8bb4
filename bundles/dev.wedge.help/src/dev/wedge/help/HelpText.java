package dev.wedge.help;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

/**
 * A help page on the screen: a read-only {@link StyledText} showing a {@link HelpRenderer.Layout}, whose links are
 * followed on a click or on Enter.
 */
public final class HelpText {

  private final StyledText text;
  private final List<Font> fonts = new ArrayList<>();
  private final Font heading1;
  private final Font heading2;
  private final Font heading3;
  private final Font bold;
  private final Font italic;
  private final Font codeBold;
  private final Cursor hand;
  private HelpRenderer.Layout layout;

  /** A page area in {@code parent}; {@code follow} is given the href of a link the user follows. */
  public HelpText(Composite parent, Consumer<String> follow) {
    text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
    text.setMargins(16, 12, 16, 12);
    text.setCaret(null);
    Font base = JFaceResources.getDialogFont();
    heading1 = derive(base, 1.6f, SWT.BOLD);
    heading2 = derive(base, 1.3f, SWT.BOLD);
    heading3 = derive(base, 1.1f, SWT.BOLD);
    bold = derive(base, 1f, SWT.BOLD);
    italic = derive(base, 1f, SWT.ITALIC);
    codeBold = derive(JFaceResources.getTextFont(), 1f, SWT.BOLD);
    text.setFont(base);
    hand = new Cursor(text.getDisplay(), SWT.CURSOR_HAND);
    text.addListener(SWT.MouseUp, e -> {
      if (e.button == 1 && text.getSelectionCount() == 0) {
        String href = linkAt(new Point(e.x, e.y));
        if (href != null) {
          follow.accept(href);
        }
      }
    });
    text.addListener(SWT.MouseMove, e -> text.setCursor(linkAt(new Point(e.x, e.y)) != null ? hand : null));
    text.addListener(SWT.KeyDown, e -> {
      if ((e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) && layout != null) {
        HelpRenderer.Run link = layout.linkAt(text.getSelection().x);
        if (link != null) {
          follow.accept(link.href());
        }
      }
    });
    text.addDisposeListener(e -> {
      fonts.forEach(Font::dispose);
      hand.dispose();
    });
  }

  private Font derive(Font base, float scale, int style) {
    FontData[] data = base.getFontData();
    for (FontData d : data) {
      d.setHeight(Math.round(d.getHeight() * scale));
      d.setStyle(style);
    }
    Font font = new Font(Display.getCurrent(), data);
    fonts.add(font);
    return font;
  }

  private String linkAt(Point point) {
    if (layout == null) {
      return null;
    }
    int offset = text.getOffsetAtPoint(point);
    HelpRenderer.Run run = offset < 0 ? null : layout.linkAt(offset);
    return run == null ? null : run.href();
  }

  /** Shows {@code page}, at the heading {@code anchor} if it is given and on the page. */
  public void show(HelpRenderer.Layout page, String anchor) {
    this.layout = page;
    text.setText(page.text());
    text.setStyleRanges(ranges(page));
    GC gc = new GC(text);
    int space = gc.textExtent("  ").x;
    gc.dispose();
    page.indents().forEach((offset, level) -> {
      int line = text.getLineAtOffset(offset);
      text.setLineWrapIndent(line, 1, space * level + space);
    });
    Integer at = anchor == null ? null : page.anchors().get(anchor);
    text.setTopIndex(at == null ? 0 : text.getLineAtOffset(at));
    text.setSelection(at == null ? 0 : at);
  }

  /**
   * The styles of {@code page} as ranges that do not overlap: runs are applied outer first (the longest), so a link
   * in bold text is bold and underlined, and code in a table keeps the table's header weight.
   */
  private StyleRange[] ranges(HelpRenderer.Layout page) {
    int n = page.text().length();
    Font[] font = new Font[n];
    boolean[] code = new boolean[n];
    String[] href = new String[n];
    List<HelpRenderer.Run> runs = new ArrayList<>(page.runs());
    runs.sort((a, b) -> Integer.compare(b.length(), a.length()));
    for (HelpRenderer.Run run : runs) {
      for (int i = run.start(); i < Math.min(n, run.start() + run.length()); i++) {
        switch (run.style()) {
          case HEADING1 -> font[i] = heading1;
          case HEADING2 -> font[i] = heading2;
          case HEADING3 -> font[i] = heading3;
          case BOLD -> font[i] = font[i] == null || font[i] == italic ? bold : font[i];
          case ITALIC -> font[i] = font[i] == null ? italic : font[i];
          case CODE -> code[i] = true;
          case LINK -> href[i] = run.href();
        }
      }
    }
    List<StyleRange> ranges = new ArrayList<>();
    int i = 0;
    while (i < n) {
      int j = i + 1;
      while (j < n && font[j] == font[i] && code[j] == code[i] && java.util.Objects.equals(href[j], href[i])) {
        j++;
      }
      if (font[i] != null || code[i] || href[i] != null) {
        StyleRange range = new StyleRange();
        range.start = i;
        range.length = j - i;
        range.font = !code[i] ? font[i] : font[i] == null ? JFaceResources.getTextFont() : font[i] == bold ? codeBold : font[i];
        if (code[i]) {
          range.background = text.getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW);
        }
        if (href[i] != null) {
          range.underline = true;
          range.underlineStyle = SWT.UNDERLINE_LINK;
          range.data = href[i];
        }
        ranges.add(range);
      }
      i = j;
    }
    return ranges.toArray(StyleRange[]::new);
  }

  /** The widget. */
  public StyledText widget() {
    return text;
  }

  /** The page shown, or {@code null}. */
  public HelpRenderer.Layout layout() {
    return layout;
  }
}
