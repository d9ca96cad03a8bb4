package dev.wedge.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.wedge.core.persistence.ModelStore;
import dev.wedge.model.Consultation;
import dev.wedge.model.Initiative;
import dev.wedge.model.Stakeholder;
import dev.wedge.model.StrategyModel;
import dev.wedge.report.BriefOptions;
import dev.wedge.report.Briefs;
import dev.wedge.report.Privacy;

/**
 * Names stay out of the brief however they are spelled and wherever they are written: the example's people renamed
 * with names of many scripts and shapes, each name written into every free-text field of the model in the ways people
 * type them, and the HTML (text, attributes, inline SVG) and the PDF's text searched for any of them.
 */
class PrivacyTest {

  static final BriefOptions OPTIONS = BriefOptions.defaults().withToday(LocalDate.of(2026, 11, 29));

  /** Stakeholders: a name starting with Å, a single name ending in ë, Polish, hyphenated and multi-part, ... */
  static final List<String> STAKEHOLDERS = List.of("Åsa Lindqvist", "Zoë", "Łukasz Wiśniewski",
      "Anna-Karin Öberg Nilsson", "José María García-López", "Nguyễn Thị Minh Khai", "Siobhán O\u2019Brien",
      "Ørjan", "Ilse van der Berg", "Владимир Петров", "李小龍", "Ngozi Okonjo-Iweala", "Søren Kierkegård",
      "Émilie Dubois", "Oğuz Yılmaz", "Þóra Sigurðardóttir");
  /** People named only in free-text fields: initiative owners, who was consulted. */
  static final List<String> OTHERS = List.of("Ülkü Şahin", "Jürgen Groß", "Kateřina Dvořáková");

  /** Fields that are not free text (codes, keys, the role that stands in for a name). */
  static final Set<String> NOT_FREE_TEXT = Set.of("id", "currency", "timeZone", "disabledAnalyses", "subject",
      "sha256", "importedAt", "settings", "mapping", "subjectKeySalt", "value", "role");

  static StrategyModel model;
  static List<String> names;

  @BeforeAll
  static void modelFullOfNames() throws Exception {
    model = ModelStore.load(BriefTest.EXAMPLE).model();
    List<Stakeholder> people = model.getStakeholders();
    for (int i = 0; i < people.size(); i++) {
      people.get(i).setName(STAKEHOLDERS.get(i % STAKEHOLDERS.size()));
    }
    names = new ArrayList<>(STAKEHOLDERS.subList(0, Math.min(STAKEHOLDERS.size(), people.size())));
    names.addAll(OTHERS);
    int k = 0;
    List<EObject> all = new ArrayList<>();
    model.eAllContents().forEachRemaining(all::add);
    all.add(model);
    for (EObject o : all) {
      if (o instanceof Initiative in) {
        in.setOwner(OTHERS.get(k++ % OTHERS.size()));
      } else if (o instanceof Consultation c) {
        c.setWho(OTHERS.get(k++ % OTHERS.size()));
      }
      for (EAttribute a : o.eClass().getEAllAttributes()) {
        if (a.getEAttributeType() != EcorePackage.Literals.ESTRING || a.isMany() || !a.isChangeable()
            || a.isDerived() || NOT_FREE_TEXT.contains(a.getName()) || o instanceof Stakeholder && a.getName()
                .equals("name") || o instanceof Initiative && a.getName().equals("owner")
            || o instanceof Consultation && a.getName().equals("who")) {
          continue;
        }
        String n = names.get(k++ % names.size());
        Object before = o.eGet(a);
        o.eSet(a, (before == null ? "" : before + " ") + spelled(n, k));
      }
    }
  }

  /** {@code name} as people type it: as is, in capitals, with other spaces, possessive, surname alone ... */
  static String spelled(String name, int k) {
    String[] parts = name.split(" ");
    String last = parts[parts.length - 1];
    return switch (k % 8) {
      case 0 -> "(asked " + name + ")";
      case 1 -> "per " + name.toUpperCase(Locale.ROOT) + ":";
      case 2 -> "with " + name.replace(" ", "\u00a0") + " and team";
      case 3 -> "as " + name.replace(" ", "\n   ") + " noted";
      case 4 -> name + "\u2019s dashboard";
      case 5 -> name.toLowerCase(Locale.ROOT) + "'s note";
      case 6 -> "see " + last + ", who agreed";
      default -> "\u201c" + name + "\u201d";
    };
  }

