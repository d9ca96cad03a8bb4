package dev.wedge.model.resource;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The XML parser limits of every reader of .wedge files (the format probe, the fast loader, EMF's loader), chosen
 * deliberately instead of left to the JDK's defaults, which change between releases: JDK 24 and later count every
 * {@code &amp;}, {@code &lt;} and {@code &quot;} of a document against {@code jdk.xml.maxGeneralEntitySizeLimit} and
 * {@code jdk.xml.totalEntitySizeLimit} (100,000), so a model whose texts hold many ampersands saved fine and could not
 * be opened again.
 *
 * <ul>
 * <li>Entity accounting is lifted. This is safe because a DOCTYPE is always refused: without one, a file has no
 * entities of its own, only the five predefined ones and character references, which expand to one character
 * each.</li>
 * <li>Nesting and attributes per element are bounded, and saving checks the model against the same bounds
 * ({@link #MAX_DEPTH}, {@link #MAX_ATTRIBUTES}): what Wedge writes, it reads back.</li>
 * </ul>
 */
public final class XmlLimits {

  /** Deepest element nesting read and written (Wedge's own model nests a few levels; plug-in content more). */
  public static final int MAX_DEPTH = 1000;
  /** Most attributes on one element read and written. */
  public static final int MAX_ATTRIBUTES = 10_000;

  private XmlLimits() {
  }

  /** The JAXP properties (SAX and StAX) that set these limits; "0" lifts a limit. */
  public static Map<String, Object> properties() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("jdk.xml.maxGeneralEntitySizeLimit", "0");
    p.put("jdk.xml.totalEntitySizeLimit", "0");
    p.put("jdk.xml.entityReplacementLimit", "0");
    p.put("jdk.xml.maxElementDepth", Integer.toString(MAX_DEPTH));
    p.put("jdk.xml.elementAttributeLimit", Integer.toString(MAX_ATTRIBUTES));
    return p;
  }
}
