package dev.wedge.analysis.engine;

/** Told, on the engine's thread, whenever a run produced new findings. */
@FunctionalInterface
public interface FindingsListener {
  void findingsChanged(FindingsSnapshot snapshot);
}
