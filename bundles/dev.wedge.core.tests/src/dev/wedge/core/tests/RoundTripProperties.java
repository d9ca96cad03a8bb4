package dev.wedge.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.wedge.core.persistence.LoadedModel;
import dev.wedge.core.persistence.ModelSaveException;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.core.persistence.TextValues;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.WedgeFactory;
import dev.wedge.model.WedgePackage;
import dev.wedge.model.resource.WedgeResource;
import dev.wedge.model.resource.WedgeResourceFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What Wedge writes it reads back, whatever the texts: every string field of every class of the model filled with
 * random strings (entities, quotes, "]]>", non-BMP characters, control characters and lone surrogates XML 1.0 cannot
 * hold), at a few dozen objects and at 100,000. A model whose texts can all be written saves, opens as an equal model
 * and saves again to the same bytes (the suite also reads back every save, {@code wedge.save.verify}); one that holds
 * an unwritable character is refused with the field named and nothing is written.
 */
class RoundTripProperties {

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> anyChar = Arbitraries.strings().withCharRange('\u0000', '\uffff').ofMaxLength(12);
    Arbitrary<String> markup = Arbitraries.strings().withChars("&<>\"';]]#x\t\n\r ").ofMaxLength(12);
    Arbitrary<String> astral = Arbitraries.integers().between(0x10000, 0x10FFFF).list().ofMaxSize(4)
        .map(cps -> cps.stream().map(cp -> new String(Character.toChars(cp))).reduce("", String::concat));
    Arbitrary<String> words = Arbitraries.of("HR & Payroll", "&amp;", "&lt;tag&gt;", "]]>", "<![CDATA[x]]>",
        "\"quoted\"", "it's", "Åsa Lindqvist", "Zoë", "Łukasz Wiśniewski", "  padded  ", "line\r\nbreak");
    return Arbitraries.oneOf(anyChar, markup, astral, words, Arbitraries.strings().alpha().ofMaxLength(8))
        .list().ofMinSize(1).ofMaxSize(3).map(parts -> String.join("", parts));
  }

  @Provide
  Arbitrary<List<String>> pools() {
    return texts().list().ofMinSize(20).ofMaxSize(60);
  }

  @Property(tries = 150)
  void everyStringFieldOfASmallModelRoundTrips(@ForAll("pools") List<String> strings, @ForAll long seed)
      throws Exception {
    roundTrip(build(strings, seed, 40), strings); // refused when a text cannot be written, else read back
    roundTrip(build(writable(strings), seed, 40), strings); // the same texts without what XML cannot hold
  }

  /** {@code strings} without the characters XML 1.0 cannot hold (a text that is left empty becomes "x"). */
  static List<String> writable(List<String> strings) {
    List<String> out = new ArrayList<>();
    for (String s : strings) {
      StringBuilder b = new StringBuilder(s);
      for (int i; (i = TextValues.firstUnwritable(b.toString())) >= 0;) {
        b.deleteCharAt(i);
      }
      out.add(b.isEmpty() ? "x" : b.toString());
    }
    return out;
  }

  @Property(tries = 2)
  void everyStringFieldAtOneHundredThousandObjectsRoundTrips(@ForAll("pools") List<String> strings,
      @ForAll long seed) throws Exception {
    StrategyModel m = build(writable(strings), seed, 100_000);
    assertTrue(count(m) >= 100_000, "objects: " + count(m));
    roundTrip(m, strings);
  }

  private static void roundTrip(StrategyModel m, List<String> strings) throws Exception {
    assertTrue(Boolean.getBoolean("wedge.save.verify"), "the suite reads back every save");
    Path dir = Files.createTempDirectory("wedge-roundtrip");
    Path file = dir.resolve("random.wedge");
    WedgeResource r = (WedgeResource) new WedgeResourceFactory().createResource(URI.createFileURI(file.toString()));
    r.getContents().add(m);
    boolean writable = allWritable(m);
    try {
      ModelStore.save(r, file);
      assertTrue(writable, "a model with an unwritable character was saved");
      LoadedModel back = ModelStore.load(file);
      assertTrue(EcoreUtil.equals(m, back.model()), "the model read back is the model saved");
      byte[] first = Files.readAllBytes(file);
      ModelStore.save(back.resource(), file);
      assertEquals(new String(first, java.nio.charset.StandardCharsets.UTF_8),
          Files.readString(file), "saving what was read writes the same bytes");
    } catch (ModelSaveException e) {
      assertFalse(writable, () -> "a writable model was refused: " + e.getMessage());
      assertTrue(e.getMessage().matches("(?s)Could not save random\\.wedge: '\\w+' of \\w+.* contains .*, which a"
          + " \\.wedge file \\(XML\\) cannot hold; remove it\\. The previous version of the file is intact\\."),
          e.getMessage());
      assertFalse(Files.exists(file), "nothing was written");
    } finally {
      try (var s = Files.list(dir)) {
        for (Path p : s.toList()) {
          Files.delete(p);
        }
      }
      Files.delete(dir);
    }
  }

  private static boolean allWritable(EObject root) {
    List<EObject> all = new ArrayList<>();
    all.add(root);
    root.eAllContents().forEachRemaining(all::add);
    for (EObject o : all) {
      for (EAttribute a : o.eClass().getEAllAttributes()) {
        if (a.getEAttributeType().getInstanceClass() == String.class && o.eIsSet(a)) {
          Object v = o.eGet(a);
          for (Object x : v instanceof List<?> l ? l : List.of(v)) {
            if (!TextValues.writable((String) x)) {
              return false;
            }
          }
        }
      }
    }
    return true;
  }

  /** A model with objects of every class, every string field drawn from {@code strings}, about {@code size} objects. */
  static StrategyModel build(List<String> strings, long seed, int size) {
    Random random = new Random(seed);
    StrategyModel m = WedgeFactory.eINSTANCE.createStrategyModel();
    fill(m, strings, random);
    int[] made = {1};
    while (made[0] < size) {
      grow(m, strings, random, 0, made, size);
    }
    return m;
  }

  private static void grow(EObject o, List<String> strings, Random random, int depth, int[] made, int size) {
    for (EReference ref : o.eClass().getEAllContainments()) {
      if (made[0] >= size || depth > 3 || ref.isDerived() || ref.isTransient()) {
        continue;
      }
      EClass type = concrete(ref.getEReferenceType());
      if (type == null) {
        continue;
      }
      if (ref.isMany()) {
        @SuppressWarnings("unchecked")
        EList<EObject> list = (EList<EObject>) o.eGet(ref);
        EObject child = WedgeFactory.eINSTANCE.create(type);
        fill(child, strings, random);
        list.add(child);
        made[0]++;
        grow(child, strings, random, depth + 1, made, size);
      } else if (o.eGet(ref) == null) {
        EObject child = WedgeFactory.eINSTANCE.create(type);
        fill(child, strings, random);
        o.eSet(ref, child);
        made[0]++;
        grow(child, strings, random, depth + 1, made, size);
      }
    }
  }

  private static EClass concrete(EClass type) {
    if (!type.isAbstract() && type.getEPackage() == WedgePackage.eINSTANCE) {
      return type;
    }
    for (EClassifier c : WedgePackage.eINSTANCE.getEClassifiers()) {
      if (c instanceof EClass k && !k.isAbstract() && type.isSuperTypeOf(k)) {
        return k;
      }
    }
    return null;
  }

  private static void fill(EObject o, List<String> strings, Random random) {
    for (EAttribute a : o.eClass().getEAllAttributes()) {
      if (a.getEAttributeType().getInstanceClass() != String.class || !a.isChangeable() || a.isDerived()
          || a.isTransient() || a.isID()) {
        continue;
      }
      String s = strings.get(random.nextInt(strings.size()));
      if (a.isMany()) {
        @SuppressWarnings("unchecked")
        EList<String> list = (EList<String>) o.eGet(a);
        list.add(s);
      } else {
        o.eSet(a, s);
      }
    }
  }

  private static int count(EObject root) {
    int n = 1;
    for (var it = root.eAllContents(); it.hasNext(); it.next()) {
      n++;
    }
    return n;
  }
}