  @Test
  void noNameOfTheModelAppearsInTheHtmlOrThePdf() throws Exception {
    String html = Briefs.html(model, OPTIONS, null);
    String text = unescape(html);
    assertTrue(text.contains("Chief Financial Officer"), "people appear by their role");
    for (String n : names) {
      assertFalse(contains(text, n), () -> n + " appears in the HTML: " + around(text, n));
      String last = n.split(" ")[n.split(" ").length - 1];
      assertFalse(wholeWord(text, last), () -> last + " (of " + n + ") appears in the HTML: " + around(text, last));
    }
    byte[] pdf = Briefs.pdf(model, OPTIONS, null);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String pdfText = new PDFTextStripper().getText(doc);
      for (String n : names) {
        assertFalse(contains(pdfText, n), () -> n + " appears in the PDF");
      }
      assertFalse(contains(doc.getDocumentInformation().getTitle(), "Lindqvist"));
    }
    String named = Briefs.html(model, OPTIONS.withNames(true, true), null);
    assertTrue(contains(unescape(named), "Åsa Lindqvist"), "with names allowed, they are there");
  }

  @Test
  void namesAreFoundHoweverTheyAreWritten() throws Exception {
    StrategyModel m = ModelStore.load(BriefTest.EXAMPLE).model();
    m.getStakeholders().get(0).setName("Åsa Lindqvist");
    m.getStakeholders().get(0).setRole("Chief Financial Officer");
    m.getStakeholders().get(1).setName("Zoë");
    m.getStakeholders().get(1).setRole("HR lead");
    m.getStakeholders().get(2).setName("Dana Whitfield");
    m.getStakeholders().get(2).setRole("Sponsor");
    m.getStakeholders().get(3).setName("Ann");
    m.getStakeholders().get(3).setRole("Analyst");
    Privacy p = new Privacy(m, false);
    String[][] cases = {
        {"Åsa Lindqvist's dashboard", "Chief Financial Officer's dashboard"},
        {"ÅSA  LINDQVIST agreed", "Chief Financial Officer agreed"},
        {"åsa\u00a0lindqvist", "Chief Financial Officer"},
        {"Åsa\n  Lindqvist", "Chief Financial Officer"},
        {"A\u030asa Lindqvist (decomposed)", "Chief Financial Officer (decomposed)"},
        {"Zoë said; Zoëlle did not", "HR lead said; Zoëlle did not"},
        {"Zoë\u2019s plan", "HR lead\u2019s plan"},
        {"D\u0430na Whitfield (a Cyrillic a)", "Sponsor (a Cyrillic a)"},
        {"Da\u200bna Whit\u00adfield", "Sponsor"},
        {"Dana\u200d Whitfield", "Sponsor"},
        {"\uff24\uff41\uff4e\uff41 \uff37\uff48\uff49\uff54\uff46\uff49\uff45\uff4c\uff44", "Sponsor"},
        {"write to åsa.lindqvist@företag.se today", "write to an e-mail address today"},
        {"dana.whitfield@example.com", "an e-mail address"},
        {"Whitfield agreed; mark the date", "Sponsor agreed; mark the date"},
        {"Lindqvist and Whitfield", "a named person and Sponsor"}, // the example's Emma Lindqvist shares the surname
        {"Annika and Ann", "Annika and Analyst"},
        {"Ånnika is not Ann", "Ånnika is not Analyst"},
        {"Planning", "Planning"},
        {"Goal \u00b7 Dana Whitfield, Sponsor", "Goal \u00b7 Sponsor"}, // the role is not said twice
        {"Åsa Lindqvist (Chief Financial Officer) agreed", "Chief Financial Officer agreed"},
    };
    for (String[] c : cases) {
      assertEquals(c[1], p.text(c[0]), c[0]);
    }
    StrategyModel cjk = ModelStore.load(BriefTest.EXAMPLE).model();
    cjk.getStakeholders().get(0).setName("李小龍");
    cjk.getStakeholders().get(0).setRole("CFO");
    assertEquals("CFO說", new Privacy(cjk, false).text("李小龍說"), "no spaces around names in Chinese");
  }

  /** The text of an XHTML document, tags dropped, entities read (attribute values kept: aria-labels are text). */
  static String unescape(String html) {
    return html.replaceAll("<[^>]*?(?:aria-label|alt|title)=\"([^\"]*)\"[^>]*>", " $1 ").replaceAll("<[^>]+>", " ")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&apos;", "'").replace("&amp;", "&");
  }

  /** Case, white space, compatibility forms and invisible characters aside: an oracle simpler than the filter. */
  static String plain(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("[\\p{Cf}\u00ad]", "")
        .replaceAll("[\\s\\p{Z}]+", " ").replace('\u2019', '\'').toLowerCase(Locale.ROOT);
  }

  static boolean contains(String text, String name) {
    return text != null && plain(text).contains(plain(name));
  }

  static boolean wholeWord(String text, String word) {
    return Pattern.compile("(?<![\\p{L}\\p{M}])" + Pattern.quote(Normalizer.normalize(word, Normalizer.Form.NFC))
        + "(?![\\p{L}\\p{M}])").matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).find();
  }

  static String around(String text, String what) {
    int i = plain(text).indexOf(plain(what).split(" ")[0]);
    String p = plain(text);
    return i < 0 ? "" : p.substring(Math.max(0, i - 80), Math.min(p.length(), i + 80));
  }
}
