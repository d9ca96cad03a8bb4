package dev.wedge.plugins.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

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
import org.eclipse.equinox.internal.p2.metadata.ArtifactKey;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.UIServices;
import org.eclipse.equinox.p2.core.UIServices.TrustInfo;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.metadata.Version;
import org.eclipse.equinox.p2.repository.artifact.spi.IArtifactUIServices;
import org.eclipse.equinox.p2.ui.ProvisioningUI;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;

/**
 * In the workbench, content signed by a PGP key the installation does not trust stops at p2's Trust Artifacts
 * dialog, which names the key (fingerprint and user id): Cancel trusts nothing (so p2 installs nothing), Trust
 * Selected trusts the key for good (Remember selected signers is ticked), or for this change only when it is
 * cleared. (A key already trusted,
 * with {@code wedge plugins trust add} or the Trust preferences, never reaches the dialog: p2 checks the same
 * trusted keys before it asks; the plug-in tests of the product show it for the command line.)
 */
class TrustDialogTest {

  private static final String TITLE = "Trust Artifacts";

  @Test
  void anUnknownSignerNeedsConsentInTheDialog() throws Exception {
    PGPPublicKey key = newKey("Acme Advisory (test) <plugins@acme.example>");
    String fingerprint = HexFormat.of().formatHex(key.getFingerprint()).toUpperCase();
    IArtifactKey artifact = new ArtifactKey("osgi.bundle", "com.acme.wedge.checkins", Version.create("1.0.0"));
    IProvisioningAgent agent = ProvisioningUI.getDefaultUI().getSession().getProvisioningAgent();
    Object services = agent.getService(UIServices.SERVICE_NAME);
    assertTrue(services instanceof IArtifactUIServices, "the workbench asks through p2's dialogs: " + services);
    IArtifactUIServices dialogs = (IArtifactUIServices) services;

    List<String> rows = new ArrayList<>();
    TrustInfo cancelled = answer(dialogs, key, artifact, shell -> {
      for (TableItem item : find(shell, Table.class).getItems()) {
        StringBuilder row = new StringBuilder();
        for (int c = 0; c < item.getParent().getColumnCount(); c++) {
          row.append(item.getText(c)).append(' ');
        }
        rows.add(row.toString());
      }
      press(shell, "Cancel");
    });
    assertTrue(rows.stream().anyMatch(r -> r.replace(" ", "").toUpperCase().contains(fingerprint)
        && r.contains("Acme Advisory (test) <plugins@acme.example>")), "the dialog names the key: " + rows);
    assertTrue(cancelled.getTrustedPGPKeys().isEmpty(), "Cancel trusts nothing");

    TrustInfo remembered = answer(dialogs, key, artifact, shell -> {
      press(shell, "Select All");
      press(shell, "Trust Selected");
    });
    assertEquals(List.of(fingerprint), remembered.getTrustedPGPKeys().stream()
        .map(k -> HexFormat.of().formatHex(k.getFingerprint()).toUpperCase()).toList());
    assertTrue(remembered.persistTrust(), "Remember selected signers is ticked: the key is trusted for good");

    TrustInfo once = answer(dialogs, key, artifact, shell -> {
      press(shell, "Select All");
      press(shell, "Remember selected signers");
      press(shell, "Trust Selected");
    });
    assertEquals(1, once.getTrustedPGPKeys().size());
    assertFalse(once.persistTrust(), "with Remember selected signers cleared, for this change only");
  }

  /**
   * Asks as p2 does during an install (from a background job, waiting for the UI thread) and answers the dialog: the
   * dialog runs its own event loop, so the answer is scheduled on the display and found by it.
   */
  private static TrustInfo answer(IArtifactUIServices dialogs, PGPPublicKey key, IArtifactKey artifact,
      Consumer<Shell> user) throws Exception {
    Display display = Display.getCurrent();
    AtomicBoolean answered = new AtomicBoolean();
    AtomicReference<Throwable> failed = new AtomicReference<>();
    Runnable[] look = new Runnable[1];
    look[0] = () -> {
      Shell dialog = open(display);
      if (dialog == null) {
        display.timerExec(50, look[0]);
        return;
      }
      answered.set(true);
      try {
        user.accept(dialog);
      } catch (Throwable e) { // an assertion about the dialog: closed, and reported by the test
        failed.set(e);
        if (!dialog.isDisposed()) {
          dialog.close();
        }
      }
    };
    display.timerExec(50, look[0]);
    CompletableFuture<TrustInfo> asked = CompletableFuture.supplyAsync(
        () -> dialogs.getTrustInfo(Map.of(), Map.of(key, Set.of(artifact)), Set.of(), Map.of()));
    try {
      dev.wedge.ui.testing.UiTesting.waitUntil(asked::isDone, java.time.Duration.ofSeconds(60),
          "the trust question to be answered");
    } finally {
      display.timerExec(-1, look[0]);
    }
    if (failed.get() instanceof Error e) {
      throw e;
    }
    assertTrue(failed.get() == null, String.valueOf(failed.get()));
    assertTrue(answered.get(), "no " + TITLE + " dialog was shown");
    return asked.get(30, TimeUnit.SECONDS);
  }

  private static Shell open(Display display) {
    for (Shell s : display.getShells()) {
      if (!s.isDisposed() && s.isVisible() && TITLE.equals(s.getText())) {
        return s;
      }
    }
    return null;
  }

  private static void press(Shell shell, String label) {
    Button button = find(shell, Button.class, b -> label.equals(b.getText().replace("&", "")));
    assertNotNull(button, "no button '" + label + "'");
    if ((button.getStyle() & SWT.CHECK) != 0) {
      button.setSelection(!button.getSelection());
    }
    button.notifyListeners(SWT.Selection, null);
    dev.wedge.ui.testing.UiTesting.processEvents(); // the button's effect
  }

  private static <T extends Control> T find(Composite parent, Class<T> type) {
    return find(parent, type, t -> true);
  }

  private static <T extends Control> T find(Composite parent, Class<T> type, java.util.function.Predicate<T> test) {
    for (Control c : parent.getChildren()) {
      if (type.isInstance(c) && test.test(type.cast(c))) {
        return type.cast(c);
      }
      if (c instanceof Composite child) {
        T found = find(child, type, test);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static PGPPublicKey newKey(String userId) throws Exception {
    RSAKeyPairGenerator rsa = new RSAKeyPairGenerator();
    rsa.init(new RSAKeyGenerationParameters(BigInteger.valueOf(0x10001), new SecureRandom(), 2048, 12));
    BcPGPKeyPair pair = new BcPGPKeyPair(PublicKeyPacket.VERSION_4, PGPPublicKey.RSA_GENERAL,
        rsa.generateKeyPair(), new Date(System.currentTimeMillis() - 60_000));
    PGPKeyRingGenerator generator = new PGPKeyRingGenerator(PGPSignature.POSITIVE_CERTIFICATION, pair, userId,
        new BcPGPDigestCalculatorProvider().get(HashAlgorithmTags.SHA1), null, null,
        new BcPGPContentSignerBuilder(PGPPublicKey.RSA_GENERAL, HashAlgorithmTags.SHA256), null);
    return generator.generatePublicKeyRing().getPublicKey();
  }
}
