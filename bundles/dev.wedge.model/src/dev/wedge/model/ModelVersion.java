package dev.wedge.model;

/**
 * The format version of .wedge files, written as {@code formatVersion} on the root {@link StrategyModel}.
 *
 * <p>History (raise {@link #CURRENT} and add a migration whenever a released file would load differently):
 * <ul>
 * <li>1 (Wedge 0.1): first format; namespace {@code http://wedge.dev/model/1}.</li>
 * </ul>
 */
public final class ModelVersion {

  /** The format this build reads and writes. */
  public static final int CURRENT = 1;

  /** Every format's namespace starts with this; the suffix is the format's major version. */
  public static final String NS_URI_PREFIX = "http://wedge.dev/model/";

  private ModelVersion() {
  }

  /** The format version a namespace URI names, or -1 when the namespace is not one of Wedge's. */
  public static int ofNamespace(String nsUri) {
    if (nsUri == null || !nsUri.startsWith(NS_URI_PREFIX)) {
      return -1;
    }
    try {
      return Integer.parseInt(nsUri.substring(NS_URI_PREFIX.length()));
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
