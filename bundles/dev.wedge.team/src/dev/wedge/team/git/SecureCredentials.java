package dev.wedge.team.git;

import java.io.IOException;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;

/**
 * The user name and password for a Git host, kept in Equinox secure storage (encrypted, in the user's own storage),
 * never in the model or in the repository. One entry per host (scheme, host and port): the same credentials serve
 * every repository of that host, as Git's credential helpers do.
 */
public final class SecureCredentials extends CredentialsProvider {

  /** Where Wedge's entries are in secure storage. */
  static final String NODE = "dev.wedge.team/hosts";

  private final ISecurePreferences root;

  /** Credentials kept in {@code root} (the user's default secure storage: {@link #standard()}). */
  public SecureCredentials(ISecurePreferences root) {
    this.root = root;
  }

  private static volatile ISecurePreferences storage;

  /** The user's default secure storage (or the one {@link #useStorage} set); null when there is none. */
  public static SecureCredentials standard() {
    ISecurePreferences p = storage != null ? storage : SecurePreferencesFactory.getDefault();
    return p == null ? null : new SecureCredentials(p);
  }

  /** Makes {@link #standard()} use {@code s} (a storage of its own, as a test opens one); null for the default. */
  public static void useStorage(ISecurePreferences s) {
    storage = s;
  }

  /** The host a repository's address names, as credentials are kept: {@code https://host:port}. */
  public static String host(URIish uri) {
    String scheme = uri.getScheme() == null ? "ssh" : uri.getScheme();
    return scheme + "://" + (uri.getHost() == null ? "" : uri.getHost()) + (uri.getPort() > 0 ? ":" + uri.getPort()
        : "");
  }

  private ISecurePreferences node(URIish uri) {
    return root.node(NODE).node(EncodingUtils.encodeSlashes(host(uri)));
  }

  /**
   * Keeps {@code user} and {@code password} for {@code uri}'s host, the password encrypted.
   *
   * @throws CredentialsException with a sentence when secure storage refuses them (no master password)
   */
  public void store(URIish uri, String user, char[] password) throws CredentialsException {
    try {
      ISecurePreferences n = node(uri);
      n.put("user", user, false);
      n.put("password", new String(password), true);
      n.flush();
    } catch (StorageException | IOException e) {
      throw new CredentialsException("Cannot keep the password for " + host(uri) + " in secure storage: "
          + e.getMessage() + ". Nothing was kept; open secure storage (Window › Preferences › General › Security)"
          + " or give the password each time.", e);
    }
  }

  /** Forgets what is kept for {@code uri}'s host. */
  public void forget(URIish uri) throws IOException {
    ISecurePreferences n = root.node(NODE);
    String key = EncodingUtils.encodeSlashes(host(uri));
    if (n.nodeExists(key)) {
      n.node(key).removeNode();
      n.flush();
    }
  }

  /** True when a user name and password are kept for {@code uri}'s host. */
  public boolean has(URIish uri) {
    return root.nodeExists(NODE + "/" + EncodingUtils.encodeSlashes(host(uri)));
  }

  /** The user name kept for {@code uri}'s host, or null. */
  public String user(URIish uri) throws CredentialsException {
    if (!has(uri)) {
      return null;
    }
    try {
      return node(uri).get("user", null);
    } catch (StorageException e) {
      throw new CredentialsException("Cannot read the credentials for " + host(uri) + " from secure storage: "
          + e.getMessage() + ".", e);
    }
  }

  @Override
  public boolean isInteractive() {
    return false;
  }

  @Override
  public boolean supports(CredentialItem... items) {
    return userAndPasswordOnly(items);
  }

  /** Whether {@code items} ask only for a user name and a password (what a Git host over HTTPS asks). */
  public static boolean userAndPasswordOnly(CredentialItem... items) {
    for (CredentialItem i : items) {
      if (!(i instanceof CredentialItem.Username) && !(i instanceof CredentialItem.Password)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean get(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
    if (!has(uri)) {
      return false;
    }
    try {
      ISecurePreferences n = node(uri);
      String user = n.get("user", null);
      String password = n.get("password", null);
      if (user == null || password == null) {
        return false;
      }
      for (CredentialItem i : items) {
        if (i instanceof CredentialItem.Username u) {
          u.setValue(user);
        } else if (i instanceof CredentialItem.Password p) {
          p.setValue(password.toCharArray());
        } else {
          throw new UnsupportedCredentialItem(uri, i.getClass().getSimpleName() + ": " + i.getPromptText());
        }
      }
      return true;
    } catch (StorageException e) {
      return false; // JGit then says the host refused: the command adds what secure storage said (see Remotes)
    }
  }

  /** Secure storage refused to keep or give credentials; the message is the sentence to show. */
  public static final class CredentialsException extends Exception {
    private static final long serialVersionUID = 1L;

    CredentialsException(String sentence, Throwable cause) {
      super(sentence, cause);
    }
  }
}
