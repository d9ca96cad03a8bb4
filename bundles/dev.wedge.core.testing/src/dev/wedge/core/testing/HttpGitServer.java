package dev.wedge.core.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import com.sun.net.httpserver.BasicAuthenticator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Git's smart HTTP on the loopback interface: the JDK's HTTP server asks for a user name and password (Basic) and hands
 * each request to Git's own {@code git http-backend}, as a web server runs it. Started and stopped by a test (the
 * team tests, headless and in the workbench).
 */
public final class HttpGitServer implements AutoCloseable {

  private final HttpServer server;
  private final Path root;

  private HttpGitServer(HttpServer server, Path root) {
    this.server = server;
    this.root = root;
  }

  /** Serves the repositories under {@code root} to {@code user} with {@code password}, pushing allowed. */
  public static HttpGitServer start(Path root, String user, String password) throws IOException {
    HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    HttpGitServer g = new HttpGitServer(s, root);
    var context = s.createContext("/git", g::handle);
    context.setAuthenticator(new BasicAuthenticator("Wedge test") {
      @Override
      public boolean checkCredentials(String u, String p) {
        return user.equals(u) && password.equals(p);
      }
    });
    s.start();
    return g;
  }

  /** The address of {@code repository} (a folder under the root), as a clone or remote names it. */
  public String url(String repository) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/git/" + repository;
  }

  private void handle(HttpExchange x) throws IOException {
    ProcessBuilder pb = new ProcessBuilder("git", "http-backend");
    Map<String, String> env = pb.environment();
    env.put("GIT_PROJECT_ROOT", root.toString());
    env.put("GIT_HTTP_EXPORT_ALL", "1");
    env.put("REQUEST_METHOD", x.getRequestMethod());
    env.put("PATH_INFO", x.getRequestURI().getPath().substring("/git".length()));
    env.put("QUERY_STRING", x.getRequestURI().getRawQuery() == null ? "" : x.getRequestURI().getRawQuery());
    env.put("REMOTE_USER", x.getPrincipal() == null ? "" : x.getPrincipal().getUsername());
    env.put("REMOTE_ADDR", "127.0.0.1");
    String type = x.getRequestHeaders().getFirst("Content-Type");
    env.put("CONTENT_TYPE", type == null ? "" : type);
    String encoding = x.getRequestHeaders().getFirst("Content-Encoding");
    if (encoding != null) {
      env.put("HTTP_CONTENT_ENCODING", encoding);
    }
    String protocol = x.getRequestHeaders().getFirst("Git-Protocol");
    if (protocol != null) {
      env.put("GIT_PROTOCOL", protocol);
    }
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    try (OutputStream toGit = p.getOutputStream(); InputStream body = x.getRequestBody()) {
      body.transferTo(toGit);
    }
    try (InputStream fromGit = new BufferedInputStream(p.getInputStream())) {
      int status = 200;
      for (String line; !(line = headerLine(fromGit)).isEmpty();) {
        int colon = line.indexOf(':');
        String name = line.substring(0, colon).strip();
        String value = line.substring(colon + 1).strip();
        if (name.equalsIgnoreCase("Status")) {
          status = Integer.parseInt(value.split(" ")[0]);
        } else {
          x.getResponseHeaders().add(name, value);
        }
      }
      x.sendResponseHeaders(status, 0);
      try (OutputStream out = x.getResponseBody()) {
        fromGit.transferTo(out);
      }
    } finally {
      p.destroy();
    }
  }

  private static String headerLine(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (int c; (c = in.read()) != -1 && c != '\n';) {
      if (c != '\r') {
        b.write(c);
      }
    }
    return b.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
