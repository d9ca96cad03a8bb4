package dev.wedge.core.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Names the kind of a file that is clearly not XML from its first bytes (its "magic number"), so that opening a PDF,
 * an Office document, an image or a compressed file as a model says what it is and what to do, instead of "not a
 * well-formed XML file (Content is not allowed in prolog)".
 */
final class OtherFormats {

  private OtherFormats() {
  }

  /** What the file is, as a phrase ("a PDF document"), if its first bytes say so; empty for anything else. */
  static Optional<String> recognise(Path file) throws IOException {
    byte[] head = new byte[8];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    }
    if (starts(head, n, '%', 'P', 'D', 'F', '-')) {
      return Optional.of("a PDF document (a brief written by Wedge is a PDF; the model it came from is the .wedge file)");
    }
    if (starts(head, n, 0x50, 0x4B, 0x03, 0x04)) {
      return Optional.of(zipKind(file));
    }
    if (starts(head, n, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return Optional.of("an older Microsoft Office document (.doc, .xls or .ppt); to bring a spreadsheet's rows in,"
          + " save it as CSV and use Import");
    }
    if (starts(head, n, 0x89, 'P', 'N', 'G')) {
      return Optional.of("a PNG image");
    }
    if (starts(head, n, 0xFF, 0xD8, 0xFF)) {
      return Optional.of("a JPEG image");
    }
    if (starts(head, n, 'G', 'I', 'F', '8')) {
      return Optional.of("a GIF image");
    }
    if (starts(head, n, 0x1F, 0x8B)) {
      return Optional.of("a gzip-compressed file; uncompress it first (gunzip) and open the .wedge file inside");
    }
    return Optional.empty();
  }

  /** A zip is an Office Open XML or OpenDocument file when its entries say so, else a plain archive. */
  private static String zipKind(Path file) {
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
      String kind = null;
      ZipEntry e;
      int seen = 0;
      while ((e = zip.getNextEntry()) != null && seen++ < 200) {
        String name = e.getName();
        if (name.startsWith("xl/")) {
          kind = "an Excel workbook (.xlsx); to bring its rows in, save the sheet as CSV and use Import";
        } else if (name.startsWith("word/")) {
          kind = "a Word document (.docx)";
        } else if (name.startsWith("ppt/")) {
          kind = "a PowerPoint presentation (.pptx)";
        } else if (name.equals("mimetype")) {
          kind = "an OpenDocument file (.ods, .odt or .odp); to bring a sheet's rows in, save it as CSV and use Import";
        }
        if (kind != null) {
          return kind;
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      // a damaged archive is still an archive
    }
    return "a zip archive; unpack it and open the .wedge file inside";
  }

  private static boolean starts(byte[] head, int n, int... magic) {
    if (n < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((head[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
