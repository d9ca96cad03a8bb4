package dev.wedge.core.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import dev.wedge.model.ModelVersion;
import dev.wedge.model.WedgePackage;

/**
 * Reads the start of a file (up to its root element) before EMF does, to refuse what must never be parsed
 * (a DOCTYPE: external entities, entity expansion) and to explain files that are not Wedge models or come from a
 * newer Wedge, in a sentence rather than a parser stack trace.
 */
final class FormatProbe {

  private static final XMLInputFactory FACTORY = newFactory();

  private FormatProbe() {
  }

  private static XMLInputFactory newFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
    for (java.util.Map.Entry<String, Object> limit : dev.wedge.model.resource.XmlLimits.properties().entrySet()) {
      f.setProperty(limit.getKey(), limit.getValue());
    }
    return f;
  }

  /** Returns null when the file may be loaded, else the fatal problem. */
  static LoadProblem check(Path file) throws IOException {
    if (Files.size(file) == 0) {
      return LoadProblem.fatal(-1, "the file is empty");
    }
    java.util.Optional<String> other = OtherFormats.recognise(file);
    if (other.isPresent()) {
      return LoadProblem.fatal(-1, "it is not a Wedge model but " + other.get());
    }
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader r = FACTORY.createXMLStreamReader(in);
      try {
        while (r.hasNext()) {
          int event = r.next();
          if (event == XMLStreamConstants.DTD) {
            return LoadProblem.fatal(r.getLocation().getLineNumber(),
                "it contains a DOCTYPE declaration, which .wedge files never have (refused: DOCTYPEs can pull in"
                    + " external files or expand entities without limit)");
          }
          if (event == XMLStreamConstants.START_ELEMENT) {
            return checkRoot(r);
          }
        }
        return LoadProblem.fatal(-1, "it has no XML root element");
      } finally {
        r.close();
      }
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
      String words = Words.of(e);
      return LoadProblem.fatal(line, words.startsWith("it is not UTF-8") ? words
          : "it is not a well-formed XML file (" + words + ")");
    }
  }

  private static LoadProblem checkRoot(XMLStreamReader r) {
    int line = r.getLocation().getLineNumber();
    String ns = r.getNamespaceURI();
    int nsVersion = ModelVersion.ofNamespace(ns);
    if (nsVersion < 0) {
      return LoadProblem.fatal(line, "it is not a Wedge model (its root element is <" + r.getLocalName() + ">"
          + (ns == null || ns.isEmpty() ? "" : " in namespace " + ns) + ")");
    }
    if (nsVersion > ModelVersion.CURRENT) {
      return newer(line, nsVersion);
    }
    if (!WedgePackage.Literals.STRATEGY_MODEL.getName().equals(r.getLocalName())) {
      return LoadProblem.fatal(line, "its root element is <" + r.getLocalName() + ">, expected <"
          + WedgePackage.Literals.STRATEGY_MODEL.getName() + ">");
    }
    String version = r.getAttributeValue(null, WedgePackage.Literals.STRATEGY_MODEL__FORMAT_VERSION.getName());
    if (version != null) {
      int v;
      try {
        v = Integer.parseInt(version.trim());
      } catch (NumberFormatException e) {
        return LoadProblem.fatal(line, "its format version '" + version + "' is not a number");
      }
      if (v > ModelVersion.CURRENT) {
        return newer(line, v);
      }
      if (v < 1) {
        return LoadProblem.fatal(line, "its format version " + v + " is not a real one (versions start at 1)");
      }
    }
    return null;
  }

  private static LoadProblem newer(int line, int version) {
    return LoadProblem.fatal(line, "it was written by a newer Wedge (file format " + version
        + "; this Wedge reads formats up to " + ModelVersion.CURRENT
        + "). Open it with a newer Wedge, or ask its author to save a copy for this version");
  }

  static String firstLine(String message) {
    if (message == null) {
      return "no details";
    }
    String m = message.strip();
    int msg = m.indexOf("Message: ");
    if (msg >= 0) {
      m = m.substring(msg + "Message: ".length()).strip();
    }
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
