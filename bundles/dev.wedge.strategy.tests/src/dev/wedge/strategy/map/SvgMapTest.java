package dev.wedge.strategy.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dev.wedge.core.persistence.ModelStore;
import dev.wedge.model.StrategyModel;

/** The map's SVG export: an image with a title and a description, every text inside its box. */
class SvgMapTest {

  @Test
  void theSvgIsAnImageWithATitleAndADescriptionAndEveryTextFitsItsBox() throws Exception {
    StrategyModel m = ModelStore.load(Path.of("../../examples/halden-mutual.wedge")).model();
    // names longer than any box: one word that cannot wrap, and a long title
    m.getInitiatives().get(0).setName("Onboarding-assistant-for-every-new-advisor-in-the-broker-channel");
    m.getMetrics().get(0).setName("New-advisor time to productivity measured from the first day to the tenth policy"
        + " written in the broker channel and the direct channel");
    MapLayout.Geometry g = MapLayout.layout(m, MapLayout.FIXED);
    String svg = SvgMap.of(g, m.getName());
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    Element root = doc.getDocumentElement();
    assertEquals("img", root.getAttribute("role"));
    assertEquals("map-title", root.getAttribute("aria-labelledby"));
    assertEquals(m.getName(), doc.getElementsByTagName("title").item(0).getTextContent());
    String desc = doc.getElementsByTagName("desc").item(0).getTextContent();
    long unlinked = m.getInitiatives().stream().filter(MapText::unlinked).count();
    assertTrue(desc.startsWith("Strategy map: ") && desc.contains(m.getMetrics().size() + " business metrics")
        && desc.contains(m.getInitiatives().size() + " AI initiatives") && desc.contains(unlinked + " initiative"),
        desc);
    NodeList groups = doc.getElementsByTagName("g");
    assertEquals(g.boxes().size(), groups.getLength());
    int texts = 0;
    for (int i = 0; i < groups.getLength(); i++) {
      Element box = (Element) ((Element) groups.item(i)).getElementsByTagName("rect").item(0);
      double left = Double.parseDouble(box.getAttribute("x"));
      double right = left + Double.parseDouble(box.getAttribute("width"));
      NodeList t = ((Element) groups.item(i)).getElementsByTagName("text");
      for (int j = 0; j < t.getLength(); j++) {
        Element text = (Element) t.item(j);
        if (text.getTextContent().equals("NO METRIC")) {
          continue; // its own badge, checked below
        }
        double x = Double.parseDouble(text.getAttribute("x"));
        double w = new java.awt.Font(java.awt.Font.SANS_SERIF, text.getAttribute("font-weight").equals("bold")
            ? java.awt.Font.BOLD : java.awt.Font.PLAIN, 1).deriveFont(Float.parseFloat(text.getAttribute("font-size")))
            .getStringBounds(text.getTextContent(), new java.awt.font.FontRenderContext(null, true, true)).getWidth();
        assertTrue(x >= left && x + w <= right - 4, () -> "\u201c" + text.getTextContent() + "\u201d runs out of its box");
        texts++;
      }
    }
    assertTrue(texts >= 2 * g.boxes().size(), "titles and subtitles were checked: " + texts);
    assertTrue(svg.contains("Onboarding-assistant-for-every-new-advisor-in-the\u2026")
        || svg.contains("\u2026</text>"), "the long name is shortened with an ellipsis");
  }
}
