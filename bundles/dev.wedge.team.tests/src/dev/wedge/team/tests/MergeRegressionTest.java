package dev.wedge.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.junit.jupiter.api.Test;

import dev.wedge.model.BusinessGoal;
import dev.wedge.model.CostLine;
import dev.wedge.model.Measurement;
import dev.wedge.model.Pilot;
import dev.wedge.model.PilotStatus;
import dev.wedge.model.Rebaseline;
import dev.wedge.model.Stakeholder;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.SuccessCriterion;
import dev.wedge.model.WedgeFactory;
import dev.wedge.team.merge.Choice;
import dev.wedge.team.merge.Conflict;
import dev.wedge.team.merge.Conflict.Kind;
import dev.wedge.team.merge.MergeResult;
import dev.wedge.team.merge.ModelMerge;
import dev.wedge.team.merge.Resolution;

/**
 * The merges that lose work in other tools (coArchi's tracker: a rename on both sides, a delete against an edit, a
 * reference to a deleted object, "theirs" after a long divergence), and the method's own rules on a merge.
 */
class MergeRegressionTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  private static MergeResult merge(StrategyModel b, StrategyModel o, StrategyModel t) {
    return ModelMerge.merge(b, o, t, Map.of(), TODAY);
  }

  @Test
  void aRenameOnBothSidesIsOneConflictResolvedPerField() {
    StrategyModel b = Fixtures.copy();
    StrategyModel o = Fixtures.copy();
    StrategyModel t = Fixtures.copy();
    Fixtures.<Pilot>find(o, "p-roleplay").setName("Sales coach");
    Fixtures.<Pilot>find(t, "p-roleplay").setName("Objection coach");
    Fixtures.<Pilot>find(t, "p-onboarding").setName("New-advisor fast track"); // another object: no conflict

    MergeResult r = merge(b, o, t);
    assertEquals(1, r.conflicts().size(), r.conflicts().toString());
    Conflict c = r.conflicts().get(0);
    assertEquals(Kind.CHANGED_BOTH, c.kind());
    assertEquals("p-roleplay", c.objectId());
    assertEquals("name", c.feature());
    assertEquals("Pilot 'Role-play coach for broker sales': name \u2014 yours Sales coach, theirs Objection coach,"
        + " before Role-play coach for broker sales", c.message());
    // until resolved the model holds yours, and nothing of theirs elsewhere is lost
    assertEquals("Sales coach", Fixtures.<Pilot>find(r.model(), "p-roleplay").getName());
    assertEquals("New-advisor fast track", Fixtures.<Pilot>find(r.model(), "p-onboarding").getName());

    MergeResult theirs = r.resolve(Map.of(c.key(), Resolution.of(Choice.THEIRS)));
    assertTrue(theirs.clean());
    assertEquals("Objection coach", Fixtures.<Pilot>find(theirs.model(), "p-roleplay").getName());
    MergeResult edited = r.resolve(Map.of(c.key(), Resolution.edit("Objection and sales coach")));
    assertEquals("Objection and sales coach", Fixtures.<Pilot>find(edited.model(), "p-roleplay").getName());
    assertEquals("New-advisor fast track", Fixtures.<Pilot>find(edited.model(), "p-onboarding").getName());
  }

  @Test
  void aThresholdBothReBaselinedDifferentlyIsNamedInTheMethodsWords() {
    StrategyModel b = Fixtures.copy();
    StrategyModel o = Fixtures.copy();
    StrategyModel t = Fixtures.copy();
    rebaseline(o, "cr-rp-1", 2.5, "rb-ours", "Comparison teams changed territory");
    rebaseline(t, "cr-rp-1", 4.0, "rb-theirs", "The CFO asked for a higher bar");

    MergeResult r = merge(b, o, t);
    assertEquals(1, r.conflicts().size(), r.conflicts().toString());
    assertEquals("Pilot 'Role-play coach for broker sales': threshold of 'Win rate at least 3 points above the\u2026'"
        + " \u2014 yours 2.5, theirs 4.0, before 3.0", r.conflicts().get(0).message());
    Pilot p = Fixtures.find(r.model(), "p-roleplay");
    assertEquals(List.of("rb-ours", "rb-theirs"), p.getRebaselines().stream().map(Rebaseline::getId).toList());
  }

  private static void rebaseline(StrategyModel m, String criterion, double value, String id, String reason) {
    SuccessCriterion c = Fixtures.find(m, criterion);
    Rebaseline rb = WedgeFactory.eINSTANCE.createRebaseline();
    rb.setId(id);
    rb.setReason(reason);
    rb.setDate(TODAY);
    rb.setChange("threshold: " + c.getThreshold() + " \u2192 " + value);
    rb.setCriterion(c);
    c.setThreshold(value);
    ((Pilot) c.eContainer()).getRebaselines().add(rb);
  }

  @Test
  void aDeleteAgainstAnEditKeepsTheEditUntilResolved() {
    StrategyModel b = Fixtures.copy();
    StrategyModel o = Fixtures.copy();
    StrategyModel t = Fixtures.copy();
    EcoreUtil.delete(Fixtures.find(o, "m-ttp-all-01"));
    Fixtures.<Measurement>find(t, "m-ttp-all-01").setValue(91.0);

    MergeResult r = merge(b, o, t);
    assertEquals(1, r.conflicts().size(), r.conflicts().toString());
    Conflict c = r.conflicts().get(0);
    assertEquals(Kind.DELETED_EDITED, c.kind());
    assertEquals("m-ttp-all-01", c.objectId());
    assertEquals("deleted it", c.ours());
    assertEquals("changed it (value)", c.theirs());
    assertTrue(c.message().startsWith("Business metric 'New-advisor time to productivity': measurement"), c.message());
    assertEquals(91.0, Fixtures.<Measurement>find(r.model(), "m-ttp-all-01").getValue());

    MergeResult deleted = r.resolve(Map.of(c.key(), Resolution.of(Choice.OURS)));
    assertTrue(deleted.clean());
    assertNull(Fixtures.find(deleted.model(), "m-ttp-all-01"));
    assertNotNull(Fixtures.find(deleted.model(), "m-ttp-all-02"));
  }

  @Test
  void deletingAnObjectTheOtherSideAddedToIsOneConflictNamingWhatIsInside() {
    StrategyModel b = Fixtures.copy();
    StrategyModel o = Fixtures.copy();
    StrategyModel t = Fixtures.copy();
    EcoreUtil.delete(Fixtures.find(t, "p-compliance"), true);
    CostLine line = WedgeFactory.eINSTANCE.createCostLine();
    line.setId("cost-new");
    line.setDescription("Authoring time");
    line.setAmount(1200.0);
    Fixtures.<Pilot>find(o, "p-compliance").getCosts().add(line);

    MergeResult r = merge(b, o, t);
    assertEquals(1, r.conflicts().size(), r.conflicts().toString());
    Conflict c = r.conflicts().get(0);
    assertEquals("p-compliance", c.objectId());
    assertEquals("changed it (1 object inside it)", c.ours());
    assertNotNull(Fixtures.find(r.model(), "cost-new"));
    MergeResult deleted = r.resolve(Map.of(c.key(), Resolution.of(Choice.THEIRS)));
    assertNull(Fixtures.find(deleted.model(), "p-compliance"));
    assertNull(Fixtures.find(deleted.model(), "cost-new"));
  }

  @Test
  void aReferenceToAnObjectTheOtherSideDeletedIsRepairedOrCleared() {
    StrategyModel b = Fixtures.copy();
    StrategyModel o = Fixtures.copy();
    StrategyModel t = Fixtures.copy();
    Stakeholder sofia = Fixtures.find(o, "s-handler");
    Fixtures.<Pilot>find(o, "p-compliance").setSponsor(sofia);
    EcoreUtil.delete(Fixtures.find(t, "s-handler"), true);

    MergeResult r = merge(b, o, t);
    assertEquals(1, r.conflicts().size(), r.conflicts().toString());
    Conflict c = r.conflicts().get(0);
    assertEquals(Kind.REFERENCE_TO_DELETED, c.kind());
    assertEquals("p-compliance", c.objectId());
    assertEquals("sponsor", c.feature());
    assertEquals("refer to Stakeholder 'Sofia Marques'", c.ours());
    assertEquals("deleted Stakeholder 'Sofia Marques'", c.theirs());
    // by default the object is kept: no reference dangles and nothing is lost
    Pilot p = Fixtures.find(r.model(), "p-compliance");
    assertNotNull(p.getSponsor());
    assertEquals("s-handler", p.getSponsor().getId());
    assertTrue(r.model().getStakeholders().contains(p.getSponsor()));

    MergeResult cleared = r.resolve(Map.of(c.key(), Resolution.of(Choice.THEIRS)));
    assertNull(Fixtures.find(cleared.model(), "s-handler"));
    assertNull(Fixtures.<Pilot>find(cleared.model(), "p-compliance").getSponsor());
    assertNoDanglingReferences(cleared.model());
  }

  static void assertNoDanglingReferences(StrategyModel m) {
    for (var it = m.eAllContents(); it.hasNext();) {
      EObject o = it.next();
      for (EObject x : o.eCrossReferences()) {
        assertTrue(EcoreUtil.getRootContainer(x) == m, () -> o + " refers to an object outside the model: " + x);
      }
    }
  }

  @Test
  void theirsChosenAfterALongDivergenceKeepsEveryChangeOfBothSides() {
    StrategyModel b = Fixtures.copy();
    StrategyModel o = Fixtures.copy();
    StrategyModel t = Fixtures.copy();
    List<Measurement> all = new ArrayList<>();
    b.getMetrics().forEach(m -> all.addAll(m.getMeasurements()));
    Random random = new Random(21);
    java.util.Collections.shuffle(all, random);
    List<String> oursOnly = new ArrayList<>();
    List<String> theirsOnly = new ArrayList<>();
    List<String> both = new ArrayList<>();
    for (int i = 0; i < 150 && i < all.size(); i++) {
      String id = all.get(i).getId();
      int who = i % 3;
      if (who != 1) {
        Fixtures.<Measurement>find(o, id).setNote("ours " + i);
      }
      if (who != 0) {
        Fixtures.<Measurement>find(t, id).setNote("theirs " + i);
      }
      (who == 0 ? oursOnly : who == 1 ? theirsOnly : both).add(id);
    }
    // and weeks of additions on both sides
    for (int i = 0; i < 40; i++) {
      o.getGoals().add(goal("g-ours-" + i));
      t.getGoals().add(goal("g-theirs-" + i));
    }
    ECollections.reverse(t.getStakeholders());

    MergeResult r = merge(b, o, t);
    assertEquals(both.size(), r.conflicts().size(), r.conflicts().toString());
    MergeResult theirs = r.resolveAll(Choice.THEIRS);
    assertTrue(theirs.clean());
    StrategyModel m = theirs.model();
    for (String id : oursOnly) {
      assertTrue(Fixtures.<Measurement>find(m, id).getNote().startsWith("ours "), id);
    }
    for (String id : theirsOnly) {
      assertTrue(Fixtures.<Measurement>find(m, id).getNote().startsWith("theirs "), id);
    }
    for (String id : both) {
      assertTrue(Fixtures.<Measurement>find(m, id).getNote().startsWith("theirs "), id);
    }
    List<String> goals = m.getGoals().stream().map(BusinessGoal::getId).toList();
    assertEquals(b.getGoals().size() + 80, goals.size());
    assertEquals("g-ours-0", goals.get(b.getGoals().size()));
    assertEquals("g-theirs-0", goals.get(b.getGoals().size() + 40));
    assertEquals(t.getStakeholders().stream().map(Stakeholder::getId).toList(),
        m.getStakeholders().stream().map(Stakeholder::getId).toList());
  }

  private static BusinessGoal goal(String id) {
    BusinessGoal g = WedgeFactory.eINSTANCE.createBusinessGoal();
    g.setId(id);
    g.setName("Goal " + id);
    return g;
  }

  @Test
  void differentFeaturesOfOneObjectMergeWithoutAsking() {
    StrategyModel b = Fixtures.copy();
    StrategyModel o = Fixtures.copy();
    StrategyModel t = Fixtures.copy();
    Fixtures.<Pilot>find(o, "p-compliance").setName("Compliance refreshers, monthly");
    Fixtures.<Pilot>find(t, "p-compliance").setParticipants(320);
    MergeResult r = merge(b, o, t);
    assertTrue(r.conflicts().isEmpty(), r.conflicts().toString());
    Pilot p = Fixtures.find(r.model(), "p-compliance");
    assertEquals("Compliance refreshers, monthly", p.getName());
    assertEquals(320, p.getParticipants());
  }

  @Test
  void aFrozenCriterionChangedWithoutARebaselineIsAConflictNotASilentChange() {
    StrategyModel b = Fixtures.copy();
    StrategyModel o = Fixtures.copy();
    StrategyModel t = Fixtures.copy();
    Fixtures.<SuccessCriterion>find(t, "cr-rp-1").setThreshold(1.5); // edited outside Wedge: no re-baseline record
    Fixtures.<Pilot>find(o, "p-roleplay").setParticipants(42);

    MergeResult r = merge(b, o, t);
    assertEquals(1, r.conflicts().size(), r.conflicts().toString());
    Conflict c = r.conflicts().get(0);
    assertEquals(Kind.FROZEN_CRITERION, c.kind());
    assertEquals("cr-rp-1", c.objectId());
    assertEquals(List.of(Choice.FROZEN, Choice.REBASELINE), c.choices());
    assertTrue(c.message().contains("threshold of 'Win rate at least 3 points above the\u2026' was frozen at 3.0"
        + " when the pilot started; the merge would make it 1.5 without a recorded re-baseline"), c.message());
    assertEquals(3.0, Fixtures.<SuccessCriterion>find(r.model(), "cr-rp-1").getThreshold());
    assertEquals(42, Fixtures.<Pilot>find(r.model(), "p-roleplay").getParticipants());

    MergeResult rebased = r.resolve(Map.of(c.key(), Resolution.rebaseline("Comparison teams were merged")));
    assertTrue(rebased.clean());
    SuccessCriterion crit = Fixtures.find(rebased.model(), "cr-rp-1");
    assertEquals(1.5, crit.getThreshold());
    Rebaseline record = ((Pilot) crit.eContainer()).getRebaselines().get(0);
    assertEquals(crit, record.getCriterion());
    assertEquals(TODAY, record.getDate());
    assertEquals("threshold: 3.0 \u2192 1.5", record.getChange());
    assertEquals("Comparison teams were merged", record.getReason());
  }

  @Test
  void startingAPilotWhileTheOtherSideEditsItsCriteriaNeedsARebaseline() {
    StrategyModel b = Fixtures.copy();
    Pilot draft = Fixtures.find(b, "p-compliance");
    SuccessCriterion crit = WedgeFactory.eINSTANCE.createSuccessCriterion();
    crit.setId("cr-comp-1");
    crit.setDescription("Incidents down by a quarter");
    crit.setThreshold(25.0);
    draft.getCriteria().add(crit);
    StrategyModel o = EcoreUtil.copy(b);
    StrategyModel t = EcoreUtil.copy(b);
    Pilot started = Fixtures.find(o, "p-compliance");
    started.setStatus(PilotStatus.RUNNING);
    started.setFrozenOn(TODAY);
    Fixtures.<SuccessCriterion>find(t, "cr-comp-1").setThreshold(10.0);

    MergeResult r = merge(b, o, t);
    assertEquals(1, r.conflicts().size(), r.conflicts().toString());
    assertEquals(Kind.FROZEN_CRITERION, r.conflicts().get(0).kind());
    assertEquals(25.0, Fixtures.<SuccessCriterion>find(r.model(), "cr-comp-1").getThreshold());
    assertEquals(PilotStatus.RUNNING, Fixtures.<Pilot>find(r.model(), "p-compliance").getStatus());
  }

  @Test
  void contentOfAPluginThatIsNotInstalledIsMergedWholeById() {
    StrategyModel b = Fixtures.copy();
    StrategyModel o = Fixtures.copy();
    StrategyModel t = Fixtures.copy();
    setOpaque(o, "rd-1", "notes", "ours");
    setOpaque(t, "rd-2", "notes", "theirs");
    MergeResult r = merge(b, o, t);
    assertTrue(r.conflicts().isEmpty(), r.conflicts().toString());
    assertEquals("ours", opaque(r.model(), "rd-1", "notes"));
    assertEquals("theirs", opaque(r.model(), "rd-2", "notes"));
    assertEquals(3, extensions(r.model()).size());

    setOpaque(t, "rd-1", "notes", "theirs too");
    MergeResult both = merge(b, o, t);
    assertEquals(1, both.conflicts().size(), both.conflicts().toString());
    assertEquals("rd-1", both.conflicts().get(0).objectId());
    assertEquals("theirs too",
        opaque(both.resolveAll(Choice.THEIRS).model(), "rd-1", "notes"));
  }

  private static List<EObject> extensions(StrategyModel m) {
    List<EObject> out = new ArrayList<>();
    AnyType unknown = ((org.eclipse.emf.ecore.xmi.XMLResource) m.eResource()).getEObjectToExtensionMap().get(m);
    for (FeatureMap.Entry e : unknown.getMixed()) {
      if (e.getValue() instanceof EObject x) {
        out.add(x);
      }
    }
    return out;
  }

  private static EObject extension(StrategyModel m, String id) {
    for (EObject x : extensions(m)) {
      if (id.equals(opaqueValue(x, "id"))) {
        return x;
      }
    }
    throw new AssertionError("no extension " + id);
  }

  static String opaque(StrategyModel m, String id, String name) {
    return opaqueValue(extension(m, id), name);
  }

  private static String opaqueValue(EObject x, String name) {
    EStructuralFeature f = x.eClass().getEStructuralFeature(name);
    if (f instanceof EAttribute) {
      return String.valueOf(x.eGet(f));
    }
    for (FeatureMap.Entry e : ((AnyType) x).getAnyAttribute()) {
      if (e.getEStructuralFeature().getName().equals(name)) {
        return String.valueOf(e.getValue());
      }
    }
    return null;
  }

  static void setOpaque(StrategyModel m, String id, String name, String value) {
    EObject x = extension(m, id);
    EStructuralFeature f = x.eClass().getEStructuralFeature(name);
    if (f instanceof EAttribute) {
      x.eSet(f, value);
      return;
    }
    FeatureMap attrs = ((AnyType) x).getAnyAttribute();
    for (int i = 0; i < attrs.size(); i++) {
      if (attrs.getEStructuralFeature(i).getName().equals(name)) {
        attrs.setValue(i, value);
        return;
      }
    }
    throw new AssertionError("no " + name + " on " + id);
  }
}
