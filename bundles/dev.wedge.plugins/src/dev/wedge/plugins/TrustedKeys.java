package dev.wedge.plugins;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPPublicKeyRingCollection;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.eclipse.core.runtime.jobs.IJobManager;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.equinox.internal.p2.engine.ProfilePreferences;
import org.eclipse.equinox.p2.core.IAgentLocation;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.engine.ProfileScope;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/**
 * The PGP keys this installation trusts: content signed by one of them installs without a question. They are kept
 * where p2 keeps them (the profile's preferences of {@code org.eclipse.equinox.p2.engine},
 * {@code pgp.trustedPublicKeys}), so p2's check on install, Window › Preferences › Install/Update › Trust and
 * {@code wedge plugins trust} all see the same keys.
 */
final class TrustedKeys {

  static final String ENGINE = "org.eclipse.equinox.p2.engine";
  static final String PROPERTY = "pgp.trustedPublicKeys";

  private final Preferences node;

  TrustedKeys(IProvisioningAgent agent, String profileId) {
    node = new ProfileScope(agent.getService(IAgentLocation.class), profileId).getNode(ENGINE);
  }

  /** The trusted keys by fingerprint (upper-case hex), in the order they were added. */
  Map<String, PGPPublicKey> all() throws IOException {
    return read(node.get(PROPERTY, null));
  }

  /** Adds the keys; answers those that were new. */
  List<PGPPublicKey> add(List<PGPPublicKey> keys) throws IOException, BackingStoreException {
    Map<String, PGPPublicKey> all = all();
    List<PGPPublicKey> added = new ArrayList<>();
    for (PGPPublicKey key : keys) {
      if (all.putIfAbsent(fingerprint(key), key) == null) {
        added.add(key);
      }
    }
    store(all);
    return added;
  }

  /** Removes the key whose fingerprint ends with the given hex digits (at least 8); answers it, or null. */
  PGPPublicKey remove(String fingerprint) throws IOException, BackingStoreException {
    String wanted = fingerprint.replace(" ", "").toUpperCase(Locale.ROOT);
    Map<String, PGPPublicKey> all = all();
    String match = null;
    for (String f : all.keySet()) {
      if (wanted.length() >= 8 && f.endsWith(wanted)) {
        if (match != null) {
          throw new IllegalArgumentException(fingerprint + " matches more than one trusted key: give more digits");
        }
        match = f;
      }
    }
    if (match == null) {
      return null;
    }
    PGPPublicKey removed = all.remove(match);
    store(all);
    return removed;
  }

  private void store(Map<String, PGPPublicKey> keys) throws IOException, BackingStoreException {
    if (keys.isEmpty()) {
      node.remove(PROPERTY);
    } else {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ArmoredOutputStream armored = ArmoredOutputStream.builder().clearHeaders().build(bytes)) {
        for (PGPPublicKey key : keys.values()) {
          key.encode(armored);
        }
      }
      node.put(PROPERTY, bytes.toString(StandardCharsets.US_ASCII));
    }
    node.flush();
    // p2 writes profile preferences in a job half a second after the flush, and a command may end sooner: wake the
    // job and wait for it, as p2's own applications do before they stop
    IJobManager jobs = Job.getJobManager();
    jobs.wakeUp(ProfilePreferences.PROFILE_SAVE_JOB_FAMILY);
    try {
      jobs.join(ProfilePreferences.PROFILE_SAVE_JOB_FAMILY, null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BackingStoreException("interrupted while the trusted keys were written");
    }
  }

  /** The public keys in an armored (or binary) key file: primary keys and their subkeys. */
  static Map<String, PGPPublicKey> read(String armored) throws IOException {
    Map<String, PGPPublicKey> keys = new LinkedHashMap<>();
    if (armored == null || armored.isBlank()) {
      return keys;
    }
    return read(new ByteArrayInputStream(armored.getBytes(StandardCharsets.US_ASCII)));
  }

  static Map<String, PGPPublicKey> read(InputStream in) throws IOException {
    Map<String, PGPPublicKey> keys = new LinkedHashMap<>();
    try (InputStream decoded = PGPUtil.getDecoderStream(in)) {
      BcPGPObjectFactory factory = new BcPGPObjectFactory(decoded);
      for (Object o = factory.nextObject(); o != null; o = factory.nextObject()) {
        if (o instanceof PGPPublicKeyRingCollection rings) {
          rings.getKeyRings().forEachRemaining(
              ring -> ring.getPublicKeys().forEachRemaining(k -> keys.put(fingerprint(k), k)));
        } else if (o instanceof PGPPublicKeyRing ring) {
          ring.getPublicKeys().forEachRemaining(k -> keys.put(fingerprint(k), k));
        } else if (o instanceof PGPPublicKey key) {
          keys.put(fingerprint(key), key);
        }
      }
    } catch (RuntimeException e) {
      // Bouncy Castle wraps what it cannot parse in unchecked exceptions
      throw new IOException("not a PGP public key: " + e.getMessage(), e);
    }
    return keys;
  }

  static String fingerprint(PGPPublicKey key) {
    return HexFormat.of().withUpperCase().formatHex(key.getFingerprint());
  }

  /** Fingerprint and user ids: how a key is named to the user. */
  static String describe(PGPPublicKey key) {
    StringBuilder b = new StringBuilder(fingerprint(key));
    for (Iterator<String> it = key.getUserIDs(); it.hasNext();) {
      b.append(" ").append(it.next());
    }
    return b.toString();
  }
}
