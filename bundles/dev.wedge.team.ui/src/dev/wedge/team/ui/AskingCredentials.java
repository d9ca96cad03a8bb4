package dev.wedge.team.ui;

import java.util.Arrays;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;

import dev.wedge.team.git.SecureCredentials;

/**
 * The credentials of Team › Pull and Push: those kept in secure storage for the host, else (or when the host refused
 * them) those the user gives in the {@link CredentialsDialog}, asked on the UI thread ({@link Display#syncExec}) while
 * the operation waits in its own thread. What the user gave is kept in secure storage only once the host took it
 * ({@link #keepAccepted}), and only when the user left "Keep in secure storage" checked. One instance per operation.
 */
final class AskingCredentials extends CredentialsProvider {

  private final SecureCredentials kept;
  private final Display display;
  private final String purpose;

  private boolean usingKept;
  private boolean keptRefused;
  private URIish askedFor;
  private String user;
  private char[] password;
  private boolean keep;
  private boolean refused;
  private boolean cancelled;

  /**
   * @param kept the user's secure storage ({@link SecureCredentials#standard()}), or null when there is none
   * @param purpose what the credentials are for, the dialog's sentence ("The host asks ... to push halden-mutual.")
   */
  AskingCredentials(SecureCredentials kept, Display display, String purpose) {
    this.kept = kept;
    this.display = display;
    this.purpose = purpose;
  }

  @Override
  public boolean isInteractive() {
    return true;
  }

  @Override
  public boolean supports(CredentialItem... items) {
    return SecureCredentials.userAndPasswordOnly(items);
  }

  @Override
  public synchronized boolean get(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
    for (CredentialItem i : items) {
      if (!(i instanceof CredentialItem.Username) && !(i instanceof CredentialItem.Password)) {
        throw new UnsupportedCredentialItem(uri, i.getClass().getSimpleName() + ": " + i.getPromptText());
      }
    }
    if (cancelled) {
      return false;
    }
    if (password == null && !keptRefused && kept != null && kept.has(uri) && kept.get(uri, items)) {
      usingKept = true;
      return true;
    }
    if (password == null && !ask(uri)) {
      cancelled = true;
      return false;
    }
    for (CredentialItem i : items) {
      if (i instanceof CredentialItem.Username u) {
        u.setValue(user);
      } else if (i instanceof CredentialItem.Password p) {
        p.setValue(password.clone());
      }
    }
    return true;
  }

  /** JGit calls this when the host refused what {@link #get} gave: the next {@code get} asks the user (again). */
  @Override
  public synchronized void reset(URIish uri) {
    if (usingKept) {
      usingKept = false;
      keptRefused = true;
    } else if (password != null) {
      refused = true;
      Arrays.fill(password, '\0');
      password = null;
    }
  }

  private boolean ask(URIish uri) {
    String host = SecureCredentials.host(uri);
    String problem = refused ? Messages.Credentials_Refused
        : keptRefused ? Messages.Credentials_KeptRefused : null;
    String start = user;
    if (start == null && kept != null) {
      try {
        start = kept.user(uri);
      } catch (SecureCredentials.CredentialsException e) {
        problem = e.getMessage(); // said in the dialog; the user gives them now
      }
    }
    String before = start;
    String why = problem;
    boolean[] given = {false};
    display.syncExec(() -> {
      CredentialsDialog d = new CredentialsDialog(PlatformUI.getWorkbench().getModalDialogShellProvider()
          .getShell(), host, purpose, why, before, kept != null);
      if (d.open() == Window.OK) {
        user = d.user();
        password = d.password();
        keep = d.keep();
        given[0] = true;
      }
    });
    askedFor = uri;
    return given[0];
  }

  /** True when the user cancelled the dialog: the operation stopped for want of credentials. */
  synchronized boolean cancelled() {
    return cancelled;
  }

  /** True when the host refused credentials the user gave (or those kept) and none it took followed. */
  synchronized boolean refused() {
    return (refused || keptRefused) && password == null;
  }

  /** The host whose credentials were asked, as secure storage keys them, or null when none were asked. */
  synchronized String host() {
    return askedFor == null ? null : SecureCredentials.host(askedFor);
  }

  /**
   * After the operation went through (the host took the credentials): keeps those the user gave in secure storage
   * when "Keep in secure storage" was checked. Returns a sentence to add when they could not be kept, else null.
   */
  synchronized String keepAccepted() {
    if (password == null || !keep || askedFor == null) {
      return null;
    }
    try {
      kept.store(askedFor, user, password);
      return null;
    } catch (SecureCredentials.CredentialsException e) {
      return e.getMessage();
    }
  }
}
