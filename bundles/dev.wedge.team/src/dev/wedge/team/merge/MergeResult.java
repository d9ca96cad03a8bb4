package dev.wedge.team.merge;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.wedge.model.StrategyModel;

/**
 * A merged model and its conflicts. The model is complete and valid whatever is unresolved: each conflict holds its
 * default until resolved ({@link Conflict#applied()}). {@link #resolve} merges again with more resolutions (which may
 * bring a conflict of its own, such as a reference to an object the resolution deletes: it is reported, never
 * applied unseen).
 */
public final class MergeResult {

  private final StrategyModel merged;
  private final List<Conflict> conflicts;
  private final StrategyModel base;
  private final StrategyModel ours;
  private final StrategyModel theirs;
  private final Map<String, Resolution> resolutions;
  private final LocalDate today;

  MergeResult(StrategyModel merged, List<Conflict> conflicts, StrategyModel base, StrategyModel ours,
      StrategyModel theirs, Map<String, Resolution> resolutions, LocalDate today) {
    this.merged = merged;
    this.conflicts = conflicts;
    this.base = base;
    this.ours = ours;
    this.theirs = theirs;
    this.resolutions = Map.copyOf(resolutions);
    this.today = today;
  }

  /** The merged model, in a resource of its own. */
  public StrategyModel model() {
    return merged;
  }

  /** Every conflict, resolved or not, in the order of the model. */
  public List<Conflict> conflicts() {
    return conflicts;
  }

  public List<Conflict> unresolved() {
    return conflicts.stream().filter(c -> !c.resolved()).toList();
  }

  public boolean clean() {
    return unresolved().isEmpty();
  }

  public Map<String, Resolution> resolutions() {
    return resolutions;
  }

  /** Merges again with {@code more} resolutions added to those given so far. */
  public MergeResult resolve(Map<String, Resolution> more) {
    Map<String, Resolution> all = new HashMap<>(resolutions);
    all.putAll(more);
    return ModelMerge.merge(base, ours, theirs, all, today);
  }

  /** Resolves every unresolved conflict with {@code choice} where it applies (the conflict's default elsewhere). */
  public MergeResult resolveAll(Choice choice) {
    Map<String, Resolution> more = new HashMap<>();
    for (Conflict c : unresolved()) {
      more.put(c.key(), c.choices().contains(choice) ? Resolution.of(choice) : c.applied());
    }
    return resolve(more);
  }
}
