package dev.wedge.team.git;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.BranchConfig;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.transport.BundleWriter;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.TagOpt;
import org.eclipse.jgit.transport.URIish;

/**
 * A shared model's repository against others: clone, pull (fetch, then {@link ModelPull}), push, over HTTPS, SSH or
 * any transport Git has, and git bundle files for a workshop without a network (export onto a USB stick, import with
 * the same merge). Credentials come from a {@link CredentialsProvider} ({@link SecureCredentials}: secure storage),
 * never from the model or the repository.
 */
public final class Remotes {

  /** Seconds without an answer from a remote before a clone, pull or push gives up (and says so). */
  static final int TIMEOUT = 120;

  private Remotes() {
  }

  /** Clones {@code uri} into {@code dir} (which must be empty or absent). */
  public static void clone(String uri, Path dir, CredentialsProvider credentials) throws TeamException {
    prepare(uri);
    if (Files.isDirectory(dir)) {
      try (var entries = Files.list(dir)) {
        if (entries.findAny().isPresent()) {
          throw new TeamException("Cannot clone into " + dir + ": the folder is not empty; name a new one.");
        }
      } catch (IOException e) {
        throw new TeamException("Cannot clone into " + dir + ": " + e.getMessage() + ".", e);
      }
    }
    String branch = branchToClone(uri, credentials);
    try (Git git = Git.cloneRepository().setURI(uri).setDirectory(dir.toFile()).setCredentialsProvider(credentials)
        .setBranch(branch).setTimeout(TIMEOUT).setProgressMonitor(NullProgressMonitor.INSTANCE).call()) {
      StoredConfig config = git.getRepository().getConfig();
      if (ModelRepository.useWedgeForModels(config)) {
        config.save();
      }
    } catch (IOException e) {
      throw new TeamException("Cloned " + uri + " into " + dir + ", but Wedge could not be set as Git's merge driver"
          + " for models there: " + e.getMessage() + ".", e);
    } catch (GitAPIException e) {
      throw new TeamException("Cannot clone " + uri + ": " + words(e, uri) + ".", e);
    } catch (IllegalThreadStateException e) {
      throw new TeamException("Cannot clone " + uri + ": " + SSH_CLOSED + ".", e);
    }
  }

  /**
   * The branch a clone checks out: the one the remote's HEAD names, or when that names no branch (a bare repository
   * made with {@code git init --bare} points HEAD to master, while Wedge shares on main) main, master or the only
   * branch there is. An empty repository, or several branches none of which is main or master, is refused in a
   * sentence naming them.
   */
  /**
   * Over SSH, when the host hangs up at once (a key it does not accept, a repository that is not there), JGit can ask
   * the ssh process for its exit code before it has exited and fail with IllegalThreadStateException: said as what
   * it means, not as an internal error.
   */
  private static final String SSH_CLOSED = "the SSH connection closed before the host answered (the host may not"
      + " accept your key, or the repository is not there)";

  static String branchToClone(String uri, CredentialsProvider credentials) throws TeamException {
    java.util.Map<String, org.eclipse.jgit.lib.Ref> refs;
    try {
      refs = Git.lsRemoteRepository().setRemote(uri).setCredentialsProvider(credentials).setTimeout(TIMEOUT)
          .callAsMap();
    } catch (GitAPIException e) {
      throw new TeamException("Cannot clone " + uri + ": " + words(e, uri) + ".", e);
    } catch (IllegalThreadStateException e) {
      throw new TeamException("Cannot clone " + uri + ": " + SSH_CLOSED + ".", e);
    }
    org.eclipse.jgit.lib.Ref head = refs.get(Constants.HEAD);
    if (head != null && head.isSymbolic() && refs.containsKey(head.getTarget().getName())) {
      return head.getTarget().getName();
    }
    java.util.List<String> branches = refs.keySet().stream().filter(n -> n.startsWith(Constants.R_HEADS)).sorted()
        .toList();
    if (head != null && !head.isSymbolic() && head.getObjectId() != null) {
      for (String b : branches) { // HEAD given as a commit: the branch at that commit
        if (head.getObjectId().equals(refs.get(b).getObjectId())) {
          return b;
        }
      }
    }
    for (String b : java.util.List.of(Constants.R_HEADS + "main", Constants.R_HEADS + Constants.MASTER)) {
      if (branches.contains(b)) {
        return b;
      }
    }
    if (branches.size() == 1) {
      return branches.get(0);
    }
    if (branches.isEmpty()) {
      throw new TeamException("Cannot clone " + uri + ": the repository is empty. Share a model into it first"
          + " (wedge share FILE.wedge --remote " + uri + ", then wedge push).");
    }
    throw new TeamException("Cannot clone " + uri + ": its HEAD names no branch, and it has "
        + String.join(", ", branches.stream().map(b -> b.substring(Constants.R_HEADS.length())).toList())
        + "; set the one to clone on the server (git symbolic-ref HEAD refs/heads/BRANCH).");
  }

  /** The remote the current branch pulls from and pushes to: its upstream's, else {@code origin}. */
  public static String remoteOf(ModelRepository r) throws IOException {
    String remote = new BranchConfig(r.repository().getConfig(), r.branch()).getRemote();
    return remote != null ? remote : Constants.DEFAULT_REMOTE_NAME;
  }

