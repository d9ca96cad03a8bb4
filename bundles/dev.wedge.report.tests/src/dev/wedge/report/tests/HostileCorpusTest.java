package dev.wedge.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.cli.WedgeApplication;
import dev.wedge.core.persistence.Words;

/**
 * The hostile files of {@code hostile/}, opened with every command that reads a model. Whatever a file says, Wedge
 * connects to no address (a loopback listener counts connection attempts), opens no other file (the canaries are
 * named pipes that notice being opened), finishes within seconds, and either refuses the file with exit 3 and one
 * sentence in words, or opens it with its unknown content kept as data.
 */
class HostileCorpusTest {

  private static final Path CORPUS = Path.of("hostile");
  private static final Pattern EXPECT = Pattern.compile("<!-- expect (refused|opens): (.*?) -->");
  private static final List<String> COMMANDS = List.of("info", "analyze", "evidence", "report", "format");

  @TempDir
  static Path dir;
  static ServerSocket listener;
  static final List<Path> canaries = new ArrayList<>();

  @BeforeAll
  static void corpus() throws Exception {
    listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    listener.setSoTimeout(100);
    for (String name : List.of("canary.wedge", "canary.ecore")) {
      Path fifo = dir.resolve(name);
      Process p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
      assertEquals(0, p.waitFor(), "mkfifo");
      canaries.add(fifo);
    }
    try (Stream<Path> files = Files.list(CORPUS)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".wedge")).sorted().toList()) {
        String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1) // byte for byte
            .replace("@PORT@", Integer.toString(listener.getLocalPort())).replace("@DIR@", dir.toString());
        Files.write(dir.resolve(f.getFileName()), text.getBytes(StandardCharsets.ISO_8859_1));
      }
    }
  }

  @AfterAll
  static void close() throws IOException {
    listener.close();
  }

  @TestFactory
  Stream<DynamicTest> everyHostileFileWithEveryCommand() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(CORPUS)) {
      files = s.filter(f -> f.toString().endsWith(".wedge")).sorted().toList();
    }
    assertTrue(files.size() >= 30, "the corpus is there: " + files.size());
    return files.stream().flatMap(f -> COMMANDS.stream().map(command -> DynamicTest.dynamicTest(
        f.getFileName() + " with " + command, () -> check(dir.resolve(f.getFileName()), command))));
  }

  private void check(Path file, String command) throws Exception {
    Matcher m = EXPECT.matcher(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
    assertTrue(m.find(), file + " says what to expect");
    boolean refused = m.group(1).equals("refused");
    String words = m.group(2);

    List<Canary> watching = new ArrayList<>();
    for (Path c : canaries) {
      watching.add(new Canary(c));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> args = new ArrayList<>(List.of(command, file.toString()));
    if (command.equals("report")) {
      args.addAll(List.of("--format", "html", "--out", dir.resolve("brief.html").toString()));
    }
    if (command.equals("format")) {
      args.addAll(List.of("-o", dir.resolve("formatted.wedge").toString()));
    }
    // a hang is caught, not a slow machine: a file that hangs a command (a pipe, a server that never answers) would
    // block it for good, and every one of these commands takes well under a second on an idle machine
    int rc = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> WedgeApplication.run(args,
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)),
        "a hostile file makes no command hang");

    boolean connected = false;
    try (Socket s = listener.accept()) {
      connected = true;
    } catch (SocketTimeoutException expected) {
      // nobody tried to connect
    }
    List<String> opened = new ArrayList<>();
    for (Canary c : watching) {
      if (c.release()) {
        opened.add(c.fifo.getFileName().toString());
      }
    }
    String stdout = out.toString(StandardCharsets.UTF_8);
    String stderr = err.toString(StandardCharsets.UTF_8).strip();
    assertFalse(connected, "a connection was attempted: " + stderr);
    assertTrue(opened.isEmpty(), "another file was opened: " + opened);
    assertFalse((stdout + stderr).contains("SECRET"), "nothing from another file shows");
    if (refused) {
      assertEquals(ExitCodes.CANNOT_OPEN, rc, stderr);
      assertEquals(1, stderr.lines().count(), "one sentence: " + stderr);
      assertTrue(stderr.startsWith("Cannot open " + file.getFileName() + ": "), stderr);
      assertTrue(stderr.contains(words), "'" + words + "' in: " + stderr);
      assertFalse(Words.showsClassName(stderr), "in words: " + stderr);
    } else {
      assertEquals(ExitCodes.OK, rc, stderr);
      if (command.equals("info")) {
        assertTrue(stdout.contains(words), "'" + words + "' in: " + stdout);
      }
      if (command.equals("report")) {
        assertFalse(Files.readString(dir.resolve("brief.html")).contains("SECRET"));
      }
      if (command.equals("format")) { // what it did not understand is written back as it was, and opens again
        assertFalse(Files.readString(dir.resolve("formatted.wedge")).contains("SECRET"));
        assertEquals(ExitCodes.OK, WedgeApplication.run(List.of("info", dir.resolve("formatted.wedge").toString()),
            new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream())));
      }
    }
  }

  /** A named pipe that notices when someone opens it for reading. */
  private static final class Canary {
    final Path fifo;
    final AtomicBoolean releasing = new AtomicBoolean();
    final AtomicBoolean opened = new AtomicBoolean();
    final Thread writer;

    Canary(Path fifo) {
      this.fifo = fifo;
      writer = new Thread(() -> {
        try (OutputStream o = new FileOutputStream(fifo.toFile())) { // blocks until a reader opens the pipe
          if (!releasing.get()) {
            opened.set(true);
          }
          o.write("SECRET-METRIC-FROM-OTHER-FILE".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
          // the reader went away: it was opened all the same
          opened.compareAndSet(false, !releasing.get());
        }
      }, "canary " + fifo.getFileName());
      writer.setDaemon(true);
      writer.start();
    }

    /** Stops watching; true when the pipe was opened by someone else. */
    boolean release() throws Exception {
      releasing.set(true);
      try (RandomAccessFile self = new RandomAccessFile(fifo.toFile(), "rw")) { // opening read-write never blocks
        writer.join(5000);
      }
      if (writer.isAlive()) {
        fail("the canary " + fifo + " is stuck");
      }
      return opened.get();
    }
  }
}
