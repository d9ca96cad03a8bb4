package dev.wedge.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import dev.wedge.core.persistence.ModelStore;
import dev.wedge.model.StrategyModel;
import dev.wedge.report.BriefOptions;
import dev.wedge.report.Briefs;
import dev.wedge.report.Contrast;
import dev.wedge.report.figures.Colors;

/**
 * The HTML brief is accessible: landmarks, named sections, described figures, captioned tables with header scope,
 * WCAG AA contrast for every colour pair its style sheet and figures use (a branding colour that is not legible is
 * darkened, and the brief says so), and no error from the W3C Nu HTML checker.
 */
class BriefAccessibilityTest {

  static final String SVG = "http://www.w3.org/2000/svg";
  static final String PALE_BRAND = "#7fc8f8"; // a light sky blue: 1.9:1 on white
  static final Map<String, String> HTML = new LinkedHashMap<>();

  @BeforeAll
  static void write() throws Exception {
    StrategyModel example = ModelStore.load(BriefTest.EXAMPLE).model();
    HTML.put("example", Briefs.html(example, BriefTest.OPTIONS, null));
    HTML.put("one pilot", Briefs.html(example, BriefTest.OPTIONS.withPilot("p-roleplay"), null));
    HTML.put("branded", Briefs.html(example, BriefTest.OPTIONS.withBranding("Northwind Mutual", PALE_BRAND, null),
        null));
    // the German brief is held to the same checks as the English one
    HTML.put("german", Briefs.html(example, BriefTest.OPTIONS.withLanguage(java.util.Locale.GERMAN), null));
  }

