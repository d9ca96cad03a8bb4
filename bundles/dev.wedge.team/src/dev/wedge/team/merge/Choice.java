package dev.wedge.team.merge;

/** How one conflict is resolved. */
public enum Choice {
  /** The local version ("yours"): what the side being merged into has. */
  OURS,
  /** The incoming version ("theirs"). */
  THEIRS,
  /** A value typed by the user (for a field both sides changed). */
  EDIT,
  /** A pilot's criterion keeps the value it had when the pilot started (the pre-registered one). */
  FROZEN,
  /** The incoming change of a frozen criterion is kept as a recorded re-baseline, with its reason. */
  REBASELINE
}
