package dev.wedge.model.resource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.xmi.XMIResource;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The fast path for reading .wedge files as Wedge writes them: one SAX pass that creates objects, sets attributes
 * with precomputed per-class lookups and resolves id references through the id index built on the way.
 *
 * <p>It handles exactly the shape Wedge writes (known classes, known features, id references). Anything else
 * (an unknown feature, content of a plug-in that is not installed, a value that does not convert, a reference to a
 * missing id, text where none belongs) stops it with {@link Unsupported}, and the file is read again by EMF's general
 * loader, which keeps unknown content and reports problems with their line numbers. Both paths give the same model.
 */
final class FastLoader extends DefaultHandler {

  /** The file has something only the general loader handles; the reason is for diagnostics only. */
  static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsupported(String reason) {
      super(reason, null, false, false);
    }
  }

  private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
  private static final Map<EClass, Map<String, Slot>> SLOTS = new ConcurrentHashMap<>();

  private static final int STRING = 0;
  private static final int INT = 1;
  private static final int DOUBLE = 2;
  private static final int BOOLEAN = 3;
  private static final int ENUM = 4;
  private static final int DATA = 5;
  private static final int REFERENCE = 6;
  private static final int CONTAINMENT = 7;
  private static final int MANY_ATTRIBUTE = 8;

  /** A feature with how its XML value is read, computed once per class. */
  private record Slot(EStructuralFeature feature, int kind, boolean id) {
    static Slot of(EStructuralFeature f) {
      if (f instanceof EReference r) {
        return new Slot(f, r.isContainment() ? CONTAINMENT : REFERENCE, false);
      }
      EAttribute a = (EAttribute) f;
      if (a.isMany()) {
        return new Slot(f, MANY_ATTRIBUTE, false);
      }
      EDataType type = a.getEAttributeType();
      Class<?> c = type.getInstanceClass();
      int kind = type instanceof EEnum ? ENUM
          : c == String.class ? STRING
          : c == int.class || c == Integer.class ? INT
          : c == double.class || c == Double.class ? DOUBLE
          : c == boolean.class || c == Boolean.class ? BOOLEAN : DATA;
      return new Slot(f, kind, a.isID());
    }
  }
  private static final ThreadLocal<SAXParser> PARSER = ThreadLocal.withInitial(FastLoader::newParser);

  private final WedgeResource resource;
  private final EPackage.Registry packages;
  private final Map<String, String> prefixes = new HashMap<>();
  private final List<Object> stack = new ArrayList<>();
  private final List<Pending> pending = new ArrayList<>();
  private StringBuilder text;

  /** A reference to resolve once every id has been read. */
  private record Pending(EObject owner, EReference reference, String ids) {
  }

  /** A many-valued attribute written as repeated elements ({@code <disabledAnalyses>x</disabledAnalyses>}). */
  private record TextFeature(EObject owner, EAttribute attribute) {
  }

  FastLoader(WedgeResource resource) {
    this.resource = resource;
    this.packages = resource.getResourceSet() != null ? resource.getResourceSet().getPackageRegistry()
        : EPackage.Registry.INSTANCE;
  }

  private static SAXParser newParser() {
    try {
      SAXParserFactory f = SAXParserFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      SAXParser parser = f.newSAXParser();
      for (Map.Entry<String, Object> limit : XmlLimits.properties().entrySet()) {
        parser.setProperty(limit.getKey(), limit.getValue());
      }
      return parser;
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("no XML parser", e);
    }
  }

  /** Reads {@code bytes} into the resource; throws {@link Unsupported} when the general loader must do it. */
  void load(byte[] bytes) throws IOException {
    SAXParser parser = PARSER.get();
    try {
      parser.parse(new ByteArrayInputStream(bytes), this);
    } catch (SAXException e) {
      throw new Unsupported("not well-formed: " + e.getMessage()); // the general loader reports it with its line
    } finally {
      parser.reset();
    }
    resolveReferences();
  }

  @Override
  public void startPrefixMapping(String prefix, String uri) {
    prefixes.put(prefix, uri);
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes attributes) {
    if (text != null) {
      throw new Unsupported("element inside a text value");
    }
    if (stack.isEmpty()) {
      EPackage p = packages.getEPackage(uri);
      EClassifier c = p == null ? null : p.getEClassifier(localName);
      if (!(c instanceof EClass eClass) || eClass.isAbstract()) {
        throw new Unsupported("root " + localName);
      }
      EObject root = p.getEFactoryInstance().create(eClass);
      resource.getContents().add(root);
      setAttributes(root, attributes);
      stack.add(root);
      return;
    }
    if (!uri.isEmpty()) {
      throw new Unsupported("qualified element " + qName);
    }
    Object top = stack.get(stack.size() - 1);
    if (!(top instanceof EObject parent)) {
      throw new Unsupported("element inside " + top);
    }
    Slot slot = slot(parent.eClass(), localName);
    EStructuralFeature feature = slot.feature();
    if (slot.kind() == CONTAINMENT) {
      EReference ref = (EReference) feature;
      EClass type = type(ref, attributes);
      EObject child = type.getEPackage().getEFactoryInstance().create(type);
      if (ref.isMany()) {
        @SuppressWarnings("unchecked")
        InternalEList<EObject> list = (InternalEList<EObject>) parent.eGet(ref);
        list.addUnique(child);
      } else {
        parent.eSet(ref, child);
      }
      setAttributes(child, attributes);
      stack.add(child);
    } else if (slot.kind() == MANY_ATTRIBUTE && attributes.getLength() == 0) {
      text = new StringBuilder();
      stack.add(new TextFeature(parent, (EAttribute) feature));
    } else {
      throw new Unsupported("element " + localName + " of " + parent.eClass().getName());
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    Object top = stack.remove(stack.size() - 1);
    if (top instanceof TextFeature tf) {
      Object value = convert(Slot.of(tf.attribute()).kind(), tf.attribute(), text.toString());
      @SuppressWarnings("unchecked")
      EList<Object> values = (EList<Object>) tf.owner().eGet(tf.attribute());
      values.add(value);
      text = null;
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (text != null) {
      text.append(ch, start, length);
      return;
    }
    for (int i = start; i < start + length; i++) {
      if (!Character.isWhitespace(ch[i])) {
        throw new Unsupported("text content");
      }
    }
  }

  private EClass type(EReference ref, Attributes attributes) {
    String xsiType = attributes.getValue(XSI, "type");
    EClass type = ref.getEReferenceType();
    if (xsiType != null) {
      int colon = xsiType.indexOf(':');
      String ns = prefixes.get(colon < 0 ? "" : xsiType.substring(0, colon));
      EPackage p = ns == null ? null : packages.getEPackage(ns);
      EClassifier c = p == null ? null : p.getEClassifier(xsiType.substring(colon + 1));
      if (!(c instanceof EClass eClass) || p == EcorePackage.eINSTANCE
          || type != EcorePackage.Literals.EOBJECT && !type.isSuperTypeOf(eClass)) {
        throw new Unsupported("type " + xsiType); // a plug-in that is not installed, or a wrong type
      }
      type = eClass;
    }
    if (type.isAbstract() || type == EcorePackage.Literals.EOBJECT) {
      throw new Unsupported("abstract type " + type.getName());
    }
    return type;
  }

  private void setAttributes(EObject object, Attributes attributes) {
    EClass eClass = object.eClass();
    Map<String, Slot> slots = SLOTS.computeIfAbsent(eClass, FastLoader::slotsOf);
    for (int i = 0, n = attributes.getLength(); i < n; i++) {
      String uri = attributes.getURI(i);
      if (!uri.isEmpty()) {
        if (uri.equals(XMIResource.XMI_URI) || uri.equals(XSI) && "type".equals(attributes.getLocalName(i))) {
          continue; // xmi:version, and the xsi:type already used to create the object
        }
        throw new Unsupported("attribute " + attributes.getQName(i));
      }
      Slot slot = slots.get(attributes.getLocalName(i));
      if (slot == null) {
        throw new Unsupported("unknown attribute " + attributes.getLocalName(i) + " of " + eClass.getName());
      }
      String value = attributes.getValue(i);
      switch (slot.kind()) {
        case REFERENCE -> {
          if (value.indexOf('#') >= 0) {
            throw new Unsupported("reference into another file");
          }
          pending.add(new Pending(object, (EReference) slot.feature(), value));
        }
        case CONTAINMENT, MANY_ATTRIBUTE -> throw new Unsupported("attribute " + attributes.getLocalName(i));
        default -> {
          EAttribute attr = (EAttribute) slot.feature();
          object.eSet(attr, convert(slot.kind(), attr, value));
          if (slot.id()) {
            resource.idRead(value, object);
          }
        }
      }
    }
  }

  private static Object convert(int kind, EAttribute attr, String value) {
    try {
      switch (kind) {
        case STRING:
          return value;
        case INT:
          return Integer.valueOf(value);
        case DOUBLE:
          Double d = Double.valueOf(value);
          if (!Double.isFinite(d)) {
            throw new Unsupported("not a finite number"); // the loader's content check names it
          }
          return d;
        case BOOLEAN:
          if (value.equals("true")) {
            return Boolean.TRUE;
          }
          if (value.equals("false")) {
            return Boolean.FALSE;
          }
          throw new Unsupported("boolean " + value);
        case ENUM:
          EEnumLiteral literal = ((EEnum) attr.getEAttributeType()).getEEnumLiteralByLiteral(value);
          if (literal == null) {
            throw new Unsupported("literal " + value);
          }
          return literal.getInstance();
        default:
          EDataType type = attr.getEAttributeType();
          return type.getEPackage().getEFactoryInstance().createFromString(type, value);
      }
    } catch (RuntimeException e) {
      if (e instanceof Unsupported u) {
        throw u;
      }
      throw new Unsupported("value " + value + " of " + attr.getName());
    }
  }

  private void resolveReferences() {
    Map<String, EObject> ids = resource.getIntrinsicIDToEObjectMap();
    for (Pending p : pending) {
      EReference ref = p.reference();
      if (ref.isMany()) {
        @SuppressWarnings("unchecked")
        InternalEList<EObject> list = (InternalEList<EObject>) p.owner().eGet(ref);
        int start = 0;
        String s = p.ids();
        while (start < s.length()) {
          int end = s.indexOf(' ', start);
          if (end < 0) {
            end = s.length();
          }
          if (end > start) {
            list.add(target(ids, s.substring(start, end), ref));
          }
          start = end + 1;
        }
      } else {
        p.owner().eSet(ref, target(ids, p.ids(), ref));
      }
    }
  }

  private static EObject target(Map<String, EObject> ids, String id, EReference ref) {
    EObject t = ids.get(id);
    if (t == null || !ref.getEReferenceType().isInstance(t)) {
      throw new Unsupported("unresolved " + id);
    }
    return t;
  }

  /** The feature an XML name stands for, cached per class. */
  private static Slot slot(EClass eClass, String name) {
    Slot slot = SLOTS.computeIfAbsent(eClass, FastLoader::slotsOf).get(name);
    if (slot == null) {
      throw new Unsupported("feature " + name + " of " + eClass.getName());
    }
    return slot;
  }

  private static Map<String, Slot> slotsOf(EClass eClass) {
    Map<String, Slot> map = new HashMap<>();
    for (EStructuralFeature f : eClass.getEAllStructuralFeatures()) {
      if (!f.isTransient() && !f.isDerived() && !f.isVolatile()
          && ExtendedMetaData.INSTANCE.getFeatureKind(f) == ExtendedMetaData.UNSPECIFIED_FEATURE) {
        map.put(f.getName(), Slot.of(f));
      }
    }
    return map;
  }
}
