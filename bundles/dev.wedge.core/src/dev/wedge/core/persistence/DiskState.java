package dev.wedge.core.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

/**
 * What a .wedge file was when Wedge last read or wrote it: its size, last-modified time (in nanoseconds, as far as
 * the file system keeps them) and a CRC32 of its bytes. A session compares it with the file now to tell whether
 * another program (or {@code wedge} on the command line) changed it: by the bytes, which are read whole each time
 * (a model file is small, and CRC32 runs at the disk's speed), so a change is seen even when it kept the size and
 * the file system's time did not tick, and a file only touched (same bytes, new time) is not taken for a changed one.
 */
public record DiskState(long size, long lastModified, long crc) {

  /** The state of {@code file} now (read whole to compute its CRC32); null when there is no such file. */
  public static DiskState of(Path file) throws IOException {
    BasicFileAttributes before;
    try {
      before = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (java.nio.file.NoSuchFileException e) {
      return null;
    }
    CRC32 crc = new CRC32();
    long size = 0;
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        crc.update(buffer, 0, n);
        size += n;
      }
    }
    return new DiskState(size, before.lastModifiedTime().to(TimeUnit.NANOSECONDS), crc.getValue());
  }

  /** Whether {@code other} describes the same bytes (its time may differ: a file only touched has the same). */
  public boolean sameContent(DiskState other) {
    return other != null && other.size == size && other.crc == crc;
  }
}
