package dev.wedge.evidence.imports;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The value of an xAPI {@code result.score} by the specification's rules: every part a finite number, scaled within
 * -1..1, raw within min..max and min below max; as a percentage (scaled, or raw by its min and max, in decimal so
 * that 0.55 is 55, not 55.00000000000001) or as raw points.
 */
final class XapiScore {

  private XapiScore() {
  }

  /** The value of a score object: a Double, or the sentence why not. */
  static Object value(JsonNode score, XapiImport.Score mode) {
    JsonNode scaled = score.path("scaled");
    JsonNode raw = score.path("raw");
    JsonNode min = score.path("min");
    JsonNode max = score.path("max");
    for (String k : new String[] {"scaled", "raw", "min", "max"}) {
      JsonNode n = score.path(k);
      if (!n.isMissingNode() && !n.isNull() && (!n.isNumber() || !Double.isFinite(n.asDouble()))) {
        return "its " + k + " score is not a finite number (" + (n.isNumber() ? n.asText() : n.toString()) + ")";
      }
    }
    if (scaled.isNumber() && (scaled.asDouble() < -1 || scaled.asDouble() > 1)) {
      return "its scaled score " + scaled + " is outside -1..1, the range xAPI gives it (" + Math.round(scaled
          .asDouble() * 100) + "% cannot be a score)";
    }
    if (min.isNumber() && max.isNumber() && min.asDouble() >= max.asDouble()) {
      return "its score's min (" + min + ") is not below its max (" + max + ")";
    }
    if (raw.isNumber() && (min.isNumber() && raw.asDouble() < min.asDouble() || max.isNumber() && raw.asDouble()
        > max.asDouble())) {
      return "its raw score " + raw + " is outside its min..max (" + (min.isNumber() ? min : "") + ".." + (max
          .isNumber() ? max : "") + ")";
    }
    if (mode == XapiImport.Score.RAW) {
      if (!raw.isNumber()) {
        return "it has a scaled score (" + scaled + ") but no raw score: import scaled scores as percentages";
      }
      return raw.asDouble();
    }
    // in decimal, as the statement writes them: 0.55 is 55 %, not 55.00000000000001
    if (scaled.isNumber()) {
      return scaled.decimalValue().movePointRight(2).doubleValue();
    }
    if (raw.isNumber() && min.isNumber() && max.isNumber()) {
      return raw.decimalValue().subtract(min.decimalValue()).movePointRight(2).divide(max.decimalValue().subtract(
          min.decimalValue()), java.math.MathContext.DECIMAL64).doubleValue();
    }
    return "its raw score " + raw + " has no " + (min.isNumber() ? "max" : max.isNumber() ? "min" : "min and max")
        + ", so it cannot be scaled to a percentage: import raw scores if the metric counts points";
  }
}
