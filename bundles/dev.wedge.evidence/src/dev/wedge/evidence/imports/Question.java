package dev.wedge.evidence.imports;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Something a file leaves open that only the user can answer (is {@code 1,234} a thousand or one point two?): the
 * dialog asks it, and {@code wedge import} exits 1 with the question and the option that answers it. Nothing is
 * imported while a question is open.
 */
public record Question(Topic topic, String text, List<Answer> answers) {

  /** What is asked, and the {@code wedge import} option that answers it. */
  public enum Topic {
    ENCODING("--encoding"), SEPARATOR("--separator"), DECIMAL("--decimal"), DATE_ORDER("--date-order"),
    DATE_COLUMN("--date-column"), VALUE_COLUMN("--value-column"), COHORT("--cohort-map"), SCORE("--score"), IMPLAUSIBLE("--implausible"),
    AGAIN("--again"), EXISTING("--existing");

    private final String option;

    Topic(String option) {
      this.option = option;
    }

    public String option() {
      return option;
    }
  }

  /** One possible answer: how the dialog shows it, and the option value that gives it. */
  public record Answer(String label, String value) {
  }

  /** How {@code wedge import} says it: the question, then "Answer with --decimal comma (...) or --decimal point (...)". */
  public String forCommandLine() {
    if (topic == Topic.AGAIN) {
      return text + " Import it again only with --again.";
    }
    return text + " Answer with " + answers.stream().map(a -> topic.option() + " " + quoted(a.value()) + " ("
        + a.label() + ")").collect(Collectors.joining(" or ")) + ".";
  }

  private static String quoted(String v) {
    return v.matches("[A-Za-z0-9._:-]+") ? v : "'" + v.replace("'", "'\\''") + "'";
  }
}
