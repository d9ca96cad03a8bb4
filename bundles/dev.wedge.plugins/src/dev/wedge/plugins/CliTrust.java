package dev.wedge.plugins;

import java.io.File;
import java.io.PrintStream;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bouncycastle.openpgp.PGPPublicKey;
import org.eclipse.equinox.p2.core.UIServices;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.repository.artifact.spi.IArtifactUIServices;

/**
 * The command line's answer when p2 finds content that is unsigned, or signed by a PGP key or certificate this
 * installation does not trust: it says which artifacts and which keys (fingerprint and user id), and accepts them
 * for this one change only when the user said so with {@code --trust-unsigned}; otherwise the change is refused and
 * nothing is installed. Accepting is never remembered: a key is trusted for good only with
 * {@code wedge plugins trust add KEY.asc} (or the workbench's Trust preferences), after checking its fingerprint.
 */
final class CliTrust extends UIServices implements IArtifactUIServices {

  private final boolean consent;
  private final PrintStream err;
  private String refused;

  CliTrust(boolean consent, PrintStream err) {
    this.consent = consent;
    this.err = err;
  }

  /** Why the change was refused, or null. */
  String refused() {
    return refused;
  }

  @Override
  public TrustInfo getTrustInfo(Map<List<Certificate>, Set<IArtifactKey>> untrustedCertificateChains,
      Map<PGPPublicKey, Set<IArtifactKey>> untrustedPGPKeys, Set<IArtifactKey> unsignedArtifacts,
      Map<IArtifactKey, File> artifactFiles) {
    List<String> problems = new ArrayList<>();
    if (!unsignedArtifacts.isEmpty()) {
      problems.add(unsignedArtifacts.size() + " unsigned: " + String.join(", ", unsignedArtifacts.stream()
          .map(k -> k.getId() + " " + k.getVersion()).sorted().toList()));
    }
    for (Map.Entry<PGPPublicKey, Set<IArtifactKey>> e : untrustedPGPKeys.entrySet()) {
      problems.add("signed by a key this installation does not trust: " + TrustedKeys.describe(e.getKey()) + " ("
          + String.join(", ", e.getValue().stream().map(IArtifactKey::getId).sorted().toList()) + ")");
    }
    for (Map.Entry<List<Certificate>, Set<IArtifactKey>> e : untrustedCertificateChains.entrySet()) {
      String subject = e.getKey().isEmpty() ? "?" : e.getKey().get(0) instanceof java.security.cert.X509Certificate x
          ? x.getSubjectX500Principal().getName() : e.getKey().get(0).getType();
      problems.add("signed with a certificate this installation does not trust: " + subject);
    }
    for (String p : problems) {
      err.println("wedge plugins: " + p + (consent ? " (accepted: --trust-unsigned)" : ""));
    }
    if (!consent) {
      refused = String.join("; ", problems) + ". Nothing was installed. Check where the plug-in comes from: if"
          + " its publisher gave you their public key, compare its fingerprint and trust it with 'wedge plugins"
          + " trust add KEY.asc'; to install this once anyway, run the command again with --trust-unsigned.";
      return new TrustInfo(List.of(), List.of(), false, false);
    }
    List<Certificate> certificates = new ArrayList<>();
    untrustedCertificateChains.keySet().forEach(chain -> certificates.addAll(chain));
    // accepted for this change, not remembered
    return new TrustInfo(certificates, untrustedPGPKeys.keySet(), false, true);
  }

  @Override
  public TrustInfo getTrustInfo(Certificate[][] untrustedChain, String[] unsignedDetail) {
    return getTrustInfo(untrustedChain, List.of(), unsignedDetail);
  }

  @Override
  public TrustInfo getTrustInfo(Certificate[][] untrustedChains, Collection<PGPPublicKey> untrustedPGPKeys,
      String[] unsignedDetail) {
    if (!consent) {
      refused = "the content is unsigned or signed by an unknown key. Nothing was installed; to install it anyway,"
          + " run the command again with --trust-unsigned.";
      return new TrustInfo(List.of(), List.of(), false, false);
    }
    List<Certificate> certificates = new ArrayList<>();
    if (untrustedChains != null) {
      for (Certificate[] chain : untrustedChains) {
        certificates.addAll(List.of(chain));
      }
    }
    return new TrustInfo(certificates, untrustedPGPKeys, false, true);
  }

  @Override
  public AuthenticationInfo getUsernamePassword(String location) {
    return null; // local folders and zips need no password; a remote repository asking for one is not supported here
  }

  @Override
  public AuthenticationInfo getUsernamePassword(String location, AuthenticationInfo previousInfo) {
    return null;
  }

  @Override
  public void showInformationMessage(String title, String text, String linkText) {
    err.println("wedge plugins: " + title + ": " + text);
  }
}
