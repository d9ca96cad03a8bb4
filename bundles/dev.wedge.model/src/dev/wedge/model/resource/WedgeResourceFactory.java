package dev.wedge.model.resource;

import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;
import org.eclipse.emf.ecore.util.BasicExtendedMetaData;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

/**
 * Creates {@link WedgeResource}s with Wedge's load and save options, so every way of reading a .wedge file (the
 * workbench, the command line, a brief, a plug-in handing a stream to a resource) is equally safe. Files are read by
 * {@code ModelStore.load}; a resource never opens a URI itself, its own included:
 * <ul>
 * <li>no DOCTYPE, no external entities or DTDs (XXE and entity-expansion "billion laughs" files are refused);</li>
 * <li>no URI in a file is ever opened: namespaces and schema locations are names, not places to load packages from,
 * and the resource's URI converter ({@link SealedURIConverter}) opens nothing;</li>
 * <li>parser limits set deliberately ({@link XmlLimits}), the same for every reader, so what Wedge writes it reads
 * back;</li>
 * <li>unknown features and content of plug-ins that are not installed are recorded and written back on save,
 * never dropped;</li>
 * <li>UTF-8, ids as references.</li>
 * </ul>
 */
public class WedgeResourceFactory extends ResourceFactoryImpl {

  public static final String EXTENSION = "wedge";

  private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl(true);

  @Override
  public Resource createResource(URI uri) {
    WedgeResource resource = new WedgeResource(uri);
    resource.getDefaultLoadOptions().putAll(loadOptions());
    resource.getDefaultSaveOptions().putAll(saveOptions());
    return resource;
  }

  /** Load options; a fresh extended-metadata registry each time, so demanded (unknown) packages stay per file. */
  public static Map<Object, Object> loadOptions() {
    Map<Object, Object> options = new HashMap<>();
    options.put(XMLResource.OPTION_EXTENDED_META_DATA,
        new BasicExtendedMetaData(new EPackageRegistryImpl(EPackage.Registry.INSTANCE)));
    options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.TRUE);
    options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
    options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
    options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
    options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
    // a namespace is a name, never a place to load a package from (see WedgeXMIHandler)
    options.put(XMLResource.OPTION_USE_PACKAGE_NS_URI_AS_LOCATION, Boolean.FALSE);
    Map<String, Boolean> features = new HashMap<>();
    features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
    features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
    features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
    features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
    features.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
    options.put(XMLResource.OPTION_PARSER_FEATURES, features);
    Map<String, Object> properties = new HashMap<>();
    properties.put(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    properties.put(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    properties.putAll(XmlLimits.properties());
    options.put(XMLResource.OPTION_PARSER_PROPERTIES, properties);
    return options;
  }

  public static Map<Object, Object> saveOptions() {
    Map<Object, Object> options = new HashMap<>();
    options.put(XMLResource.OPTION_ENCODING, "UTF-8");
    options.put(XMLResource.OPTION_EXTENDED_META_DATA, Boolean.TRUE);
    options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new java.util.ArrayList<>());
    options.put(XMLResource.OPTION_LINE_WIDTH, 1); // one field to a line: a one-field change is a one-line diff
    options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
    // the writer, escaper and name lookups of one save are kept for the next (they depend on the package only)
    options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
    // the finished document handed to the stream a million characters at a time, each chunk flushed
    options.put(XMLResource.OPTION_FLUSH_THRESHOLD, 1 << 20);
    return options;
  }
}
