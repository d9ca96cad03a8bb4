package dev.wedge.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.junit.jupiter.api.Test;

/** The help's pages as built into the product: contents, links and anchors that resolve, and their layout. */
class HelpLibraryTest {

  private final HelpLibrary library = HelpLibrary.bundled();

  @Test
  void anchorsAreGitHubs() {
    assertEquals("roi-phillips", Anchors.slug("ROI (Phillips)"));
    assertEquals("1-the-problem", Anchors.slug("1. The problem"));
    assertEquals("the-evidence-rating-05", Anchors.slug("The evidence rating (0\u20135)"));
    assertEquals("can-it-tell-power-for-the-analysis-that-will-run",
        Anchors.slug("Can it tell? Power for the analysis that will run"));
    HelpLibrary one = new HelpLibrary(p -> "# A\n## Step\ntext\n## Step\n");
    assertEquals(List.of("a", "step", "step-1"), new ArrayList<>(one.page("x.md").orElseThrow().anchors().keySet()));
  }

  @Test
  void linksResolveAsOnGitHub() {
    assertEquals("docs/evidence.md", HelpLibrary.resolve("docs/help/pilots.md", "../evidence.md"));
    assertEquals("README.md#the-command-line",
        HelpLibrary.resolve("docs/help/README.md", "../../README.md#the-command-line"));
    assertEquals("docs/help/pilots.md#re-baseline", HelpLibrary.resolve("docs/help/pilots.md", "#re-baseline"));
    assertEquals("docs/help/metrics.md", HelpLibrary.resolve("docs/help/tutorial.md#x", "metrics.md"));
    assertNull(HelpLibrary.resolve("docs/help/pilots.md", "https://example.org/x"));
    assertNull(HelpLibrary.resolve("docs/help/pilots.md", "mailto:someone@example.org"));
  }

  @Test
  void theContentsOpenPagesThatExist() {
    List<Topic> contents = library.contents();
    List<String> hrefs = new ArrayList<>();
    collect(contents, hrefs);
    assertTrue(hrefs.containsAll(List.of("docs/help/method.md", "docs/help/tutorial.md", "docs/help/pilots.md",
        "docs/evidence.md", "README.md#the-command-line", "docs/extending.md")), hrefs.toString());
    for (String href : hrefs) {
      assertTrue(library.exists(href), "the contents link to " + href + ", which the help does not have");
    }
    assertEquals("Working in Wedge", contents.get(2).label());
    assertNull(contents.get(2).href());
  }

  private static void collect(List<Topic> topics, List<String> hrefs) {
    for (Topic topic : topics) {
      if (topic.href() != null) {
        hrefs.add(topic.href());
      }
      collect(topic.children(), hrefs);
    }
  }

  /** Every link of the help's own pages to a page of the help names one, and a heading of it if it names one. */
  @Test
  void theHelpPagesLinksResolve() {
    List<String> pages = new ArrayList<>();
    collect(library.contents(), pages);
    pages.add(HelpLibrary.HOME);
    for (String href : pages) {
      String path = HelpLibrary.path(href);
      if (!path.startsWith("docs/help/")) {
        continue;
      }
      library.page(path).orElseThrow().document().accept(new AbstractVisitor() {
        @Override
        public void visit(Link link) {
          String target = HelpLibrary.resolve(path, link.getDestination());
          if (target != null && HelpLibrary.path(target).endsWith(".md")) {
            assertTrue(library.exists(target), path + " links to " + link.getDestination() + ": no such page or heading");
          }
          visitChildren(link);
        }
      });
    }
  }

  @Test
  void aPageIsLaidOutWithItsAnchorsLinksTablesAndNoComments() {
    HelpLibrary one = new HelpLibrary(p -> """
        # Title

        Some **bold** and a [link](../evidence.md#roi-phillips) and ![A chart](chart.png).

        <!-- step: goal -->
        ## Next part

        | a | b |
        |---|---|
        | 1 | 22 |

        - one
        - two
        """);
    HelpRenderer.Layout layout = HelpRenderer.layout(one.page("docs/help/x.md").orElseThrow());
    String text = layout.text();
    assertFalse(text.contains("step:"), text);
    assertTrue(text.contains("[Screenshot: A chart]"), text);
    assertTrue(text.contains("\u2022 one\n"), text);
    assertTrue(text.contains("1 \u2502 22"), text);
    Map<String, Integer> anchors = layout.anchors();
    assertEquals(0, anchors.get("title"));
    assertTrue(text.startsWith("Next part", anchors.get("next-part")), text);
    int link = text.indexOf("link");
    assertEquals("docs/evidence.md#roi-phillips", layout.linkAt(link).href());
    assertNull(layout.linkAt(text.indexOf("bold")));
  }

  @Test
  void everyPageOfTheContentsLaysOut() {
    List<String> hrefs = new ArrayList<>();
    collect(library.contents(), hrefs);
    for (String href : hrefs) {
      HelpLibrary.HelpPage page = library.page(HelpLibrary.path(href)).orElseThrow();
      HelpRenderer.Layout layout = HelpRenderer.layout(page);
      assertTrue(layout.text().startsWith(page.title()), href + " starts with " + layout.text().substring(0, 40));
      String anchor = HelpLibrary.anchor(href);
      if (anchor != null) {
        assertTrue(layout.anchors().containsKey(anchor), href);
      }
    }
  }
}
