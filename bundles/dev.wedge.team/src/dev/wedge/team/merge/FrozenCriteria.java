package dev.wedge.team.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.wedge.core.method.PilotRules;
import dev.wedge.model.Ids;
import dev.wedge.model.Pilot;
import dev.wedge.model.Rebaseline;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.SuccessCriterion;
import dev.wedge.model.WedgeFactory;
import dev.wedge.model.WedgePackage;
import dev.wedge.team.merge.Conflict.Kind;
import dev.wedge.team.merge.Snapshot.Node;

/**
 * The method's rule on a merged model: a running pilot's success criteria are those fixed when it started, changed
 * only by a recorded re-baseline. A merge can break it where a plain edit cannot (one person starts the pilot while
 * another still edits a criterion, or a file was edited outside Wedge): each such change is a conflict, by default
 * undone (the frozen value stays) and kept only as a re-baseline with a reason.
 */
final class FrozenCriteria {

  private final Snapshot base;
  private final Snapshot ours;
  private final Snapshot theirs;
  private final Map<String, Resolution> resolutions;
  private final LocalDate today;
  private final Map<String, Conflict> conflicts;

  FrozenCriteria(Snapshot base, Snapshot ours, Snapshot theirs, Map<String, Resolution> resolutions, LocalDate today,
      Map<String, Conflict> conflicts) {
    this.base = base;
    this.ours = ours;
    this.theirs = theirs;
    this.resolutions = resolutions;
    this.today = today;
    this.conflicts = conflicts;
  }

  void check(StrategyModel merged) {
    Map<String, EObject> byId = new HashMap<>();
    for (var it = merged.eAllContents(); it.hasNext();) {
      EObject o = it.next();
      String id = Snapshot.idOf(o);
      if (id != null) {
        byId.put(id, o);
      }
    }
    for (Pilot p : List.copyOf(merged.getPilots())) {
      if (PilotRules.frozen(p)) {
        check(p, byId);
      }
    }
  }

  /** The version whose criteria were frozen: the base if the pilot ran there, else the side that started it. */
  private Snapshot frozenIn(String pilotId) {
    if (frozen(base, pilotId)) {
      return base;
    }
    if (frozen(ours, pilotId)) {
      return ours;
    }
    return frozen(theirs, pilotId) ? theirs : null;
  }

  private static boolean frozen(Snapshot s, String pilotId) {
    Node n = s.get(pilotId);
    return n != null && n.object instanceof Pilot p && PilotRules.frozen(p);
  }

  private void check(Pilot p, Map<String, EObject> byId) {
    Snapshot ref = frozenIn(p.getId());
    if (ref == null) {
      return; // started by neither version: nothing was frozen before this merge
    }
    Pilot frozen = (Pilot) ref.get(p.getId()).object;
    Set<String> recorded = new LinkedHashSet<>();
    Set<String> oldRecords = new LinkedHashSet<>();
    frozen.getRebaselines().forEach(r -> oldRecords.add(r.getId()));
    for (Rebaseline r : p.getRebaselines()) {
      if (!oldRecords.contains(r.getId()) && r.getCriterion() != null) {
        recorded.add(r.getCriterion().getId()); // a re-baseline made with the change: the change is deliberate
      }
    }
    Map<String, SuccessCriterion> before = new java.util.LinkedHashMap<>();
    frozen.getCriteria().forEach(c -> before.put(c.getId(), c));
    Map<String, SuccessCriterion> now = new java.util.LinkedHashMap<>();
    p.getCriteria().forEach(c -> now.put(c.getId(), c));
    for (SuccessCriterion c : List.copyOf(now.values())) {
      if (recorded.contains(c.getId())) {
        continue;
      }
      SuccessCriterion f = before.get(c.getId());
      if (f == null) {
        added(p, c, frozen);
        continue;
      }
      for (EStructuralFeature feature : Features.of(c.eClass())) {
        if (feature == WedgePackage.Literals.SUCCESS_CRITERION__LAST_EDITED_ON) {
          continue;
        }
        Object was = value(f, feature);
        Object is = value(c, feature);
        if (!Objects.equals(was, is)) {
          changed(p, c, feature, f, was, is, byId);
        }
      }
    }
    for (SuccessCriterion f : before.values()) {
      if (!now.containsKey(f.getId()) && !recorded.contains(f.getId())) {
        removed(p, f, frozen, byId);
      }
    }
  }

  private static Object value(EObject o, EStructuralFeature f) {
    Object v = o.eGet(f, false);
    if (f instanceof EReference) {
      if (v instanceof List<?> l) {
        List<String> ids = new ArrayList<>();
        l.forEach(x -> ids.add(Snapshot.idOf((EObject) x)));
        return ids;
      }
      return v == null ? null : Snapshot.idOf((EObject) v);
    }
    return v instanceof List<?> l ? List.copyOf(l) : v;
  }

  private String sideText(Snapshot s, String criterionId, EStructuralFeature f, Object frozenValue) {
    Node n = s.get(criterionId);
    if (n == null) {
      return "no such criterion";
    }
    return words(f, value(n.object, f));
  }

