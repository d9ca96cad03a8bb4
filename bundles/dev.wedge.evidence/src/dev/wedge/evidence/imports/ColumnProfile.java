package dev.wedge.evidence.imports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import dev.wedge.core.text.Dates;
import dev.wedge.core.text.Numbers;

/**
 * What one column's cells are like, over every data row: how many read as numbers in which decimal style, as dates
 * of which shape and order, with the first example of each and its line; how many are filled and how many differ.
 * The column roles, the decimal style and the date order are decided from these counts.
 */
final class ColumnProfile {

  private static final Pattern ID_NAME = Pattern.compile(
      "(?i).*(\\bid\\b|_id$|^id_|\\bnr\\b|nummer|number|\\bno\\.?$|\\bcode\\b|\\bplz\\b|\\bzip\\b|personal).*");

  final int index;
  final String name;
  int filled;
  String example;
  int point;
  int comma;
  int ambiguous;
  int plain;
  int notNumber;
  String pointExample;
  int pointLine;
  String commaExample;
  int commaLine;
  String ambiguousExample;
  int ambiguousLine;
  int iso;
  int dotted;
  int numeric;
  int named;
  int notDate;
  int dayFirst;
  int monthFirst;
  int sameEitherWay;
  String dayFirstExample;
  int dayFirstLine;
  String monthFirstExample;
  int monthFirstLine;
  String numericExample;
  int numericLine;
  int twoDigitYears;
  int emails;
  boolean integers = true;
  boolean tooMany;
  private final Map<String, Integer> counts = new LinkedHashMap<>();

  ColumnProfile(int index, String name) {
    this.index = index;
    this.name = name;
  }

  String label() {
    return name == null ? "column " + (index + 1) : "'" + name + "'";
  }

  void add(String cell, int line) {
    if (!tooMany) {
      counts.merge(cell, 1, Integer::sum);
      if (counts.size() > 50_000) {
        tooMany = true;
      }
    }
    if (cell.isEmpty()) {
      return;
    }
    filled++;
    if (example == null) {
      example = cell.length() > 30 ? cell.substring(0, 29) + "\u2026" : cell;
    }
    if (SubjectKeys.looksLikeEmail(cell)) {
      emails++;
    }
    switch (Numbers.evidence(cell)) {
      case POINT -> {
        if (point++ == 0) {
          pointExample = cell;
          pointLine = line;
        }
        integers = false;
      }
      case COMMA -> {
        if (comma++ == 0) {
          commaExample = cell;
          commaLine = line;
        }
        integers = false;
      }
      case AMBIGUOUS -> {
        if (ambiguous++ == 0) {
          ambiguousExample = cell;
          ambiguousLine = line;
        }
        integers = false;
      }
      case PLAIN -> plain++;
      default -> {
        notNumber++;
        integers = false;
      }
    }
    Dates.Shape s = Dates.shape(cell);
    switch (s.kind()) {
      case ISO -> iso++;
      case DOTTED -> dotted++;
      case NUMERIC -> {
        if (numeric++ == 0) {
          numericExample = cell;
          numericLine = line;
        }
        if (s.onlyDayFirst() && dayFirst++ == 0) {
          dayFirstExample = cell;
          dayFirstLine = line;
        }
        if (s.onlyMonthFirst() && monthFirst++ == 0) {
          monthFirstExample = cell;
          monthFirstLine = line;
        }
        if (s.sameEitherWay()) {
          sameEitherWay++;
        }
      }
      case NAMED -> named++;
      default -> notDate++;
    }
    if (s.twoDigitYear()) {
      twoDigitYears++;
    }
  }

  boolean isNumber() {
    return filled > 0 && point + comma + ambiguous + plain > 0.5 * filled;
  }

  boolean isDate() {
    return filled > 0 && iso + dotted + numeric + named > 0.5 * filled;
  }

  /** Whole numbers, each different (an employee number), or a header saying it is an id. */
  boolean looksLikeId() {
    if (name != null && ID_NAME.matcher(name).matches()) {
      return true;
    }
    return integers && filled >= 5 && !tooMany && distinct() == filled && counts.keySet().stream().allMatch(
        k -> k.isEmpty() || k.length() >= 4);
  }

  int distinct() {
    return (int) counts.keySet().stream().filter(k -> !k.isEmpty()).count();
  }

  Map<String, Integer> valueCounts() {
    return counts;
  }
}
