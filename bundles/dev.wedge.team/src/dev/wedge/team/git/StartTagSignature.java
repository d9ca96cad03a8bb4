package dev.wedge.team.git;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPKeyRing;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentVerifierBuilderProvider;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;

import dev.wedge.model.Pilot;

/**
 * Whether a pilot's start tag is signed, and whether the signature is good and by whom: the OpenPGP signature of the
 * tag (as {@code git tag -s} or {@code wedge start-pilot --sign} make it) checked against the public keys given.
 */
public final class StartTagSignature {

  /** What the check found; {@code sentence} says it for {@code wedge verify}. */
  public record Verdict(boolean signed, boolean good, String signer, String sentence) {
  }

  private static final byte[] BEGIN = "-----BEGIN PGP SIGNATURE-----".getBytes(StandardCharsets.US_ASCII);

  private StartTagSignature() {
  }

  /** The public keys in {@code file} (ASCII-armoured or binary; public or secret key rings). */
  public static List<PGPPublicKey> keys(Path file) throws TeamException {
    List<PGPPublicKey> out = new ArrayList<>();
    try (InputStream in = PGPUtil.getDecoderStream(Files.newInputStream(file))) {
      BcPGPObjectFactory f = new BcPGPObjectFactory(in);
      for (Object o = f.nextObject(); o != null; o = f.nextObject()) {
        if (o instanceof PGPKeyRing ring) {
          ring.getPublicKeys().forEachRemaining(out::add);
        }
      }
    } catch (IOException e) {
      throw new TeamException("The keys in " + file + " cannot be read: " + e.getMessage() + ".", e);
    }
    if (out.isEmpty()) {
      throw new TeamException("The file " + file + " holds no OpenPGP key.");
    }
    return out;
  }

  /** Checks the start tag of {@code pilot} in {@code repo} against {@code keys}; null when there is no such tag. */
  public static Verdict check(Repository repo, Pilot pilot, List<PGPPublicKey> keys) throws IOException {
    String name = PreRegistration.tagName(pilot);
    Ref ref = repo.exactRef("refs/tags/" + name);
    if (ref == null) {
      return null;
    }
    try (RevWalk walk = new RevWalk(repo)) {
      RevObject o = walk.parseAny(ref.getObjectId());
      if (!(o instanceof RevTag tag)) {
        return new Verdict(false, false, null, "The start tag " + name + " is a lightweight tag, not signed.");
      }
      return check(name, tag, keys);
    }
  }

  static Verdict check(String name, RevTag tag, List<PGPPublicKey> keys) throws IOException {
    byte[] raw = tag.getRawBuffer();
    int at = indexOf(raw, BEGIN);
    if (at < 0) {
      return new Verdict(false, false, null, "The start tag " + name + " is not signed (start-pilot --sign, or the"
          + " preference Sign start tags, signs it).");
    }
    byte[] data = Arrays.copyOfRange(raw, 0, at);
    byte[] signature = Arrays.copyOfRange(raw, at, raw.length);
    PGPSignature sig;
    try (InputStream in = PGPUtil.getDecoderStream(new ByteArrayInputStream(signature))) {
      Object o = new BcPGPObjectFactory(in).nextObject();
      if (!(o instanceof PGPSignatureList l) || l.isEmpty()) {
        return new Verdict(true, false, null, "The start tag " + name + " carries a signature that cannot be read.");
      }
      sig = l.get(0);
    }
    String keyId = Long.toHexString(sig.getKeyID()).toUpperCase(Locale.ROOT);
    PGPPublicKey key = keys.stream().filter(k -> k.getKeyID() == sig.getKeyID()).findFirst().orElse(null);
    if (key == null) {
      return new Verdict(true, false, null, "The start tag " + name + " is signed by key " + keyId + ", which was"
          + " not given, so the signature cannot be checked (--keys FILE.asc gives its public key).");
    }
    String who = describe(key);
    try {
      sig.init(new BcPGPContentVerifierBuilderProvider(), key);
      sig.update(data);
      if (sig.verify()) {
        return new Verdict(true, true, who, "The start tag " + name + " has a good signature by " + who + ".");
      }
      return new Verdict(true, false, who, "The start tag " + name + " has a BAD signature for " + who
          + ": the tag was changed after it was signed.");
    } catch (PGPException e) {
      return new Verdict(true, false, who, "The signature of the start tag " + name + " by " + who
          + " cannot be checked: " + e.getMessage() + ".");
    }
  }

  static String describe(PGPPublicKey key) {
    Iterator<String> ids = key.getUserIDs();
    String user = ids.hasNext() ? ids.next() : null;
    return (user == null ? "" : user + ", ") + "key " + StartTagSigner.fingerprint(key.getFingerprint());
  }

  private static int indexOf(byte[] raw, byte[] what) {
    outer:
    for (int i = 0; i + what.length <= raw.length; i++) {
      for (int j = 0; j < what.length; j++) {
        if (raw[i + j] != what[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
