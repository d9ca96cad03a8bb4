package dev.wedge.model.resource;

import java.util.Map;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;

/**
 * Keeps the namespace prefixes a file was written with: while loading it records each prefix declaration; while
 * saving it writes a namespace with the prefix the file had ({@code acme:} stays {@code acme:}), unless that prefix
 * now names another namespace. Without it EMF writes the prefix it derives for a package (for content of a plug-in
 * that is not installed, a made-up one such as {@code dataowner_1:}), which is noise in every diff.
 */
final class PrefixKeepingHelper extends XMIHelperImpl {

  /** Namespace URI to the prefix the file declared it with (the first declaration wins). */
  private final Map<String, String> filePrefixes;

  PrefixKeepingHelper(XMLResource resource, Map<String, String> filePrefixes) {
    super(resource);
    this.filePrefixes = filePrefixes;
  }

  @Override
  public void addPrefix(String prefix, String uri) {
    super.addPrefix(prefix, uri);
    if (prefix != null && !prefix.isEmpty() && !"xml".equals(prefix) && !"xmlns".equals(prefix) && uri != null
        && !uri.isEmpty()) {
      filePrefixes.putIfAbsent(uri, prefix);
    }
  }

  @Override
  protected String getPrefix(EPackage ePackage, boolean mustHavePrefix) {
    if (!packages.containsKey(ePackage)) {
      String nsURI = extendedMetaData == null ? ePackage.getNsURI() : extendedMetaData.getNamespace(ePackage);
      String kept = nsURI == null ? null : filePrefixes.get(nsURI);
      if (kept != null && (!prefixesToURIs.containsKey(kept) || nsURI.equals(prefixesToURIs.get(kept)))) {
        prefixesToURIs.put(kept, nsURI);
        packages.put(ePackage, kept);
      }
    }
    return super.getPrefix(ePackage, mustHavePrefix);
  }
}
