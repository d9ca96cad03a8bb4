package dev.wedge.evidence.imports;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.wedge.evidence.imports.XapiImport.Timestamp;

/** xAPI's timestamps: ISO 8601 with a date and a time, read strictly (a date alone is no timestamp). */
final class XapiTimestamps {

  private static final Pattern TIMESTAMP = Pattern.compile(
      "^(\\d{4})-(\\d{2})-(\\d{2})[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?(Z|z|[+-]\\d{2}(?::?\\d{2})?)?$");

  private XapiTimestamps() {
  }

  /** Reads an ISO 8601 timestamp as xAPI allows it: date, time, fraction, and an offset (none: read as UTC). */
  static Timestamp read(String text) {
    if (text == null || text.isBlank()) {
      return new Timestamp(null, false, "it has no timestamp");
    }
    Matcher m = TIMESTAMP.matcher(text.strip());
    if (!m.matches()) {
      return new Timestamp(null, false, "'" + text + "' is not an ISO 8601 timestamp (like 2026-03-02T10:15:00Z)");
    }
    try {
      int nanos = 0;
      if (m.group(7) != null) {
        String f = (m.group(7) + "000000000").substring(0, 9);
        nanos = Integer.parseInt(f);
      }
      LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), m.group(6) == null
              ? 0 : Integer.parseInt(m.group(6)), nanos);
      String o = m.group(8);
      if (o == null) {
        return new Timestamp(local.toInstant(ZoneOffset.UTC), true, null);
      }
      ZoneOffset offset;
      if (o.equalsIgnoreCase("Z")) {
        offset = ZoneOffset.UTC;
      } else {
        String digits = o.substring(1).replace(":", "");
        int h = Integer.parseInt(digits.substring(0, 2));
        int min = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
        int sign = o.charAt(0) == '-' ? -1 : 1;
        offset = ZoneOffset.ofHoursMinutes(sign * h, sign * min);
      }
      return new Timestamp(local.toInstant(offset), false, null);
    } catch (DateTimeException e) {
      return new Timestamp(null, false, "'" + text + "' is not a valid time");
    }
  }
}
