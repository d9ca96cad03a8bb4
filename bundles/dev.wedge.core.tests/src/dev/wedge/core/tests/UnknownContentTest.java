package dev.wedge.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dev.wedge.core.persistence.LoadProblem;
import dev.wedge.core.persistence.LoadedModel;
import dev.wedge.core.persistence.ModelStore;

/** Content this build does not understand is kept and written back, never dropped. */
class UnknownContentTest {

  private static final String PLUGIN_NS = "http://consultancy.example/readiness/1";

  @TempDir
  Path dir;

  private static final String PLUGIN_CONTENT =
      "  <goals id=\"g1\" name=\"Grow revenue\"/>\n"
          + "  <extensions xsi:type=\"rd:Interview\" xmlns:rd=\"" + PLUGIN_NS + "\" id=\"i1\" interviewee=\"s1\""
          + " readiness=\"3\">\n"
          + "    <answers question=\"What does success look like to you?\" text=\"Fewer escalations\"/>\n"
          + "    <answers question=\"Who reviews AI content?\" text=\"Nobody yet\"/>\n"
          + "  </extensions>\n";

  @Test
  void pluginContentRoundTripsUnchanged() throws Exception {
    Path original = Files2.model(dir, "plugin.wedge", "", PLUGIN_CONTENT);
    LoadedModel loaded = ModelStore.load(original);
    assertTrue(loaded.problems().stream().noneMatch(LoadProblem::fatal));
    assertTrue(loaded.problems().stream().anyMatch(p -> p.message().contains(PLUGIN_NS)),
        () -> "the user is told: " + loaded.problems());
    Path first = dir.resolve("first.wedge");
    ModelStore.save(loaded.resource(), first);
    assertSameElement(interview(original), interview(first));

    // and saving again what was saved changes nothing at all
    LoadedModel again = ModelStore.load(first);
    Path second = dir.resolve("second.wedge");
    ModelStore.save(again.resource(), second);
    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
  }

  @Test
  void namespacePrefixesOfPluginContentAreKeptOnSave() throws Exception {
    // declared on the root (as Wedge writes it) and on the element (as a hand-edited or other tool's file may)
    String acme = "http://acme.example/dataowner/1";
    Path original = Files2.model(dir, "acme.wedge", " xmlns:acme=\"" + acme + "\"",
        "  <extensions xsi:type=\"acme:DataOwner\" id=\"o1\" name=\"Finance\"/>\n"
            + "  <extensions xsi:type=\"rd:Interview\" xmlns:rd=\"" + PLUGIN_NS + "\" id=\"i1\" readiness=\"3\"/>\n");
    LoadedModel loaded = ModelStore.load(original);
    Path saved = dir.resolve("saved.wedge");
    ModelStore.save(loaded.resource(), saved);
    String xml = Files.readString(saved);
    assertTrue(xml.contains("xmlns:acme=\"" + acme + "\"") && xml.contains("xsi:type=\"acme:DataOwner\""), xml);
    assertTrue(xml.contains("xmlns:rd=\"" + PLUGIN_NS + "\"") && xml.contains("xsi:type=\"rd:Interview\""), xml);
    assertTrue(!xml.contains("_1:"), xml);
  }

  @Test
  void unknownFeaturesOfKnownObjectsAreKept() throws Exception {
    Path original = Files2.model(dir, "future.wedge", "",
        "  <initiatives id=\"i1\" name=\"Coach\" carbonFootprint=\"low\">\n"
            + "    <futureThing id=\"f1\" weight=\"2\"/>\n"
            + "  </initiatives>\n");
    LoadedModel loaded = ModelStore.load(original);
    assertEquals("Coach", loaded.model().getInitiatives().get(0).getName());
    assertTrue(loaded.problems().stream().anyMatch(p -> !p.fatal() && p.message().contains("'carbonFootprint'")
        && p.message().contains("Initiative 'Coach'")), () -> loaded.problems().toString());
    Path saved = dir.resolve("saved.wedge");
    ModelStore.save(loaded.resource(), saved);
    String xml = Files.readString(saved);
    assertTrue(xml.contains("carbonFootprint=\"low\""), xml);
    assertTrue(xml.contains("<futureThing") && xml.contains("weight=\"2\""), xml);
  }

  private static Element interview(Path file) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document d = f.newDocumentBuilder().parse(file.toFile());
    NodeList list = d.getElementsByTagName("extensions");
    assertEquals(1, list.getLength(), "the plug-in element is still there");
    return (Element) list.item(0);
  }

  private static void assertSameElement(Element expected, Element actual) {
    assertTrue(expected.getLocalName().equals(actual.getLocalName()));
    assertEquals(expected.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type").replaceAll(".*:", ""),
        actual.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type").replaceAll(".*:", ""));
    for (String a : new String[] {"id", "interviewee", "readiness"}) {
      assertEquals(expected.getAttribute(a), actual.getAttribute(a), a);
    }
    NodeList ea = expected.getElementsByTagName("answers");
    NodeList aa = actual.getElementsByTagName("answers");
    assertEquals(ea.getLength(), aa.getLength());
    for (int i = 0; i < ea.getLength(); i++) {
      assertEquals(((Element) ea.item(i)).getAttribute("question"), ((Element) aa.item(i)).getAttribute("question"));
      assertEquals(((Element) ea.item(i)).getAttribute("text"), ((Element) aa.item(i)).getAttribute("text"));
    }
  }
}