  /** Fetches from {@code remote} and merges its branch (the upstream, else the same name) into the current one. */
  public static ModelPull.Outcome pull(ModelRepository r, String remote, CredentialsProvider credentials,
      LocalDate today, PersonIdent who) throws TeamException {
    Repository repo = r.repository();
    try (Git git = new Git(repo)) {
      String name = remote != null ? remote : remoteOf(r);
      String url = repo.getConfig().getString("remote", name, "url");
      if (url == null) {
        throw new TeamException("The repository of " + r.model().getFileName() + " has no remote '" + name
            + "': add one (wedge share " + r.model() + " --remote URL, or git remote add " + name + " URL).");
      }
      prepare(url);
      git.fetch().setRemote(name).setCredentialsProvider(credentials).setTimeout(TIMEOUT)
          .setTagOpt(TagOpt.FETCH_TAGS).setProgressMonitor(NullProgressMonitor.INSTANCE).call();
      String branch = r.branch();
      String tracking = new BranchConfig(repo.getConfig(), branch).getRemoteTrackingBranch();
      Ref theirs = repo.exactRef(tracking != null ? tracking : Constants.R_REMOTES + name + "/" + branch);
      if (theirs == null) {
        return new ModelPull.Outcome(ModelPull.Kind.UP_TO_DATE, head(repo), name, List.of());
      }
      return ModelPull.merge(r, theirs.getObjectId(), name + "/" + branch, today, who);
    } catch (GitAPIException e) {
      throw new TeamException("Cannot pull into " + r.model().getFileName() + ": " + words(e, null)
          + ". Nothing was changed.", e);
    } catch (IllegalThreadStateException e) {
      throw new TeamException("Cannot pull into " + r.model().getFileName() + ": " + SSH_CLOSED
          + ". Nothing was changed.", e);
    } catch (IOException e) {
      throw new TeamException("Cannot pull into " + r.model().getFileName() + ": " + e.getMessage() + ".", e);
    }
  }

  /**
   * Pushes the current branch and the tags (a pilot's start tag among them) to {@code remote}; sets the upstream on
   * the first push. Refused while a merge is unfinished or its conflicts are open. Returns what was updated.
   */
  public static List<String> push(ModelRepository r, String remote, CredentialsProvider credentials)
      throws TeamException {
    ModelPull.refuseIfInterrupted(r);
    Repository repo = r.repository();
    try (Git git = new Git(repo)) {
      if (ModelPull.merging(repo)) {
        throw new TeamException("A merge into " + r.model().getFileName() + " is not committed yet: resolve its"
            + " conflicts and commit (wedge commit " + r.model() + " -m \"...\"), then push.");
      }
      String name = remote != null ? remote : remoteOf(r);
      String url = repo.getConfig().getString("remote", name, "url");
      if (url == null) {
        throw new TeamException("The repository of " + r.model().getFileName() + " has no remote '" + name
            + "': add one (wedge share " + r.model() + " --remote URL, or git remote add " + name + " URL).");
      }
      prepare(url);
      String branch = r.branch();
      List<String> updated = new ArrayList<>();
      List<String> refused = new ArrayList<>();
      for (PushResult result : git.push().setRemote(name).setCredentialsProvider(credentials).setTimeout(TIMEOUT)
          .setRefSpecs(new RefSpec(Constants.R_HEADS + branch + ":" + Constants.R_HEADS + branch),
              new RefSpec(Constants.R_TAGS + "*:" + Constants.R_TAGS + "*"))
          .setProgressMonitor(NullProgressMonitor.INSTANCE).call()) {
        for (RemoteRefUpdate u : result.getRemoteUpdates()) {
          switch (u.getStatus()) {
            case OK -> updated.add(Repository.shortenRefName(u.getRemoteName()));
            case UP_TO_DATE -> { }
            case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> refused.add(Repository.shortenRefName(
                u.getRemoteName()) + " (" + name + " has commits you do not have: wedge pull " + r.model()
                + " first, then push)");
            default -> refused.add(Repository.shortenRefName(u.getRemoteName()) + " (" + u.getStatus()
                .name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + (u.getMessage() == null ? ""
                    : ": " + u.getMessage()) + ")");
          }
        }
      }
      if (!refused.isEmpty()) {
        throw new TeamException("Push to " + name + " refused for " + String.join("; ", refused)
            + (updated.isEmpty() ? "" : "; pushed " + String.join(", ", updated)) + ".");
      }
      StoredConfig config = repo.getConfig();
      if (config.getString("branch", branch, "remote") == null) {
        config.setString("branch", branch, "remote", name);
        config.setString("branch", branch, "merge", Constants.R_HEADS + branch);
        config.save();
      }
      return updated;
    } catch (GitAPIException e) {
      throw new TeamException("Cannot push " + r.model().getFileName() + ": " + words(e, null) + ".", e);
    } catch (IllegalThreadStateException e) {
      throw new TeamException("Cannot push " + r.model().getFileName() + ": " + SSH_CLOSED + ".", e);
    } catch (IOException e) {
      throw new TeamException("Cannot push " + r.model().getFileName() + ": " + e.getMessage() + ".", e);
    }
  }

