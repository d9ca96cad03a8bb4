/*
 * A PGP signing key made on the spot with Bouncy Castle, for a build or a test that signs p2 repositories and must
 * never find a key in the repository: the build of Wedge's own repository (when no release key is given) and the
 * plug-in tests (a consultancy's key, a key nobody trusts).
 *
 *   java -cp bcprov.jar:bcpg.jar:bcutil.jar SigningKey.java "Name <mail>" PASSPHRASE OUT_DIR
 *
 * writes OUT_DIR/secret.asc (the secret key, armored, protected by PASSPHRASE: what Tycho's Bouncy Castle signer
 * reads with -Dtycho.pgp.signer.bc.secretKeys), OUT_DIR/public.asc (the public key a client trusts),
 * OUT_DIR/pgp.info (passphrase, public and secret key in one file, as Tycho's signer reads a generated key) and
 * OUT_DIR/fingerprint (40 hex digits). An existing OUT_DIR/secret.asc is kept.
 */

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Date;
import java.util.HexFormat;

import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyPacket;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.bcpg.sig.KeyFlags;
import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;
import org.bouncycastle.openpgp.PGPKeyRingGenerator;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureSubpacketGenerator;
import org.bouncycastle.openpgp.operator.bc.BcPBESecretKeyEncryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;
import org.bouncycastle.openpgp.operator.bc.BcPGPKeyPair;

public class SigningKey {

  public static void main(String[] args) throws Exception {
    if (args.length != 3 || args[1].isBlank()) {
      System.err.println("usage: SigningKey.java \"Name <mail>\" PASSPHRASE OUT_DIR");
      System.exit(2);
    }
    Path out = Path.of(args[2]);
    if (Files.exists(out.resolve("secret.asc"))) {
      return;
    }
    Files.createDirectories(out);
    RSAKeyPairGenerator rsa = new RSAKeyPairGenerator();
    rsa.init(new RSAKeyGenerationParameters(BigInteger.valueOf(0x10001), new SecureRandom(), 3072, 12));
    // a minute in the past: a signature made right away is never older than its key
    Date created = new Date(System.currentTimeMillis() - 60_000);
    BcPGPKeyPair pair = new BcPGPKeyPair(PublicKeyPacket.VERSION_4, PGPPublicKey.RSA_GENERAL, rsa.generateKeyPair(),
        created);
    PGPSignatureSubpacketGenerator flags = new PGPSignatureSubpacketGenerator();
    flags.setKeyFlags(false, KeyFlags.SIGN_DATA | KeyFlags.CERTIFY_OTHER);
    flags.setPreferredHashAlgorithms(false, new int[] {HashAlgorithmTags.SHA512, HashAlgorithmTags.SHA256});
    PGPKeyRingGenerator generator = new PGPKeyRingGenerator(PGPSignature.POSITIVE_CERTIFICATION, pair, args[0],
        new BcPGPDigestCalculatorProvider().get(HashAlgorithmTags.SHA1), flags.generate(), null,
        new BcPGPContentSignerBuilder(PGPPublicKey.RSA_GENERAL, HashAlgorithmTags.SHA256),
        new BcPBESecretKeyEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256).build(args[1].toCharArray()));
    PGPPublicKeyRing publicRing = generator.generatePublicKeyRing();
    PGPSecretKeyRing secretRing = generator.generateSecretKeyRing();
    String publicKey = armor(publicRing.getEncoded());
    String secretKey = armor(secretRing.getEncoded());
    Files.writeString(out.resolve("public.asc"), publicKey, StandardCharsets.US_ASCII);
    Files.writeString(out.resolve("pgp.info"), args[1] + "\n" + publicKey + secretKey, StandardCharsets.US_ASCII);
    Files.writeString(out.resolve("fingerprint"),
        HexFormat.of().withUpperCase().formatHex(publicRing.getPublicKey().getFingerprint()) + "\n");
    Files.writeString(out.resolve("secret.asc"), secretKey, StandardCharsets.US_ASCII); // last: marks it complete
  }

  private static String armor(byte[] encoded) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ArmoredOutputStream armored = ArmoredOutputStream.builder().clearHeaders().build(bytes)) {
      armored.write(encoded);
    }
    return bytes.toString(StandardCharsets.US_ASCII);
  }
}
