package dev.wedge.evidence.imports;

import java.util.List;
import java.util.Locale;

import dev.wedge.core.text.Dates;
import dev.wedge.core.text.DecimalStyle;
import dev.wedge.core.text.Numbers;

/**
 * A file's decimal style and date order, decided by all of its values and dates, never by one row: a value only one
 * style reads decides the style, a date only one order reads decides the order (said in a note); values or dates
 * written both ways, or none that decides, are a {@link Question}. What the user chose is taken as chosen.
 *
 * @param decimal      the decimal style, or null while it is asked
 * @param wholeNumbers whether every value is a whole number (no decimal mark to decide)
 * @param order        the date order, or null while it is asked (or no date needs one)
 * @param orderMatters whether some numeric date reads differently day-first and month-first
 */
record FileStyle(DecimalStyle decimal, boolean wholeNumbers, Dates.Order order, boolean orderMatters) {

  /**
   * Decides from the profiles of the value and date columns (null: no such column); questions and notes are added to
   * the lists given.
   */
  static FileStyle decide(DecimalStyle chosenDecimal, Dates.Order chosenOrder, ColumnProfile valueColumn,
      ColumnProfile dateColumn, List<Question> questions, List<String> notes) {
    DecimalStyle decimal = chosenDecimal;
    boolean wholeNumbers = false;
    if (valueColumn != null && decimal == null) {
      ColumnProfile p = valueColumn;
      if (p.point > 0 && p.comma == 0) {
        decimal = DecimalStyle.POINT;
      } else if (p.comma > 0 && p.point == 0) {
        decimal = DecimalStyle.COMMA;
      } else if (p.comma > 0 && p.point > 0) {
        questions.add(new Question(Question.Topic.DECIMAL, "The values of " + p.label() + " are written both"
            + " ways: " + p.comma + " can only be read with a decimal comma (like '" + p.commaExample + "', line "
            + p.commaLine + ") and " + p.point + " only with a decimal point (like '" + p.pointExample + "', line "
            + p.pointLine + "). Which is the file's style? The rows written the other way are then refused.",
            List.of(new Question.Answer("decimal comma ('" + p.commaExample + "' is " + read(p.commaExample,
                DecimalStyle.COMMA) + ")", "comma"), new Question.Answer("decimal point ('" + p.pointExample
                    + "' is " + read(p.pointExample, DecimalStyle.POINT) + ")", "point"))));
      } else if (p.ambiguous > 0) {
        questions.add(new Question(Question.Topic.DECIMAL, "Is '" + p.ambiguousExample + "' (line "
            + p.ambiguousLine + ") " + read(p.ambiguousExample, DecimalStyle.COMMA) + " or " + read(
                p.ambiguousExample, DecimalStyle.POINT) + "? Every value of " + p.label() + " with a decimal mark"
            + " has exactly three digits after it, so it can be a decimal mark or group thousands.",
            List.of(new Question.Answer("decimal comma: '" + p.ambiguousExample + "' is " + read(
                p.ambiguousExample, DecimalStyle.COMMA), "comma"), new Question.Answer("decimal point: '"
                    + p.ambiguousExample + "' is " + read(p.ambiguousExample, DecimalStyle.POINT), "point"))));
      } else {
        decimal = DecimalStyle.POINT;
        wholeNumbers = true;
      }
    }
    Dates.Order order = chosenOrder;
    boolean orderMatters = false;
    if (dateColumn != null) {
      ColumnProfile p = dateColumn;
      orderMatters = p.numeric > 0 && p.numeric > p.sameEitherWay;
      if (order == null && p.numeric > 0) {
        if (p.dayFirst > 0 && p.monthFirst == 0) {
          order = Dates.Order.DAY_FIRST;
          notes.add("Dates are day-first: '" + p.dayFirstExample + "' (line " + p.dayFirstLine
              + ") has a day above 12.");
        } else if (p.monthFirst > 0 && p.dayFirst == 0) {
          order = Dates.Order.MONTH_FIRST;
          notes.add("Dates are month-first: '" + p.monthFirstExample + "' (line " + p.monthFirstLine
              + ") has a day above 12 in second place.");
        } else if (p.dayFirst > 0) {
          questions.add(new Question(Question.Topic.DATE_ORDER, "The dates of " + p.label() + " are written both"
              + " ways: " + p.dayFirst + " can only be day-first (like '" + p.dayFirstExample + "', line "
              + p.dayFirstLine + ") and " + p.monthFirst + " only month-first (like '" + p.monthFirstExample
              + "', line " + p.monthFirstLine + "). Which is the file's order? The others are then refused.",
              List.of(new Question.Answer("day-first", "day-first"), new Question.Answer("month-first",
                  "month-first"))));
        } else if (!orderMatters) {
          order = Dates.Order.DAY_FIRST;
        } else {
          Dates.Shape s = Dates.shape(p.numericExample);
          String dayFirst = dateWords(s.year(), s.b(), s.a());
          String monthFirst = dateWords(s.year(), s.a(), s.b());
          questions.add(new Question(Question.Topic.DATE_ORDER, "Is '" + p.numericExample + "' (line "
              + p.numericLine + ") " + dayFirst + " or " + monthFirst + "? In all " + p.numeric + " dates of "
              + p.label() + " both numbers are 12 or less, so the data do not say which comes first.",
              List.of(new Question.Answer("day-first: " + dayFirst, "day-first"), new Question.Answer(
                  "month-first: " + monthFirst, "month-first"))));
        }
      }
    }
    if (order == null && dateColumn != null && dateColumn.dotted > 0 && dateColumn.numeric == 0) {
      order = Dates.Order.DAY_FIRST; // dotted dates are day-first wherever dots are used
    }
    return new FileStyle(decimal, wholeNumbers, order, orderMatters);
  }

  static String read(String cell, DecimalStyle style) {
    Numbers.Parsed p = Numbers.parse(cell, style);
    return p.ok() ? ImportTarget.number(p.value()) : "not a number";
  }

  static String dateWords(int year, int month, int day) {
    try {
      return java.time.LocalDate.of(year, month, day).format(java.time.format.DateTimeFormatter.ofPattern(
          "d MMMM yyyy", Locale.ENGLISH));
    } catch (java.time.DateTimeException e) {
      return "not a date";
    }
  }
}