  /**
   * Writes every branch and tag of the model's repository into the bundle file {@code out} (atomically), which
   * {@link #importBundle} or plain {@code git clone}/{@code git fetch} read. Returns its size in bytes.
   */
  public static long exportBundle(ModelRepository r, Path out) throws TeamException {
    ModelPull.refuseIfInterrupted(r);
    Repository repo = r.repository();
    Path tmp = out.toAbsolutePath().resolveSibling("." + out.getFileName() + ".tmp");
    try {
      BundleWriter w = new BundleWriter(repo);
      int refs = 0;
      for (Ref ref : repo.getRefDatabase().getRefsByPrefix(Constants.R_HEADS)) {
        w.include(ref);
        refs++;
      }
      for (Ref ref : repo.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
        w.include(ref);
      }
      if (refs == 0) {
        throw new TeamException("Nothing to export: the repository of " + r.model().getFileName() + " has no commit"
            + " yet (wedge commit " + r.model() + " -m \"...\").");
      }
      try (OutputStream os = Files.newOutputStream(tmp)) {
        w.writeBundle(NullProgressMonitor.INSTANCE, os);
      }
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return Files.size(out);
    } catch (IOException e) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        e.addSuppressed(ignored);
      }
      throw new TeamException("Cannot write the bundle " + out + ": " + e.getMessage() + ".", e);
    }
  }

  /** Reads the bundle file {@code bundle} and merges its branch (of the current branch's name) as a pull does. */
  public static ModelPull.Outcome importBundle(ModelRepository r, Path bundle, LocalDate today, PersonIdent who)
      throws TeamException {
    if (!Files.isRegularFile(bundle)) {
      throw new TeamException("Cannot import " + bundle + ": there is no such file.");
    }
    Repository repo = r.repository();
    try (Git git = new Git(repo)) {
      FetchResult f = git.fetch().setRemote(bundle.toAbsolutePath().toString())
          .setRefSpecs(new RefSpec("+" + Constants.R_HEADS + "*:" + Constants.R_REMOTES + "bundle/*"),
              new RefSpec(Constants.R_TAGS + "*:" + Constants.R_TAGS + "*"))
          .setProgressMonitor(NullProgressMonitor.INSTANCE).call();
      String branch = r.branch();
      Ref theirs = repo.exactRef(Constants.R_REMOTES + "bundle/" + branch);
      List<Ref> heads = f.getAdvertisedRefs().stream().filter(x -> x.getName().startsWith(Constants.R_HEADS))
          .toList();
      if (theirs == null && heads.size() == 1) {
        theirs = repo.exactRef(Constants.R_REMOTES + "bundle/" + Repository.shortenRefName(heads.get(0).getName()));
      }
      if (theirs == null) {
        throw new TeamException("The bundle " + bundle.getFileName() + " has no branch " + branch + " (it has "
            + String.join(", ", heads.stream().map(x -> Repository.shortenRefName(x.getName())).toList())
            + "). Nothing was changed.");
      }
      return ModelPull.merge(r, theirs.getObjectId(), bundle.getFileName().toString(), today, who);
    } catch (GitAPIException e) {
      throw new TeamException("Cannot import " + bundle + ": " + words(e, null) + ". Nothing was changed.", e);
    } catch (IOException e) {
      throw new TeamException("Cannot import " + bundle + ": " + e.getMessage() + ".", e);
    }
  }

  private static String head(Repository repo) throws IOException {
    ObjectId h = repo.resolve(Constants.HEAD);
    return h == null ? null : h.abbreviate(7).name();
  }

  /** SSH remotes run OpenSSH (see {@link Ssh}). */
  private static void prepare(String url) {
    try {
      URIish u = new URIish(url);
      if (u.getScheme() == null && u.getHost() != null || "ssh".equals(u.getScheme())
          || "git+ssh".equals(u.getScheme())) {
        Ssh.prepare();
      }
    } catch (URISyntaxException e) {
      // not a URL: a local path, which needs no SSH; Git says what is wrong with it if anything is
    }
  }

  /** Git's failure in words, with what to do about credentials the host refused. */
  static String words(GitAPIException e, String uri) {
    String m = e.getMessage();
    Throwable c = e.getCause();
    if (e instanceof TransportException || c instanceof org.eclipse.jgit.errors.TransportException) {
      String text = (m == null ? "" : m) + (c != null && c.getMessage() != null ? " " + c.getMessage() : "");
      if (text.contains("not authorized") || text.contains("Authentication is required")
          || text.contains("authentication not supported") || text.contains("no CredentialsProvider")) {
        return "the host refused the credentials, or none are kept for it (give them with --user NAME"
            + " --password-stdin: Wedge keeps them in secure storage, never in the model or the repository)";
      }
    }
    if (e instanceof InvalidRemoteException) {
      return "there is no repository at " + (uri != null ? uri : "that address");
    }
    return m == null ? e.getClass().getSimpleName() : m.replaceAll("\\.$", "");
  }
}
