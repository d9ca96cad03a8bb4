package dev.wedge.team.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;

import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.BCPGOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.PGPSecretKey;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.PGPSecretKeyRingCollection;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureGenerator;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.operator.bc.BcKeyFingerprintCalculator;
import org.bouncycastle.openpgp.operator.bc.BcPBESecretKeyDecryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;
import org.eclipse.jgit.api.errors.CanceledException;
import org.eclipse.jgit.lib.GpgConfig;
import org.eclipse.jgit.lib.GpgSignature;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.Signer;
import org.eclipse.jgit.transport.CredentialsProvider;

/**
 * Signs a pilot's start tag with an OpenPGP key, as {@code git tag -s} does, through JGit's {@link Signer}: the
 * signature is an ASCII-armoured detached signature of the tag, which plain {@code git tag -v} checks. The key is a
 * secret key in a file (ASCII-armoured or binary, as {@code gpg --export-secret-keys} writes it), unprotected or with
 * its passphrase. BouncyCastle (on Maven Central and in the platform) makes the signature.
 */
public final class StartTagSigner implements Signer {

  private final PGPSecretKey key;
  private final PGPPrivateKey privateKey;

  private StartTagSigner(PGPSecretKey key, PGPPrivateKey privateKey) {
    this.key = key;
    this.privateKey = privateKey;
  }

  /**
   * The signer of the first signing key in {@code file}, unlocked with {@code passphrase} (null or empty: none);
   * refused in a sentence that names the file when it cannot be read, holds no signing key or the passphrase does
   * not open it.
   */
  public static StartTagSigner of(Path file, char[] passphrase) throws TeamException {
    PGPSecretKeyRingCollection rings;
    try (InputStream in = PGPUtil.getDecoderStream(Files.newInputStream(file))) {
      rings = new PGPSecretKeyRingCollection(in, new BcKeyFingerprintCalculator());
    } catch (NoSuchFileException e) {
      throw new TeamException("The signing key " + file + " does not exist: give the file of your secret key (gpg"
          + " --export-secret-keys --armor KEY-ID > FILE.asc).", e);
    } catch (IOException | PGPException e) {
      throw new TeamException("The signing key " + file + " cannot be read as an OpenPGP secret key: "
          + e.getMessage() + ".", e);
    }
    for (Iterator<PGPSecretKeyRing> r = rings.getKeyRings(); r.hasNext();) {
      for (Iterator<PGPSecretKey> k = r.next().getSecretKeys(); k.hasNext();) {
        PGPSecretKey key = k.next();
        if (!key.isSigningKey() || key.isPrivateKeyEmpty()) {
          continue;
        }
        try {
          PGPPrivateKey pk = key.extractPrivateKey(new BcPBESecretKeyDecryptorBuilder(
              new BcPGPDigestCalculatorProvider()).build(passphrase == null ? new char[0] : passphrase));
          return new StartTagSigner(key, pk);
        } catch (PGPException e) {
          throw new TeamException("The signing key " + file + " (" + describe(key) + ") does not open with"
              + (passphrase == null || passphrase.length == 0 ? "out a passphrase: give it (--passphrase-stdin)"
                  : " the passphrase given") + ".", e);
        }
      }
    }
    throw new TeamException("The file " + file + " holds no OpenPGP secret key that can sign.");
  }

  /** The key's user id and fingerprint, as {@code wedge verify} names a signer. */
  public static String describe(PGPSecretKey key) {
    Iterator<String> ids = key.getPublicKey().getUserIDs();
    String user = ids.hasNext() ? ids.next() : null;
    return (user == null ? "" : user + ", ") + "key " + fingerprint(key.getPublicKey().getFingerprint());
  }

  static String fingerprint(byte[] bytes) {
    return java.util.HexFormat.of().formatHex(bytes).toUpperCase(Locale.ROOT);
  }

  /** Who signs: the key's user id and fingerprint. */
  public String signer() {
    return describe(key);
  }

  @Override
  public GpgSignature sign(Repository repository, GpgConfig config, byte[] data, PersonIdent committer,
      String signingKey, CredentialsProvider credentials) throws CanceledException, IOException {
    try {
      PGPSignatureGenerator g = new PGPSignatureGenerator(new BcPGPContentSignerBuilder(
          key.getPublicKey().getAlgorithm(), HashAlgorithmTags.SHA256), key.getPublicKey());
      g.init(PGPSignature.BINARY_DOCUMENT, privateKey);
      g.update(data);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ArmoredOutputStream armor = new ArmoredOutputStream(out); BCPGOutputStream bcpg = new BCPGOutputStream(
          armor)) {
        g.generate().encode(bcpg);
      }
      return new GpgSignature(out.toByteArray());
    } catch (PGPException e) {
      throw new IOException("The start tag could not be signed with " + signer() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public boolean canLocateSigningKey(Repository repository, GpgConfig config, PersonIdent committer,
      String signingKey, CredentialsProvider credentials) {
    return true;
  }
}
