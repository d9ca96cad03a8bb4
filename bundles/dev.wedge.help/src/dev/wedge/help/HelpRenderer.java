package dev.wedge.help;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * Lays a help page's Markdown out as styled text: headings, paragraphs, lists, code, tables and links, with the
 * offset of every heading's anchor so a link to a section scrolls to it. No widget here: {@link HelpText} shows the
 * result in a {@code StyledText}.
 */
public final class HelpRenderer {

  /** How a run of text looks. */
  public enum Style {
    HEADING1, HEADING2, HEADING3, BOLD, ITALIC, CODE, LINK
  }

  /** A styled run: {@code href} is set for a link (the help's href, or a web address for an outside link). */
  public record Run(int start, int length, Style style, String href) {
  }

  /** A page laid out: its text, styled runs, anchors' offsets and the lines whose wrapped lines are indented. */
  public record Layout(String text, List<Run> runs, Map<String, Integer> anchors, Map<Integer, Integer> indents) {
    /** The link at {@code offset}, or {@code null}. */
    public Run linkAt(int offset) {
      for (Run run : runs) {
        if (run.style() == Style.LINK && offset >= run.start() && offset < run.start() + run.length()) {
          return run;
        }
      }
      return null;
    }
  }

  private static final int TABLE_WIDTH = 96;

  private final String page;
  private final StringBuilder text = new StringBuilder();
  private final List<Run> runs = new ArrayList<>();
  private final Map<String, Integer> anchors = new HashMap<>();
  private final Map<Integer, Integer> indents = new HashMap<>();
  private final Map<Heading, String> anchorOf = new HashMap<>();

  private HelpRenderer(HelpLibrary.HelpPage page) {
    this.page = page.path();
    page.anchors().forEach((anchor, heading) -> anchorOf.put(heading, anchor));
  }

  /** The whole page laid out. */
  public static Layout layout(HelpLibrary.HelpPage page) {
    return layout(page, page.document().getFirstChild(), null);
  }

  /** The blocks of {@code page} from {@code first} up to, not including, {@code end} ({@code null}: to the end). */
  public static Layout layout(HelpLibrary.HelpPage page, Node first, Node end) {
    HelpRenderer renderer = new HelpRenderer(page);
    for (Node block = first; block != null && block != end; block = block.getNext()) {
      renderer.block(block, 0);
    }
    String text = renderer.text.toString().stripTrailing();
    return new Layout(text, renderer.runs, renderer.anchors, renderer.indents);
  }

