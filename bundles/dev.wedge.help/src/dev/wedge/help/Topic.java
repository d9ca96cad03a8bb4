package dev.wedge.help;

import java.util.List;

/**
 * An entry of the help's contents: its label, the page (and section) it opens, or {@code null} for a group, and
 * the entries under it.
 */
public record Topic(String label, String href, List<Topic> children) {
}
