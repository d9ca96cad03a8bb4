package dev.wedge.team.merge;

/**
 * The user's answer to one conflict: a choice, and for {@link Choice#EDIT} the value typed (as text, in the field's
 * format) or for {@link Choice#REBASELINE} the reason for the change.
 */
public record Resolution(Choice choice, String text) {

  public static Resolution of(Choice choice) {
    return new Resolution(choice, null);
  }

  public static Resolution edit(String value) {
    return new Resolution(Choice.EDIT, value);
  }

  public static Resolution rebaseline(String reason) {
    return new Resolution(Choice.REBASELINE, reason);
  }
}
