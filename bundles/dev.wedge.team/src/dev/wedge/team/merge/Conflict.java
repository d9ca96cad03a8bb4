package dev.wedge.team.merge;

import java.util.List;

/**
 * One conflict of a merge, about one object and (usually) one of its fields, described in the method's words. It
 * says what each side has and what the base had, which choices resolve it, and which one the merged model holds now
 * ({@link #applied()}: the user's resolution, or until then the default, which never drops a change unseen).
 *
 * @param key stable within one merge: resolutions are given by it
 * @param objectId the id of the object the conflict is about
 * @param feature the field's name in the model, or null for the object as a whole
 * @param subject the object in words ("Pilot 'Role-play coach'")
 * @param field the field in words ("threshold of 'Win rate at least 3 points…'"), or null
 * @param before the base's value in words ("not there" when the object is new)
 * @param ours the local side's value in words ("deleted" when it deleted the object)
 * @param theirs the incoming side's value in words
 */
public record Conflict(String key, Kind kind, String objectId, String feature, String subject, String field,
    String before, String ours, String theirs, List<Choice> choices, Resolution applied, boolean resolved) {

  /** What kind of conflict. */
  public enum Kind {
    /** Both sides changed the same field differently (or added the same object with different values). */
    CHANGED_BOTH,
    /** One side deleted an object the other changed (or added to). */
    DELETED_EDITED,
    /** One side refers to an object the other deleted. */
    REFERENCE_TO_DELETED,
    /** Both sides moved an object to different places, or reordered one list differently. */
    MOVED_BOTH,
    /** The merge would change a running pilot's frozen criterion without a recorded re-baseline. */
    FROZEN_CRITERION
  }

  /** One sentence: the object, the field, each side and the base (long texts shortened; the fields hold them whole). */
  public String message() {
    String what = field == null ? subject : subject + ": " + field;
    String before = shortened(this.before);
    String ours = shortened(this.ours);
    String theirs = shortened(this.theirs);
    return switch (kind) {
      case CHANGED_BOTH, MOVED_BOTH -> what + " \u2014 yours " + ours + ", theirs " + theirs + ", before " + before;
      case DELETED_EDITED -> what + " \u2014 yours " + ours + ", theirs " + theirs;
      case REFERENCE_TO_DELETED -> what + " \u2014 yours " + ours + ", theirs " + theirs;
      case FROZEN_CRITERION -> what + " was frozen at " + before + " when the pilot started; the merge would make it "
          + (ours.equals(before) ? theirs : ours) + " without a recorded re-baseline";
    };
  }

  private static String shortened(String s) {
    return s == null ? null : Words.shorten(s);
  }

  @Override
  public String toString() {
    return message();
  }
}
