package dev.wedge.help;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.eclipse.osgi.util.NLS;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.parser.Parser;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The help's pages: the repository's {@code README.md} and {@code docs/*.md}, copied into this bundle at build time
 * and read here as Markdown, so the product's help and the documentation on GitHub are the same text. A page is named
 * by its path from the repository's root ({@code docs/evidence.md}); a link between pages is resolved as GitHub
 * resolves it.
 */
public final class HelpLibrary {

  /** The help's first page: its contents, as a list of links. */
  public static final String HOME = "docs/help/README.md";

  private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

  private final Function<String, String> source;
  private final Map<String, Optional<HelpPage>> pages = new ConcurrentHashMap<>();

  /** A library over {@code source}, which gives a page's text by its path, or {@code null} when there is none. */
  public HelpLibrary(Function<String, String> source) {
    this.source = source;
  }

  /** The pages built into this bundle. */
  public static HelpLibrary bundled() {
    Bundle bundle = FrameworkUtil.getBundle(HelpLibrary.class);
    return new HelpLibrary(path -> read(bundle.getEntry("help/" + path)));
  }

  private static String read(URL url) {
    if (url == null) {
      return null;
    }
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(NLS.bind(Messages.Help_PageUnreadable, url, e.getMessage()), e);
    }
  }

  /** The page at {@code path} (without an anchor), parsed; empty when the help has no such page. */
  public Optional<HelpPage> page(String path) {
    return pages.computeIfAbsent(path, p -> {
      String text = source.apply(p);
      if (text == null) {
        return Optional.empty();
      }
      Node document = PARSER.parse(text);
      Map<String, Heading> anchors = Anchors.of(document);
      String title = anchors.values().stream().findFirst().map(Anchors::text).orElse(p);
      return Optional.of(new HelpPage(p, document, anchors, title));
    });
  }

  /** Whether {@code href} (a path, with or without {@code #anchor}) names a page of the help and a heading of it. */
  public boolean exists(String href) {
    Optional<HelpPage> page = page(path(href));
    String anchor = anchor(href);
    return page.isPresent() && (anchor == null || page.get().anchors().containsKey(anchor));
  }

  /** The path of {@code href}, without its anchor. */
  public static String path(String href) {
    int hash = href.indexOf('#');
    return hash < 0 ? href : href.substring(0, hash);
  }

  /** The anchor of {@code href}, or {@code null}. */
  public static String anchor(String href) {
    int hash = href.indexOf('#');
    return hash < 0 || hash == href.length() - 1 ? null : href.substring(hash + 1);
  }

  /**
   * The help's href of a link written on page {@code from}: a relative path resolved against the page's folder
   * ({@code ../evidence.md} on {@code docs/help/pilots.md} is {@code docs/evidence.md}), {@code #anchor} on the page
   * itself; {@code null} for a link that leaves the help (a web address, an e-mail address).
   */
  public static String resolve(String from, String link) {
    if (link.isEmpty() || link.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
      return null;
    }
    if (link.startsWith("#")) {
      return path(from) + link;
    }
    Deque<String> parts = new ArrayDeque<>();
    String base = path(from);
    int slash = base.lastIndexOf('/');
    String joined = (slash < 0 || link.startsWith("/") ? "" : base.substring(0, slash + 1)) + link;
    for (String part : joined.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (!parts.isEmpty()) {
          parts.removeLast();
        }
      } else {
        parts.addLast(part);
      }
    }
    return String.join("/", parts);
  }

  /** The help's contents: the list of links of {@link #HOME}, nested as it is nested there. */
  public List<Topic> contents() {
    HelpPage home = page(HOME).orElseThrow(() -> new IllegalStateException(NLS.bind(Messages.Help_NoContents, HOME)));
    for (Node node = home.document().getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof BulletList || node instanceof OrderedList) {
        return topics((ListBlock) node);
      }
    }
    return List.of();
  }

  private static List<Topic> topics(ListBlock list) {
    List<Topic> topics = new ArrayList<>();
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (!(item instanceof ListItem)) {
        continue;
      }
      String label = null;
      String href = null;
      List<Topic> children = List.of();
      for (Node block = item.getFirstChild(); block != null; block = block.getNext()) {
        if (block instanceof ListBlock nested) {
          children = topics(nested);
        } else if (label == null) {
          Link link = firstLink(block);
          label = Anchors.text(link != null ? link : block).trim();
          href = link == null ? null : resolve(HOME, link.getDestination());
        }
      }
      topics.add(new Topic(label == null ? "" : label, href, children));
    }
    return topics;
  }

  private static Link firstLink(Node node) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Link link) {
        return link;
      }
    }
    return null;
  }

  /** A page of the help: its path, its parsed Markdown, its headings by anchor and its title (the first heading). */
  public record HelpPage(String path, Node document, Map<String, Heading> anchors, String title) {
  }
}
