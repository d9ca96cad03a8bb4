package dev.wedge.evidence.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pseudonymous subject keys: who a measurement is about, so that before and after can be paired by person, without
 * the person. A key is HMAC-SHA-256 of the person's identifier under a secret salt, truncated to 128 bits
 * ({@code sk1:} and 32 hex digits).
 *
 * <p>The salt is never written to a model: it lives in a file of the user's ({@code ~/.wedge/subject-key-salt},
 * 256 random bits, readable by its owner only; another file with {@code -Dwedge.subjectKeySalt=FILE} or the
 * environment variable {@code WEDGE_SUBJECT_KEY_SALT}). Someone who has a .wedge file but not the salt cannot test
 * whether a given e-mail address is in it by hashing candidates. Colleagues who import into the same model share the
 * salt file (like a key, not through the model's folder) so that the same person gets the same key; each import
 * record keeps the salt's fingerprint so that keys made with different salts are noticed.
 *
 * <p>Identifiers are normalised as xAPI does: an e-mail address becomes the SHA-1 of its {@code mailto:} IRI with the
 * domain in lower case (so an {@code mbox} and an {@code mbox_sha1sum} of the same person give the same key, and so
 * does the same address in a CSV column); an xAPI account is its home page and name; an OpenID its URI; any other
 * CSV value (an employee number) is taken as written.
 */
public final class SubjectKeys {

  /** System property naming the salt file. */
  public static final String FILE_PROPERTY = "wedge.subjectKeySalt";
  /** Environment variable naming the salt file. */
  public static final String FILE_ENV = "WEDGE_SUBJECT_KEY_SALT";

  private final byte[] salt;
  private final Path file;

  private SubjectKeys(byte[] salt, Path file) {
    this.salt = salt.clone();
    this.file = file;
  }

  /** The salt file in effect: the system property, else the environment variable, else ~/.wedge/subject-key-salt. */
  public static Path defaultFile() {
    String p = System.getProperty(FILE_PROPERTY);
    if (p == null || p.isBlank()) {
      p = System.getenv(FILE_ENV);
    }
    if (p != null && !p.isBlank()) {
      return Path.of(p);
    }
    return Path.of(System.getProperty("user.home"), ".wedge", "subject-key-salt");
  }

  /** The keys of the salt in {@code file}, which is created (256 random bits, owner-only) when it does not exist. */
  public static SubjectKeys open(Path file) throws ImportException {
    try {
      if (!Files.exists(file)) {
        create(file);
      }
      String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
      if (!text.matches("[0-9a-fA-F]{32,128}") || text.length() % 2 != 0) {
        throw new ImportException("The subject key salt " + file + " is not one Wedge wrote (it should hold 64 hex"
            + " digits): restore it from where you keep it, or move it away to start a new one (the keys of earlier"
            + " imports then no longer match).");
      }
      return new SubjectKeys(HexFormat.of().parseHex(text), file);
    } catch (IOException e) {
      throw new ImportException("The subject key salt " + file + " cannot be read or created (" + e.getMessage()
          + "): subject keys are made with it, so the subject column cannot be imported without it.", e);
    }
  }

  /** Keys of a given salt (for tests and for callers that keep the salt elsewhere). */
  public static SubjectKeys of(byte[] salt) {
    if (salt.length < 16) {
      throw new IllegalArgumentException("a salt has at least 128 bits");
    }
    return new SubjectKeys(salt, null);
  }

  private static void create(Path file) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    byte[] salt = new byte[32];
    new SecureRandom().nextBytes(salt);
    try {
      Files.writeString(file, HexFormat.of().formatHex(salt) + "\n", StandardCharsets.US_ASCII,
          StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      return; // made at the same moment by another Wedge: use that one
    }
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system (Windows): the file is in the user's profile, readable by the user
    }
  }

  /** Where the salt is (null when given directly). */
  public Path file() {
    return file;
  }

  /** A fingerprint of the salt, stored in import records: tells salts apart, reveals nothing about them. */
  public String fingerprint() {
    byte[] d = sha256(("wedge subject key salt " + HexFormat.of().formatHex(salt)).getBytes(StandardCharsets.UTF_8));
    return "sha256:" + HexFormat.of().formatHex(d, 0, 6);
  }

  /** The key of an identifier already normalised ("mbox_sha1sum:…", "account:…", "openid:…", "id:…"). */
  public String of(String identifier) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(salt, "HmacSHA256"));
      byte[] h = mac.doFinal(identifier.getBytes(StandardCharsets.UTF_8));
      return "sk1:" + HexFormat.of().formatHex(h, 0, 16);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("every Java has HmacSHA256", e);
    }
  }

  /** The key of an e-mail address, with or without "mailto:". */
  public String ofEmail(String address) {
    return ofMboxSha1(HexFormat.of().formatHex(sha1(mailto(address).getBytes(StandardCharsets.UTF_8))));
  }

  /** The key of an xAPI {@code mbox_sha1sum}. */
  public String ofMboxSha1(String hex) {
    return of("mbox_sha1sum:" + hex.strip().toLowerCase(Locale.ROOT));
  }

  /** The key of an xAPI account. */
  public String ofAccount(String homePage, String name) {
    return of("account:" + homePage.strip() + "|" + name.strip());
  }

  /** The key of an xAPI OpenID. */
  public String ofOpenId(String uri) {
    return of("openid:" + uri.strip());
  }

  /** The key of a CSV subject cell: an e-mail address as xAPI keys it, anything else as written; null when empty. */
  public String ofCell(String cell) {
    String t = cell == null ? "" : cell.strip();
    if (t.isEmpty()) {
      return null;
    }
    if (looksLikeEmail(t)) {
      return ofEmail(t);
    }
    return of("id:" + t);
  }

  private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile(
      "(?i)(mailto:)?[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+");

  static boolean looksLikeEmail(String t) {
    return t.indexOf('@') > 0 && EMAIL.matcher(t).matches();
  }

  /** "mailto:local@domain" with the domain in lower case. */
  static String mailto(String address) {
    String a = address.strip();
    if (a.regionMatches(true, 0, "mailto:", 0, 7)) {
      a = a.substring(7);
    }
    int at = a.lastIndexOf('@');
    if (at > 0) {
      a = a.substring(0, at + 1) + a.substring(at + 1).toLowerCase(Locale.ROOT);
    }
    return "mailto:" + a;
  }

  private static byte[] sha1(byte[] b) {
    try {
      return MessageDigest.getInstance("SHA-1").digest(b);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-1", e);
    }
  }

  private static byte[] sha256(byte[] b) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(b);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
