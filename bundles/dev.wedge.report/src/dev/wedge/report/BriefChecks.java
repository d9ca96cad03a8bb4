package dev.wedge.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import dev.wedge.report.figures.Colors;

/**
 * What is wrong with the options typed for an executive brief before it is written, in one sentence that names the
 * fix: a colour that is not #rrggbb, a logo that is not an existing PNG or JPEG, no file to save to, or a file that
 * is the model itself (a brief never overwrites its model).
 */
public final class BriefChecks {

  private BriefChecks() {
  }

  /**
   * The first problem of the options, or null when the brief can be written.
   *
   * @param color  the colour as typed
   * @param logo   the logo's path as typed ("" for none)
   * @param target the file to write as typed
   * @param model  the model's file
   */
  public static String problem(String color, String logo, String target, Path model) {
    if (Colors.parse(color.trim()) == null) {
      return "Colour: write it as #1f3864.";
    }
    if (!logo.isBlank() && !(logo.toLowerCase(Locale.ROOT).matches(".*\\.(png|jpe?g)")
        && Files.isRegularFile(Path.of(logo.trim())))) {
      return "Logo: choose a PNG or JPEG file that exists.";
    }
    if (target.isBlank()) {
      return "Choose where to save the brief.";
    }
    if (Path.of(target.trim()).toAbsolutePath().equals(model.toAbsolutePath())) {
      return "The brief would overwrite the model: choose another file.";
    }
    return null;
  }

  /** The file the brief of {@code model} is written to by default: beside it, "NAME-brief.FORMAT". */
  public static Path defaultTarget(Path model, String format) {
    String base = model.getFileName().toString().replaceFirst("\\.wedge$", "");
    return model.toAbsolutePath().resolveSibling(base + "-brief." + format);
  }
}
