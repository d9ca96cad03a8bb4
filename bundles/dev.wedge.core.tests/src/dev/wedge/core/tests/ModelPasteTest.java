package dev.wedge.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.clipboard.ModelClipboard;
import dev.wedge.core.clipboard.ModelPaste;
import dev.wedge.core.method.PilotRules;
import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessions;
import dev.wedge.core.session.ModelTemplates;
import dev.wedge.model.*;

/** Copy, cut, paste and duplicate within a model and between two: new ids, references kept or dropped and said. */
class ModelPasteTest {

  @TempDir
  Path dir;

  private final ModelSessions sessions = new ModelSessions();
  private final ModelClipboard clipboard = ModelClipboard.shared();
  private ModelSession a;
  private ModelSession b;
  private Initiative initiative;

  @BeforeEach
  void twoModelsOfTheSameIds() throws Exception {
    StrategyModel model = ModelTemplates.instantiate(ModelTemplates.STARTER, "a", null);
    a = sessions.create(dir.resolve("a.wedge"), model);
    b = sessions.create(dir.resolve("b.wedge"), EcoreUtil.copy(a.getModel())); // the same ids, another file
    initiative = a.getModel().getInitiatives().get(0);
    MetricLink second = WedgeFactory.eINSTANCE.createMetricLink();
    second.setId(Ids.newId());
    second.setMetric(a.getModel().getMetrics().get(1));
    second.setHypothesis("faster answers win deals");
    assertTrue(a.execute(AddCommand.create(a.getEditingDomain(), initiative,
        WedgePackage.Literals.INITIATIVE__LINKS, second)));
    assertEquals(2, initiative.getLinks().size());
    clipboard.clear();
  }

  @AfterEach
  void release() {
    sessions.release(a);
    sessions.release(b);
    clipboard.clear();
  }

  @Test
  void anInitiativePastedIntoAnotherModelHasNewIdsAndKeepsTheLinksWhoseMetricIsThere() {
    BusinessMetric kept = metricOfId(b, initiative.getLinks().get(0).getMetric().getId());
    BusinessMetric gone = metricOfId(b, initiative.getLinks().get(1).getMetric().getId());
    assertTrue(b.execute(DeleteCommand.create(b.getEditingDomain(), List.of(gone))));
    int before = b.getModel().getInitiatives().size();

    assertTrue(ModelPaste.copy(a, List.of(initiative), clipboard).done());
    ModelPaste.Result r = ModelPaste.paste(b, null, null, clipboard);

    assertTrue(r.done(), r.message());
    assertEquals(before + 1, b.getModel().getInitiatives().size());
    Initiative pasted = (Initiative) r.added().get(0);
    assertSame(b.getModel(), pasted.eContainer());
    assertNotEquals(initiative.getId(), pasted.getId());
    assertNotEquals(initiative.getLinks().get(0).getId(), pasted.getLinks().get(0).getId());
    assertEquals(2, pasted.getLinks().size(), "both links are pasted, one without its metric");
    assertSame(kept, pasted.getLinks().get(0).getMetric(), "the link to a metric B has points to B's metric");
    assertNull(pasted.getLinks().get(1).getMetric(), "no metric of another file is pointed to");
    assertEquals("faster answers win deals", pasted.getLinks().get(1).getHypothesis());
    assertEquals(1, r.dropped().size());
    assertTrue(r.message().contains("from a with new ids; 1 reference kept (1 to this model's object of the same id);"
        + " 1 reference dropped, this model has no such object: business metric '" + gone.getName()
        + "' (the metric of metric link of initiative '" + initiative.getName() + "')"), r.message());
    for (EObject o : (Iterable<EObject>) pasted::eAllContents) {
      for (EObject ref : o.eCrossReferences()) {
        assertSame(b.getModel(), EcoreUtil.getRootContainer(ref), "every reference stays in B");
      }
    }

    b.getCommandStack().undo();
    assertEquals(before, b.getModel().getInitiatives().size(), "one undo takes the whole paste back");
    assertEquals("Delete", b.getCommandStack().getUndoCommand().getLabel(), "the edit before the paste is next");
    b.getCommandStack().redo();
    assertSame(kept, ((Initiative) b.getModel().getInitiatives().get(before)).getLinks().get(0).getMetric());
  }

  @Test
  void everyPasteGetsIdsOfItsOwn() {
    ModelPaste.copy(a, List.of(initiative), clipboard);
    ModelPaste.Result first = ModelPaste.paste(a, null, null, clipboard);
    ModelPaste.Result second = ModelPaste.paste(a, null, null, clipboard);
    Set<String> ids = new HashSet<>();
    for (EObject o : (Iterable<EObject>) a.getModel()::eAllContents) {
      if (o instanceof Identified i) {
        assertTrue(ids.add(i.getId()), "id " + i.getId() + " is used twice");
      }
    }
    Initiative pasted = (Initiative) first.added().get(0);
    assertSame(initiative.getLinks().get(0).getMetric(), pasted.getLinks().get(0).getMetric(),
        "in the same model, the links point to the same metrics");
    assertTrue(first.dropped().isEmpty() && second.dropped().isEmpty());
    assertEquals("Pasted 1 initiative with new ids; 2 references kept.", first.message());
  }