  @Test
  void theNuHtmlCheckerFindsNoError() throws Exception {
    Path dir = Files.createDirectories(Path.of("target/conformance"));
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, String> e : HTML.entrySet()) {
      Path f = dir.resolve("brief-" + e.getKey().replace(' ', '-') + ".html");
      Files.writeString(f, e.getValue());
      files.add(f);
    }
    List<String> errors = new ArrayList<>();
    for (Conformance.Result r : Conformance.check("html", files)) {
      errors.addAll(r.failures());
    }
    assertTrue(errors.isEmpty(), () -> errors.size() + " errors:\n" + String.join("\n", errors));
  }

  @Test
  void landmarksSectionsFiguresAndTablesAreMarkedUp() throws Exception {
    for (Map.Entry<String, String> e : HTML.entrySet()) {
      Document doc = BriefTest.parse(e.getValue());
      Element body = (Element) doc.getElementsByTagName("body").item(0);
      List<String> landmarks = new ArrayList<>();
      for (Node n = body.getFirstChild(); n != null; n = n.getNextSibling()) {
        assertTrue(n instanceof Element, e.getKey() + ": text outside the landmarks");
        landmarks.add(n.getLocalName());
      }
      assertEquals(List.of("header", "main", "footer"), landmarks, e.getKey());
      NodeList sections = ((Element) doc.getElementsByTagName("main").item(0)).getElementsByTagName("section");
      assertTrue(sections.getLength() >= 3, e.getKey() + ": " + sections.getLength() + " sections");
      for (int i = 0; i < sections.getLength(); i++) {
        Element s = (Element) sections.item(i);
        Element h = doc.getElementById(s.getAttribute("aria-labelledby"));
        if (h == null) { // getElementById needs a DTD: look the id up by hand
          h = byId(doc, s.getAttribute("aria-labelledby"));
        }
        assertNotNull(h, e.getKey() + ": section " + s.getAttribute("id") + " is not named by its heading");
        assertEquals("h2", h.getLocalName());
      }
      NodeList svgs = doc.getElementsByTagNameNS(SVG, "svg");
      assertTrue(svgs.getLength() >= 2, e.getKey() + ": " + svgs.getLength() + " figures");
      for (int i = 0; i < svgs.getLength(); i++) {
        Element svg = (Element) svgs.item(i);
        assertEquals("img", svg.getAttribute("role"));
        Element title = child(svg, "title");
        Element desc = child(svg, "desc");
        assertFalse(title.getTextContent().isBlank() || desc.getTextContent().isBlank(), e.getKey());
        assertEquals(svg.getAttribute("aria-labelledby"), title.getAttribute("id"));
        assertEquals(svg.getAttribute("aria-describedby"), desc.getAttribute("id"));
      }
      NodeList tables = doc.getElementsByTagName("table");
      assertTrue(tables.getLength() >= 2, e.getKey() + ": " + tables.getLength() + " tables");
      for (int i = 0; i < tables.getLength(); i++) {
        Element t = (Element) tables.item(i);
        assertEquals("caption", ((Element) t.getElementsByTagName("caption").item(0)).getLocalName());
        assertFalse(t.getElementsByTagName("caption").item(0).getTextContent().isBlank());
        NodeList th = t.getElementsByTagName("th");
        for (int j = 0; j < th.getLength(); j++) {
          String scope = ((Element) th.item(j)).getAttribute("scope");
          assertTrue(scope.equals("col") || scope.equals("row"), e.getKey() + ": a header without scope");
        }
      }
    }
  }

  private static Element byId(Document doc, String id) {
    NodeList all = doc.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      if (id.equals(((Element) all.item(i)).getAttribute("id"))) {
        return (Element) all.item(i);
      }
    }
    return null;
  }

  private static Element child(Element e, String name) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element x && x.getLocalName().equals(name)) {
        return x;
      }
    }
    throw new AssertionError("no " + name + " in " + e.getLocalName());
  }

  @Test
  void contrastIsComputedAsWcagPublishesIt() {
    // reference values published by WebAIM's contrast checker and axe-core (not computed here)
    assertEquals(21.0, Contrast.ratio(new int[] {0, 0, 0}, Colors.WHITE), 0.001);
    assertEquals(4.48, Contrast.ratio(rgb("#777777"), Colors.WHITE), 0.005);
    assertEquals(4.54, Contrast.ratio(rgb("#767676"), Colors.WHITE), 0.005);
    assertEquals(4.36, Contrast.ratio(rgb("#2b8a3e"), Colors.WHITE), 0.01);
    assertEquals(1.0, Contrast.ratio(rgb("#1f3864"), rgb("#1f3864")), 1e-9);
  }

  @Test
  void everyColourPairOfTheStyleSheetMeetsAa() throws Exception {
    for (Map.Entry<String, String> e : HTML.entrySet()) {
      String css = e.getValue().substring(e.getValue().indexOf("<style>") + 7, e.getValue().indexOf("</style>"));
      Set<String> texts = new LinkedHashSet<>();
      Set<String> backgrounds = new LinkedHashSet<>(List.of("#ffffff"));
      Matcher m = Pattern.compile("(?<![-\\w])(color|background(?:-color)?)\\s*:\\s*(#[0-9a-fA-F]{6})").matcher(css);
      while (m.find()) {
        (m.group(1).equals("color") ? texts : backgrounds).add(m.group(2).toLowerCase(Locale.ROOT));
      }
      assertTrue(texts.size() >= 6 && backgrounds.size() >= 3, e.getKey() + ": " + texts + " " + backgrounds);
      for (String t : texts) {
        for (String b : backgrounds) {
          double r = Contrast.ratio(rgb(t), rgb(b));
          assertTrue(r >= 4.5, () -> e.getKey() + ": text " + t + " on " + b + " has " + String.format("%.2f", r)
              + ":1");
        }
      }
    }
  }

  @Test
  void aPaleBrandingColourIsDarkenedAndTheBriefSaysSo() {
    String branded = HTML.get("branded");
    String css = branded.substring(branded.indexOf("<style>"), branded.indexOf("</style>"));
    assertFalse(css.contains(PALE_BRAND) || branded.contains("fill=\"" + PALE_BRAND), "the pale colour is not used");
    String shown = Contrast.accent(BriefOptions.defaults().withBranding("x", PALE_BRAND, null)).shown();
    assertTrue(branded.contains("color: " + shown), branded.substring(0, 600));
    assertTrue(Contrast.ratio(rgb(shown), Colors.PANEL) >= 4.5);
    assertTrue(Pattern.compile("About the colours\\. </strong>The branding colour " + PALE_BRAND + " is shown as "
        + shown + ": at 1\\.\\d:1 against white it falls short of the 4\\.5:1 contrast").matcher(branded).find(),
        () -> BriefTest.around(branded, "About the colours"));
    assertFalse(HTML.get("example").contains("About the colours"), "Wedge's own accent is legible: nothing to say");
  }

  /**
   * Every text of every figure against what is drawn under it (the last filled shape containing it, else the
   * figure's white), 4.5:1; every line of 1 pt or more and every data point against white, 3:1 (thinner lines, the
   * grid and the pilot's band are decoration).
   */
  @Test
  void everyColourPairOfTheFiguresMeetsAa() throws Exception {
    int texts = 0;
    for (Map.Entry<String, String> e : HTML.entrySet()) {
      Document doc = BriefTest.parse(e.getValue());
      NodeList svgs = doc.getElementsByTagNameNS(SVG, "svg");
      for (int i = 0; i < svgs.getLength(); i++) {
        List<double[]> fills = new ArrayList<>(); // x, y, w, h, colour
        NodeList all = ((Element) svgs.item(i)).getElementsByTagName("*");
        String title = ((Element) svgs.item(i)).getElementsByTagNameNS(SVG, "title").item(0).getTextContent();
        Node previous = null;
        for (int j = 0; j < all.getLength(); previous = all.item(j), j++) {
          Element x = (Element) all.item(j);
          switch (x.getLocalName()) {
            case "rect" -> {
              if (x.getAttribute("fill").startsWith("#")) {
                fills.add(new double[] {d(x, "x"), d(x, "y"), d(x, "width"), d(x, "height"),
                    Integer.parseInt(x.getAttribute("fill").substring(1), 16)});
              }
            }
            case "text" -> {
              texts++;
              double px = d(x, "x");
              double py = d(x, "y") - d(x, "font-size") / 3;
              int bg = 0xffffff;
              for (double[] f : fills) {
                if (px >= f[0] && px <= f[0] + f[2] && py >= f[1] && py <= f[1] + f[3]) {
                  bg = (int) f[4];
                }
              }
              int[] back = {bg >> 16 & 255, bg >> 8 & 255, bg & 255};
              double r = Contrast.ratio(rgb(x.getAttribute("fill")), back);
              String what = e.getKey() + ", " + title + ": \u201c" + x.getTextContent() + "\u201d in "
                  + x.getAttribute("fill") + " on " + Contrast.hex(back);
              assertTrue(r >= 4.5, () -> what + ": " + String.format("%.2f", r) + ":1");
            }
            case "line", "polyline" -> {
              if (d(x, "stroke-width") >= 1) {
                double r = Contrast.ratio(rgb(x.getAttribute("stroke")), Colors.WHITE);
                assertTrue(r >= 3, () -> e.getKey() + ", " + title + ": a line in " + x.getAttribute("stroke")
                    + " has " + String.format("%.2f", r) + ":1 against white");
              }
            }
            case "circle" -> {
              double r = Contrast.ratio(rgb(x.getAttribute("fill")), Colors.WHITE);
              // a hollow point (a baseline value) is a white disc inside a point of the same centre: its ring counts
              Element ring = previous instanceof Element p && "circle".equals(p.getLocalName())
                  && p.getAttribute("cx").equals(x.getAttribute("cx")) && p.getAttribute("cy").equals(x.getAttribute("cy"))
                  && d(p, "r") - d(x, "r") >= 0.5 ? p : null;
              if (r < 3 && ring != null) {
                r = Contrast.ratio(rgb(ring.getAttribute("fill")), Colors.WHITE);
              }
              double shown = r;
              assertTrue(shown >= 3, () -> e.getKey() + ", " + title + ": a point in " + x.getAttribute("fill")
                  + (ring == null ? " (not the inside of a ring)" : " in a ring of " + ring.getAttribute("fill")));
            }
            default -> {
            }
          }
        }
      }
    }
    assertTrue(texts > 100, "the figures' texts were checked: " + texts);
  }

  private static double d(Element e, String attribute) {
    String v = e.getAttribute(attribute);
    return v.isEmpty() ? 0 : Double.parseDouble(v);
  }

  static int[] rgb(String hex) {
    return Colors.parse(hex);
  }
}