  private String words(EStructuralFeature f, Object v) {
    return Words.value(f, v, id -> {
      for (Snapshot s : List.of(ours, theirs, base)) {
        Node n = s.get(id);
        if (n != null) {
          return Words.object(n.object);
        }
      }
      return id;
    });
  }

  private Resolution resolution(String key) {
    return resolutions.get(key);
  }

  private void report(String key, Pilot p, SuccessCriterion c, String field, String before, String o, String t,
      Resolution r) {
    String subject = Words.object(p);
    conflicts.putIfAbsent(key, new Conflict(key, Kind.FROZEN_CRITERION, c.getId(), null, subject, field, before, o, t,
        List.of(Choice.FROZEN, Choice.REBASELINE), r != null ? r : Resolution.of(Choice.FROZEN), r != null));
  }

  private void changed(Pilot p, SuccessCriterion c, EStructuralFeature feature, SuccessCriterion frozen, Object was,
      Object is, Map<String, EObject> byId) {
    String key = "frozen:" + c.getId() + ":" + feature.getName();
    Resolution r = resolution(key);
    String field = Words.feature(feature) + " of " + Words.label(frozen).map(l -> "'" + l + "'").orElse("a criterion");
    String wasText = words(feature, was);
    report(key, p, c, field, wasText, sideText(ours, c.getId(), feature, was), sideText(theirs, c.getId(), feature, was),
        r);
    if (r != null && r.choice() == Choice.REBASELINE) {
      record(p, c, feature.getName() + ": " + wasText + " \u2192 " + words(feature, is), r.text());
      return;
    }
    // the frozen value stays
    if (feature instanceof EAttribute) {
      if (was == null) {
        c.eUnset(feature);
      } else if (feature.isMany()) {
        @SuppressWarnings("unchecked")
        List<Object> l = (List<Object>) c.eGet(feature);
        l.clear();
        l.addAll((List<?>) was);
      } else {
        c.eSet(feature, was);
      }
    } else if (feature.isMany()) {
      @SuppressWarnings("unchecked")
      List<EObject> l = (List<EObject>) c.eGet(feature);
      l.clear();
      for (Object id : (List<?>) was) {
        if (byId.get(id) != null) {
          l.add(byId.get(id));
        }
      }
    } else {
      c.eSet(feature, was == null ? null : byId.get(was));
    }
  }

  private void added(Pilot p, SuccessCriterion c, Pilot frozen) {
    String key = "frozen:" + c.getId() + ":added";
    Resolution r = resolution(key);
    String label = Words.label(c).map(l -> "'" + l + "'").orElse("a criterion");
    report(key, p, c, "criterion " + label, "not one of its criteria", ours.get(c.getId()) != null ? "added it" : "no such criterion",
        theirs.get(c.getId()) != null ? "added it" : "no such criterion", r);
    if (r != null && r.choice() == Choice.REBASELINE) {
      record(p, c, "criteria: added " + label, r.text());
    } else {
      p.getCriteria().remove(c); // the frozen list stays (the criterion is in the conflict, not lost)
    }
  }

  private void removed(Pilot p, SuccessCriterion f, Pilot frozen, Map<String, EObject> byId) {
    String key = "frozen:" + f.getId() + ":removed";
    Resolution r = resolution(key);
    String label = Words.label(f).map(l -> "'" + l + "'").orElse("a criterion");
    report(key, p, f, "criterion " + label, "one of its criteria", ours.get(f.getId()) == null ? "removed it" : "kept it",
        theirs.get(f.getId()) == null ? "removed it" : "kept it", r);
    if (r != null && r.choice() == Choice.REBASELINE) {
      record(p, null, "criteria: removed " + label, r.text());
      return;
    }
    SuccessCriterion back = EcoreUtil.copy(f);
    int at = Math.min(frozen.getCriteria().indexOf(f), p.getCriteria().size());
    p.getCriteria().add(Math.max(at, 0), back);
    // its references point into the frozen version: point them to the merged objects
    for (EReference ref : back.eClass().getEAllReferences()) {
      if (ref.isContainment() || !Features.merged(ref)) {
        continue;
      }
      Object v = value(f, ref);
      if (ref.isMany()) {
        @SuppressWarnings("unchecked")
        List<EObject> l = (List<EObject>) back.eGet(ref);
        l.clear();
        for (Object id : (List<?>) v) {
          if (byId.get(id) != null) {
            l.add(byId.get(id));
          }
        }
      } else {
        back.eSet(ref, v == null ? null : byId.get(v));
      }
    }
  }

  private void record(Pilot p, SuccessCriterion c, String change, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a re-baseline needs its reason");
    }
    Rebaseline r = WedgeFactory.eINSTANCE.createRebaseline();
    r.setId(Ids.newId());
    r.setDate(today);
    r.setReason(reason.strip());
    r.setChange(change);
    r.setCriterion(c);
    p.getRebaselines().add(r);
  }
}
