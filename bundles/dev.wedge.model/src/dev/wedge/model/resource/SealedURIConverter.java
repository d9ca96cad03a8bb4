package dev.wedge.model.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ContentHandler;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.URIHandler;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;

/**
 * The URI converter of every resource set and every .wedge resource: it opens nothing. A .wedge file is read from
 * the bytes {@code ModelStore} hands to its resource and written the same way; a URI found <em>inside</em> a file (a
 * namespace, a schema location, a reference into another file, {@code http:}, {@code file:}, {@code platform:},
 * {@code jar:}, a relative path) can therefore never make Wedge connect anywhere or read another file, whatever code
 * path tries to resolve it (EMF's package loading, proxy resolution, a plug-in calling
 * {@code ResourceSet.getResource}).
 *
 * <p>Normalizing a URI (pure computation) still works; opening, probing or deleting it fails with an
 * {@link IOException} whose message says why.
 */
public final class SealedURIConverter extends ExtensibleURIConverterImpl {

  /** The shared instance (it has no state). */
  public static final SealedURIConverter INSTANCE = new SealedURIConverter();

  public SealedURIConverter() {
    super(List.<URIHandler>of(new Refusing()), List.<ContentHandler>of());
  }

  /** Whether {@code converter} is one that opens nothing. */
  public static boolean isInstalled(URIConverter converter) {
    return converter instanceof SealedURIConverter;
  }

  /** The sentence of the refusal, also used by the loader when it meets a URI. */
  static String refusal(URI uri) {
    return "Wedge does not open '" + shorten(uri == null ? "" : uri.toString())
        + "': a model file is read only from its own content and may not refer to other files or addresses";
  }

  private static String shorten(String s) {
    return s.length() <= 200 ? s : s.substring(0, 200) + "…";
  }

  /** Handles every URI by refusing it. */
  private static final class Refusing extends URIHandlerImpl {
    @Override
    public boolean canHandle(URI uri) {
      return true;
    }

    @Override
    public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
      throw new IOException(refusal(uri));
    }

    @Override
    public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
      throw new IOException(refusal(uri));
    }

    @Override
    public void delete(URI uri, Map<?, ?> options) throws IOException {
      throw new IOException(refusal(uri));
    }

    @Override
    public Map<String, ?> contentDescription(URI uri, Map<?, ?> options) throws IOException {
      throw new IOException(refusal(uri));
    }

    @Override
    public boolean exists(URI uri, Map<?, ?> options) {
      return false;
    }

    @Override
    public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
      return Map.of();
    }

    @Override
    public void setAttributes(URI uri, Map<String, ?> attributes, Map<?, ?> options) throws IOException {
      throw new IOException(refusal(uri));
    }
  }
}