  @Test
  void pasteGoesWhereTheObjectsFitNearTheSelection() {
    SuccessCriterion criterion = WedgeFactory.eINSTANCE.createSuccessCriterion();
    criterion.setId(Ids.newId());
    Pilot pilot = a.getModel().getPilots().get(0);
    a.execute(AddCommand.create(a.getEditingDomain(), pilot, WedgePackage.Literals.PILOT__CRITERIA, criterion));
    int initiatives = a.getModel().getInitiatives().size();
    ModelPaste.copy(a, List.of(initiative), clipboard);

    ModelPaste.Result r = ModelPaste.paste(a, criterion, null, clipboard); // an initiative goes into the model

    assertTrue(r.done(), r.message());
    assertEquals(initiatives + 1, a.getModel().getInitiatives().size());
    ModelPaste.copy(a, List.of(criterion), clipboard);
    int criteria = pilot.getCriteria().size();
    assertTrue(ModelPaste.paste(a, criterion, null, clipboard).done());
    assertEquals(criteria + 1, pilot.getCriteria().size());
    assertSame(criterion, pilot.getCriteria().get(criteria - 1), "pasted just after the selected criterion");

    ModelPaste.copy(a, List.of(a.getModel().getMetrics().get(0)), clipboard);
    ModelPaste.Result refused = ModelPaste.paste(a, criterion, null, clipboard);
    assertTrue(refused.done(), "a metric goes into the model, beyond the pilot that holds the criterion");
    assertEquals(5, a.getModel().getMetrics().size());
  }

  @Test
  void pasteIntoARunningPilotIsRefusedByItsFrozenCriteria() {
    Pilot pilot = a.getModel().getPilots().get(0);
    SuccessCriterion criterion = WedgeFactory.eINSTANCE.createSuccessCriterion();
    criterion.setId(Ids.newId());
    criterion.setMetric(pilot.getPrimaryMetric());
    criterion.setComparator(Comparator.BEATS_COMPARISON_BY);
    criterion.setThreshold(12);
    a.execute(AddCommand.create(a.getEditingDomain(), pilot, WedgePackage.Literals.PILOT__CRITERIA, criterion));
    assertTrue(a.execute(PilotRules.start(a.getEditingDomain(), pilot, LocalDate.of(2026, 5, 4))));
    ModelPaste.copy(a, List.of(criterion), clipboard);

    ModelPaste.Result r = ModelPaste.paste(a, pilot, null, clipboard);

    assertFalse(r.done());
    assertEquals(1, pilot.getCriteria().size());
    assertTrue(r.message().startsWith("The success criteria of pilot '" + pilot.getName() + "' were frozen"),
        r.message());
  }

  @Test
  void duplicatePutsACopyJustAfterEachObjectInOneUndo() {
    Stakeholder first = a.getModel().getStakeholders().get(0);
    Stakeholder third = a.getModel().getStakeholders().get(2);
    int count = a.getModel().getStakeholders().size();

    ModelPaste.Result r = ModelPaste.duplicate(a, List.of(first, initiative));

    assertTrue(r.done(), r.message());
    assertEquals(count + 1, a.getModel().getStakeholders().size());
    Stakeholder copy = a.getModel().getStakeholders().get(1);
    assertEquals(first.getName(), copy.getName());
    assertNotEquals(first.getId(), copy.getId());
    assertSame(third, a.getModel().getStakeholders().get(3));
    assertEquals(2, a.getModel().getInitiatives().size());
    assertTrue(clipboard.isEmpty(), "duplicate leaves the clipboard alone");
    a.getCommandStack().undo();
    assertEquals(count, a.getModel().getStakeholders().size());
    assertEquals(1, a.getModel().getInitiatives().size());
  }

  @Test
  void cutRemovesTheObjectsUndoablyAndPasteBringsThemBack() {
    Pilot pilot = a.getModel().getPilots().get(0);
    assertSame(initiative, pilot.getInitiative());
    assertTrue(ModelPaste.cut(a, List.of(initiative), clipboard).done());
    assertTrue(a.getModel().getInitiatives().isEmpty());
    assertNull(pilot.getInitiative(), "references to a cut object go, as on Delete");
    assertEquals("Cut", a.getCommandStack().getUndoCommand().getLabel());
    a.getCommandStack().undo();
    assertSame(initiative, pilot.getInitiative());
    a.getCommandStack().redo();

    ModelPaste.Result r = ModelPaste.paste(b, null, WedgePackage.Literals.STRATEGY_MODEL__INITIATIVES, clipboard);
    assertTrue(r.done(), r.message());
    Initiative pasted = (Initiative) r.added().get(0);
    assertNotNull(pasted.getLinks().get(0).getMetric());
    assertSame(b.getModel(), EcoreUtil.getRootContainer(pasted.getLinks().get(0).getMetric()));
  }

  @Test
  void theModelItselfAndAnEmptyClipboardAreSaid() {
    assertFalse(ModelPaste.copy(a, ModelPaste.copyable(a, List.of(a.getModel())), clipboard).done());
    ModelPaste.Result r = ModelPaste.paste(a, null, null, clipboard);
    assertFalse(r.done());
    assertEquals("The clipboard is empty: copy or cut model objects first.", r.message());
    assertEquals(List.of(initiative), ModelPaste.copyable(a, List.of(initiative, initiative.getLinks().get(0))));
  }

  private static BusinessMetric metricOfId(ModelSession s, String id) {
    return s.getModel().getMetrics().stream().filter(m -> m.getId().equals(id)).findFirst().orElseThrow();
  }
}
