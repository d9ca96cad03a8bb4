package dev.wedge.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bouncycastle.openpgp.PGPPublicKey;
import org.osgi.service.prefs.BackingStoreException;

import dev.wedge.core.cli.ExitCodes;

/**
 * {@code wedge plugins trust}: the PGP keys whose signed content installs without a question; {@code list} shows
 * them, {@code add KEY.asc...} trusts a publisher's public keys (armored or binary), {@code remove FINGERPRINT...}
 * stops trusting one (by its fingerprint or its last 8 digits). Every refusal names the file or fingerprint and the
 * fix, with the exit code of {@link ExitCodes}.
 */
final class TrustAction {

  private TrustAction() {
  }

  static int run(TrustedKeys keys, List<String> rest, PrintStream out, PrintStream err) {
    String what = rest.isEmpty() ? "list" : rest.get(0);
    List<String> args = rest.isEmpty() ? List.of() : rest.subList(1, rest.size());
    try {
      switch (what) {
        case "list" -> {
          Map<String, PGPPublicKey> all = keys.all();
          if (all.isEmpty()) {
            out.println("No PGP keys trusted: signed content asks for consent until you trust its publisher's key"
                + " (wedge plugins trust add KEY.asc).");
          } else {
            out.println("Content signed by these PGP keys installs without a question:");
            all.values().stream().filter(PGPPublicKey::isMasterKey)
                .forEach(k -> out.println("  " + TrustedKeys.describe(k)));
          }
          return ExitCodes.OK;
        }
        case "add" -> {
          if (args.isEmpty()) {
            err.println("usage: wedge plugins trust add KEY.asc...   (a publisher's public key, armored or binary)");
            return ExitCodes.USAGE;
          }
          List<PGPPublicKey> found = new ArrayList<>();
          for (String file : args) {
            Path path = Path.of(file);
            if (!Files.isRegularFile(path)) {
              err.println("wedge plugins trust add: " + file + " does not exist");
              return ExitCodes.CANNOT_OPEN;
            }
            Map<String, PGPPublicKey> inFile;
            try (InputStream in = Files.newInputStream(path)) {
              inFile = TrustedKeys.read(in);
            } catch (IOException e) {
              err.println("wedge plugins trust add: " + file + " holds no PGP public key Wedge can read ("
                  + e.getMessage() + "); export it with 'gpg --armor --export KEY-ID'");
              return ExitCodes.CANNOT_OPEN;
            }
            if (inFile.isEmpty()) {
              err.println("wedge plugins trust add: " + file + " holds no PGP public key; export it with"
                  + " 'gpg --armor --export KEY-ID'");
              return ExitCodes.CANNOT_OPEN;
            }
            found.addAll(inFile.values());
          }
          List<PGPPublicKey> added = keys.add(found);
          for (PGPPublicKey k : found) {
            if (k.isMasterKey()) {
              out.println((added.contains(k) ? "Trusted " : "Already trusted ") + TrustedKeys.describe(k) + ".");
            }
          }
          out.println("Check the fingerprint with the publisher: content signed by a trusted key installs without"
              + " a question.");
          return ExitCodes.OK;
        }
        case "remove" -> {
          if (args.isEmpty()) {
            err.println("usage: wedge plugins trust remove FINGERPRINT...   (wedge plugins trust list shows them)");
            return ExitCodes.USAGE;
          }
          for (String f : args) {
            PGPPublicKey removed = keys.remove(f);
            if (removed == null) {
              err.println("wedge plugins trust remove: no trusted key has the fingerprint " + f
                  + " (at least its last 8 digits); wedge plugins trust list shows them");
              return ExitCodes.USAGE;
            }
            out.println("No longer trusted: " + TrustedKeys.describe(removed) + ". Content it signed asks for"
                + " consent again.");
          }
          return ExitCodes.OK;
        }
        default -> {
          err.println("wedge plugins trust: unknown action '" + what + "'");
          err.println("usage: wedge plugins trust [list | add KEY.asc... | remove FINGERPRINT...]");
          return ExitCodes.USAGE;
        }
      }
    } catch (IllegalArgumentException e) {
      err.println("wedge plugins trust: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (IOException | BackingStoreException e) {
      err.println("wedge plugins trust: the installation's trusted keys cannot be read or written: "
          + e.getMessage());
      return ExitCodes.CANNOT_WRITE;
    }
  }
}
