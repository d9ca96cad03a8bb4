package dev.wedge.core.testing;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the translation tests compare between a message and its translation. */
public final class MessageFiles {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+\\}");

  private MessageFiles() {
  }

  /** The {@code {n}} placeholders of {@code text}, each once, in order. */
  public static Set<String> placeholders(String text) {
    Set<String> out = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
