package dev.wedge.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.wedge.model.StrategyModel;
import dev.wedge.team.merge.Conflict;
import dev.wedge.team.merge.MergeResult;
import dev.wedge.team.merge.ModelMerge;
import dev.wedge.team.tests.EditScripts.Edit;
import dev.wedge.team.tests.EditScripts.Op;
import dev.wedge.team.tests.EditScripts.Targets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The merge's promises, on random pairs of edit scripts applied to copies of the example (1,000 cases per run):
 * edits of disjoint objects and fields merge to applying both; both sides changing one field give a conflict for
 * exactly that object and field; and whatever the scripts, every change of either side is in the result or in a
 * reported conflict.
 */
class MergeProperties {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
  private static Targets targets;

  /** Cases run (the runner checks that at least 1,000 ran). */
  static final java.util.concurrent.atomic.AtomicInteger CASES = new java.util.concurrent.atomic.AtomicInteger();

  private static synchronized Targets targets() {
    if (targets == null) {
      targets = new Targets(Fixtures.example());
    }
    return targets;
  }

  @Property(tries = 400, seed = "2121")
  void disjointEditsMergeToApplyingBoth(@ForAll long seed) {
    Random r = new Random(seed);
    CASES.incrementAndGet();
    StrategyModel base = Fixtures.copy();
    List<Edit> a = EditScripts.random(targets(), base, r, 12, "A", null);
    EditScripts.Avoid avoid = new EditScripts.Avoid(targets());
    avoid.addAll(a);
    List<Edit> b = EditScripts.random(targets(), base, r, 12, "B", avoid);
    StrategyModel ours = Fixtures.copy();
    StrategyModel theirs = Fixtures.copy();
    EditScripts.apply(ours, a);
    EditScripts.apply(theirs, b);
    StrategyModel both = Fixtures.copy();
    EditScripts.apply(both, a);
    EditScripts.apply(both, b);

    MergeResult m = ModelMerge.merge(base, ours, theirs, Map.of(), TODAY);
    assertTrue(m.conflicts().isEmpty(), () -> "conflicts " + m.conflicts() + " for " + a + " / " + b);
    assertTrue(EcoreUtil.equals(both, m.model()), () -> "not both applied: " + a + " / " + b);
  }

  @Property(tries = 300, seed = "2122")
  void theSameFieldChangedDifferentlyIsAConflictForExactlyThatObjectAndField(@ForAll long seed) {
    Random r = new Random(seed);
    CASES.incrementAndGet();
    StrategyModel base = Fixtures.copy();
    Targets t = targets();
    String[] field = t.fields.get(r.nextInt(t.fields.size()));
    EObject o = Fixtures.find(base, field[0]);
    var feature = o.eClass().getEStructuralFeature(field[1]);
    Object was = o.eGet(feature);
    Class<?> type = feature.getEType().getInstanceClass();
    Edit mine = new Edit(Op.SET, field[0], field[1], distinct(was, 1, type), 0, 0);
    Edit yours = new Edit(Op.SET, field[0], field[1], distinct(was, 2, type), 0, 0);
    EditScripts.Avoid avoid = new EditScripts.Avoid(t);
    avoid.add(mine);
    List<Edit> a = new ArrayList<>(List.of(mine));
    a.addAll(EditScripts.random(t, base, r, 6, "A", avoid));
    avoid.addAll(a);
    List<Edit> b = new ArrayList<>(List.of(yours));
    b.addAll(EditScripts.random(t, base, r, 6, "B", avoid));
    StrategyModel ours = Fixtures.copy();
    StrategyModel theirs = Fixtures.copy();
    EditScripts.apply(ours, a);
    EditScripts.apply(theirs, b);

    MergeResult m = ModelMerge.merge(base, ours, theirs, Map.of(), TODAY);
    assertEquals(1, m.conflicts().size(), () -> m.conflicts() + " for " + a + " / " + b);
    Conflict c = m.conflicts().get(0);
    assertEquals(field[0], c.objectId());
    assertEquals(field[1], c.feature());
  }

  private static Object distinct(Object was, int side, Class<?> type) {
    if (type == Double.class || type == double.class) {
      return (was == null ? 0.0 : (Double) was) + side * 1.25;
    }
    if (type == Integer.class || type == int.class) {
      return (was == null ? 0 : (Integer) was) + side;
    }
    return (was == null ? "" : was) + " (side " + side + ")";
  }

  @Property(tries = 300, seed = "2123")
  void nothingFromEitherSideIsLost(@ForAll long seed) {
    Random r = new Random(seed);
    CASES.incrementAndGet();
    StrategyModel base = Fixtures.copy();
    // overlapping scripts: the same fields, deletes against edits, both sides at once
    List<Edit> a = EditScripts.random(targets(), base, r, 15, "A", null);
    List<Edit> b = EditScripts.random(targets(), base, r, 15, "B", null);
    StrategyModel ours = Fixtures.copy();
    StrategyModel theirs = Fixtures.copy();
    EditScripts.apply(ours, a);
    EditScripts.apply(theirs, b);

    MergeResult m = ModelMerge.merge(base, ours, theirs, Map.of(), TODAY);
    for (List<Edit> script : List.of(a, b)) {
      StrategyModel side = script == a ? ours : theirs;
      for (Edit e : script) {
        assertTrue(kept(e, side, m) || reported(e, m), () -> e + " is neither in the merge nor in a conflict: "
            + m.conflicts());
      }
    }
  }

  private static boolean kept(Edit e, StrategyModel side, MergeResult m) {
    EObject now = Fixtures.find(m.model(), e.objectId());
    return switch (e.op()) {
      case SET -> {
        EObject there = Fixtures.find(side, e.objectId());
        yield there == null || now != null && Objects.equals(now.eGet(now.eClass().getEStructuralFeature(e.feature())),
            there.eGet(there.eClass().getEStructuralFeature(e.feature())));
      }
      case ADD -> Fixtures.find(side, (String) e.value()) == null || Fixtures.find(m.model(), (String) e.value()) != null;
      case DELETE -> now == null;
      case MOVE -> true; // an order is a field of the list: checked by the conflict of that list when both reorder
    };
  }

  private static boolean reported(Edit e, MergeResult m) {
    Set<String> where = targets().selfAndAncestors(e.objectId());
    for (Conflict c : m.conflicts()) {
      if (where.contains(c.objectId()) || e.op() == Op.ADD && c.objectId().equals(e.value())) {
        return true;
      }
    }
    return false;
  }
}
