package dev.wedge.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyPacket;
import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;
import org.bouncycastle.openpgp.PGPKeyRingGenerator;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;
import org.bouncycastle.openpgp.operator.bc.BcPGPKeyPair;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.cli.WedgeApplication;
import dev.wedge.core.persistence.LoadedModel;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.model.Pilot;
import dev.wedge.model.SuccessCriterion;
import dev.wedge.model.WedgeFactory;

/**
 * {@code wedge start-pilot --sign} signs the start tag with an OpenPGP key (one made in the test); {@code wedge
 * verify} says the signature is good and whose key made it, says so when the key was not given, and fails on a tag
 * changed after it was signed.
 */
class SignedStartTagTest {

  @TempDir
  Path dir;

  private String out;

  private int run(String... args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    int rc = WedgeApplication.run(List.of(args), new PrintStream(o, true, StandardCharsets.UTF_8),
        new PrintStream(o, true, StandardCharsets.UTF_8));
    out = o.toString(StandardCharsets.UTF_8);
    return rc;
  }

  /** A new RSA key for {@code userId}: its secret key ring written to {@code secret}, its public one to {@code pub}. */
  private static PGPPublicKey newKey(String userId, Path secret, Path pub) throws Exception {
    RSAKeyPairGenerator rsa = new RSAKeyPairGenerator();
    rsa.init(new RSAKeyGenerationParameters(BigInteger.valueOf(0x10001), new SecureRandom(), 2048, 12));
    BcPGPKeyPair pair = new BcPGPKeyPair(PublicKeyPacket.VERSION_4, PGPPublicKey.RSA_GENERAL,
        rsa.generateKeyPair(), new Date(System.currentTimeMillis() - 60_000));
    PGPKeyRingGenerator generator = new PGPKeyRingGenerator(PGPSignature.POSITIVE_CERTIFICATION, pair, userId,
        new BcPGPDigestCalculatorProvider().get(HashAlgorithmTags.SHA1), null, null,
        new BcPGPContentSignerBuilder(PGPPublicKey.RSA_GENERAL, HashAlgorithmTags.SHA256), null);
    try (OutputStream o = new ArmoredOutputStream(Files.newOutputStream(secret))) {
      generator.generateSecretKeyRing().encode(o);
    }
    try (OutputStream o = new ArmoredOutputStream(Files.newOutputStream(pub))) {
      generator.generatePublicKeyRing().encode(o);
    }
    return generator.generatePublicKeyRing().getPublicKey();
  }

  @Test
  void aSignedStartTagIsVerifiedWithItsSignerAndATamperedOneFails() throws Exception {
    Path model = dir.resolve("model.wedge");
    LoadedModel m = ModelStore.load(Fixtures.EXAMPLE);
    SuccessCriterion c = WedgeFactory.eINSTANCE.createSuccessCriterion();
    c.setId("cr-comp-1");
    c.setDescription("Incidents down by a quarter");
    c.setThreshold(25.0);
    Fixtures.<Pilot>find(m.model(), "p-compliance").getCriteria().add(c);
    ModelStore.save(m.resource(), model);
    Files.deleteIfExists(dir.resolve("model.wedge.bak"));
    Path keys = Files.createDirectories(dir.resolve("keys"));
    Path secret = keys.resolve("lead-secret.asc");
    Path pub = keys.resolve("lead.asc");
    PGPPublicKey key = newKey("L&D lead <lead@example.org>", secret, pub);
    String fingerprint = HexFormat.of().formatHex(key.getFingerprint()).toUpperCase(Locale.ROOT);
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      StoredConfig config = git.getRepository().getConfig();
      config.setString("user", null, "name", "L&D lead");
      config.setString("user", null, "email", "lead@example.org");
      config.save();
      Files.writeString(dir.resolve(".gitignore"), "*.bak\nkeys/\n");
      git.add().addFilepattern(".").call();
      git.commit().setMessage("The model").call();

      assertEquals(ExitCodes.FAILED_CHECK, run("start-pilot", model.toString(), "p-compliance", "--sign", "--key",
          keys.resolve("none.asc").toString()), out);
      assertTrue(out.contains("The signing key " + keys.resolve("none.asc") + " does not exist"), out);
      assertTrue(out.contains("Nothing was changed."), out);

      assertEquals(ExitCodes.OK, run("start-pilot", model.toString(), "p-compliance", "--today", "2026-12-02",
          "--sign", "--key", secret.toString()), out);
      assertTrue(out.contains("tagged pilot/p-compliance/start, signed by L&D lead <lead@example.org>, key "
          + fingerprint + "."), out);
      String raw = new String(git.getRepository().open(git.getRepository().exactRef(
          "refs/tags/pilot/p-compliance/start").getObjectId()).getBytes(), StandardCharsets.UTF_8);
      assertTrue(raw.contains("-----BEGIN PGP SIGNATURE-----"), raw);

      assertEquals(ExitCodes.OK, run("verify", model.toString(), "--keys", pub.toString()), out);
      assertTrue(out.contains("The start tag pilot/p-compliance/start has a good signature by L&D lead"
          + " <lead@example.org>, key " + fingerprint + "."), out);
      assertTrue(out.contains("Pilot 'Monthly compliance refreshers': criteria fixed in commit"), out);

      assertEquals(ExitCodes.OK, run("verify", model.toString()), out);
      assertTrue(out.contains("The start tag pilot/p-compliance/start is signed by key "
          + Long.toHexString(key.getKeyID()).toUpperCase(Locale.ROOT) + ", which was not given"), out);

      // the tag's message changed after signing, the signature kept: refused
      String forged = raw.replace("its success criteria as agreed", "its success criteria as later agreed");
      try (ObjectInserter ins = git.getRepository().newObjectInserter()) {
        ObjectId id = ins.insert(Constants.OBJ_TAG, forged.getBytes(StandardCharsets.UTF_8));
        ins.flush();
        RefUpdate u = git.getRepository().updateRef("refs/tags/pilot/p-compliance/start");
        u.setNewObjectId(id);
        u.setForceUpdate(true);
        assertEquals(RefUpdate.Result.FORCED, u.update());
      }
      assertEquals(ExitCodes.FAILED_CHECK, run("verify", model.toString(), "--keys", pub.toString()), out);
      assertTrue(out.contains("The start tag pilot/p-compliance/start has a BAD signature for L&D lead"
          + " <lead@example.org>, key " + fingerprint + ": the tag was changed after it was signed."), out);
    }
  }
}
