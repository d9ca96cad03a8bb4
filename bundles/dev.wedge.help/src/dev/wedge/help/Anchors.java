package dev.wedge.help;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * The anchors of a help page's headings, made as GitHub makes them, so that a link such as
 * {@code evidence.md#roi-phillips} means the same section on GitHub and in the product.
 */
public final class Anchors {

  private Anchors() {
  }

  /** GitHub's anchor of a heading's text: lower case, punctuation dropped, spaces as hyphens. */
  public static String slug(String heading) {
    StringBuilder slug = new StringBuilder();
    for (int cp : heading.toLowerCase(Locale.ROOT).codePoints().toArray()) {
      if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_') {
        slug.appendCodePoint(cp);
      } else if (cp == ' ') {
        slug.append('-');
      }
    }
    return slug.toString();
  }

  /** The plain text of a node: its text and inline code, without the marks around them. */
  public static String text(Node node) {
    StringBuilder text = new StringBuilder();
    node.accept(new AbstractVisitor() {
      @Override
      public void visit(Text t) {
        text.append(t.getLiteral());
      }

      @Override
      public void visit(Code code) {
        text.append(code.getLiteral());
      }
    });
    return text.toString();
  }

  /** Each heading of {@code document} by its anchor, in the page's order (a repeated heading gets -1, -2, ...). */
  public static Map<String, Heading> of(Node document) {
    Map<String, Heading> anchors = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(Heading heading) {
        String slug = slug(text(heading));
        int n = seen.merge(slug, 1, Integer::sum);
        anchors.put(n == 1 ? slug : slug + "-" + (n - 1), heading);
      }
    });
    return anchors;
  }
}