  private void block(Node block, int indent) {
    if (block instanceof Heading heading) {
      String anchor = anchorOf.get(heading);
      if (anchor != null) {
        anchors.put(anchor, text.length());
      }
      Style style = heading.getLevel() == 1 ? Style.HEADING1 : heading.getLevel() == 2 ? Style.HEADING2 : Style.HEADING3;
      styled(style, null, () -> inlines(heading));
      text.append("\n\n");
    } else if (block instanceof Paragraph) {
      indentLine(indent);
      inlines(block);
      text.append("\n\n");
    } else if (block instanceof BulletList || block instanceof OrderedList) {
      list(block, indent);
    } else if (block instanceof FencedCodeBlock code) {
      codeBlock(code.getLiteral(), indent);
    } else if (block instanceof IndentedCodeBlock code) {
      codeBlock(code.getLiteral(), indent);
    } else if (block instanceof BlockQuote) {
      int start = text.length();
      for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
        block(child, indent + 1);
      }
      runs.add(new Run(start, text.length() - start, Style.ITALIC, null));
    } else if (block instanceof TableBlock) {
      table(block, indent);
    } else if (block instanceof ThematicBreak) {
      text.append("\u2014\u2014\u2014\n\n");
    } else if (!(block instanceof HtmlBlock)) {
      inlines(block);
      text.append("\n\n");
    }
  }

  private void list(Node list, int indent) {
    int number = list instanceof OrderedList ordered ? ordered.getStartNumber() : 0;
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (!(item instanceof ListItem)) {
        continue;
      }
      String bullet = list instanceof OrderedList ? (number++) + ". " : "\u2022 ";
      boolean first = true;
      for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
        if (first && child instanceof Paragraph) {
          indentLine(indent + 1);
          text.setLength(text.length() - 2);
          text.append(bullet);
          inlines(child);
          text.append('\n');
        } else if (child instanceof Paragraph) {
          indentLine(indent + 1);
          inlines(child);
          text.append('\n');
        } else {
          block(child, indent + 1);
          trimBlankLine();
        }
        first = false;
      }
    }
    text.append('\n');
  }

  private void trimBlankLine() {
    if (text.length() >= 2 && text.charAt(text.length() - 1) == '\n' && text.charAt(text.length() - 2) == '\n') {
      text.setLength(text.length() - 1);
    }
  }

  /** Starts a line indented by {@code level} steps; its wrapped lines keep the indent. */
  private void indentLine(int level) {
    if (level > 0) {
      indents.put(text.length(), level);
      text.append("  ".repeat(level));
    }
  }

  private void codeBlock(String literal, int indent) {
    int start = text.length();
    for (String line : literal.stripTrailing().split("\n", -1)) {
      indentLine(indent + 1);
      text.append(line).append('\n');
    }
    runs.add(new Run(start, text.length() - start, Style.CODE, null));
    text.append('\n');
  }

  private void table(Node table, int indent) {
    List<List<String>> rows = new ArrayList<>();
    int headerRows = 0;
    for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
      for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
        if (row instanceof TableRow) {
          List<String> cells = new ArrayList<>();
          for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell) {
              cells.add(Anchors.text(cell).trim());
            }
          }
          rows.add(cells);
          if (section instanceof TableHead) {
            headerRows++;
          }
        }
      }
    }
    int columns = rows.stream().mapToInt(List::size).max().orElse(0);
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int c = 0; c < row.size(); c++) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    int total = java.util.Arrays.stream(widths).sum() + 3 * columns;
    if (total <= TABLE_WIDTH) {
      int start = text.length();
      for (int r = 0; r < rows.size(); r++) {
        int rowStart = text.length();
        indentLine(indent + 1);
        List<String> row = rows.get(r);
        for (int c = 0; c < columns; c++) {
          String cell = c < row.size() ? row.get(c) : "";
          text.append(cell).append(" ".repeat(widths[c] - cell.length())).append(c < columns - 1 ? " \u2502 " : "");
        }
        text.append('\n');
        if (r < headerRows) {
          runs.add(new Run(rowStart, text.length() - rowStart, Style.BOLD, null));
        }
      }
      runs.add(new Run(start, text.length() - start, Style.CODE, null));
    } else {
      // too wide for a grid: each row as a line, its cells joined, the header's names first
      List<String> header = headerRows > 0 ? rows.get(0) : List.of();
      for (int r = headerRows; r < rows.size(); r++) {
        indentLine(indent + 1);
        text.setLength(text.length() - 2);
        text.append("\u2022 ");
        List<String> row = rows.get(r);
        for (int c = 0; c < row.size(); c++) {
          if (c > 0) {
            text.append(c < header.size() && !header.get(c).isEmpty() ? "; " + header.get(c) + ": " : "; ");
          }
          int cellStart = text.length();
          text.append(row.get(c));
          if (c == 0) {
            runs.add(new Run(cellStart, text.length() - cellStart, Style.BOLD, null));
          }
        }
        text.append('\n');
      }
    }
    text.append('\n');
  }

  private void inlines(Node parent) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      inline(node);
    }
  }

  private void inline(Node node) {
    if (node instanceof Text t) {
      text.append(t.getLiteral());
    } else if (node instanceof Code code) {
      styled(Style.CODE, null, () -> text.append(code.getLiteral()));
    } else if (node instanceof Emphasis) {
      styled(Style.ITALIC, null, () -> inlines(node));
    } else if (node instanceof StrongEmphasis) {
      styled(Style.BOLD, null, () -> inlines(node));
    } else if (node instanceof Link link) {
      String href = HelpLibrary.resolve(page, link.getDestination());
      styled(Style.LINK, href != null ? href : link.getDestination(), () -> inlines(node));
    } else if (node instanceof Image image) {
      String alt = Anchors.text(image).trim();
      styled(Style.ITALIC, null, () -> text.append("[Screenshot: ").append(alt.isEmpty() ? image.getDestination() : alt)
          .append(']'));
    } else if (node instanceof SoftLineBreak) {
      text.append(' ');
    } else if (node instanceof HardLineBreak) {
      text.append('\n');
    } else if (!(node instanceof HtmlInline)) {
      inlines(node);
    }
  }

  private void styled(Style style, String href, Runnable content) {
    int start = text.length();
    content.run();
    if (text.length() > start) {
      runs.add(new Run(start, text.length() - start, style, href));
    }
  }
}
