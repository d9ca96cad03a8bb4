package dev.wedge.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.cli.WedgeApplication;

/**
 * The example's figures say no more than the numbers: scrap learning is an intention without a price, an ROI names
 * the effect it rests on and is a projection when that effect is not established, and a headline under weak evidence
 * has no causal verb.
 */
class ClaimsTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private String evidence(String pilot) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(ExitCodes.OK, WedgeApplication.run(List.of("evidence", EvidenceCommandTest.EXAMPLE, "--pilot", pilot,
        "--today", "2026-11-29"), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)), () -> err.toString(StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void scrapLearningIsAnIntentionWithNoPriceAndAFollowUpDate() {
    String text = evidence("p-onboarding");
    String scrap = text.lines().filter(l -> l.startsWith("  scrap learning: ")).findFirst().orElseThrow();
    // 82% planning to apply of the 64 participants; the pilot ends 2026-05-04 + 6 weeks = 2026-06-15, and the
    // follow-up 60 days later is 2026-08-14 (15 days left in June, 31 in July, 14 in August)
    assertTrue(scrap.contains("an intention to apply, not application: 82% of the pilot's 64 participants"), scrap);
    assertTrue(scrap.contains("a predicted scrap learning of 18%"), scrap);
    assertTrue(scrap.contains("due on 2026-08-14"), scrap);
    assertFalse(scrap.contains("EUR"), "no money is put on an intention: " + scrap);
  }

  @Test
  void anInconclusiveEffectGivesAProjectionNotAnRoi() {
    String text = evidence("p-roleplay");
    String headline = text.lines().skip(1).findFirst().orElseThrow();
    // the benefit line assumes 3 points, the pilot's target: 3 x EUR 18,000 x 50% x 70% = 18,900 against 47,400 of
    // costs is (18,900 - 47,400) / 47,400 = -60%. At the measured 1.7 points: 1.7 x 6,300 = 10,710, -77%; the
    // interval's ends 0.37 and 3.03 give 2,331 (-95%) and 19,089 (-60%)
    assertTrue(headline.contains("; projected ROI \u221260% if the effect were the 3 points assumed (the pilot's"
        + " target), not a result: the measured effect is inconclusive and provisional"), headline);
    assertFalse(headline.contains("; ROI "), "no ROI presented as achieved: " + headline);
    assertTrue(text.contains("    basis: projection, projected ROI \u221260% if the effect were the 3 points assumed"
        + " (the pilot's target), not a result: the measured effect is inconclusive and provisional; at the 1.7 points"
        + " measured, \u221277% (\u221295% to \u221260% across its 95% interval)"), text);
    assertTrue(text.contains("    input: Win rate +3 points on the pilot teams' pipeline: effect used 3 points"
        + " (assumed by the benefit line, the pilot's target effect; measured 1.7 points, 95% interval 0.4 to 3,"
        + " which differs from the effect used) \u00d7 EUR 18,000 per point \u00d7 50% confidence \u00d7 70%"
        + " attributed = EUR 18,900 a year"), text);
  }

  @Test
  void aHeadlineUnderWeakEvidenceSaysWhatMovedWithoutACausalVerb() {
    String headline = evidence("p-roleplay").lines().skip(1).findFirst().orElseThrow().strip();
    assertTrue(headline.startsWith("the pilot cohort's broker sales win rate was 1.7 points (+7%) above the"
        + " comparison group's; the 95% interval (0.4 to 3 points) excludes no change, but evidence 1 of 5 (very weak) is"
        + " too weak to credit the pilot with it yet"), headline);
    for (String verb : List.of("changed ", "raised ", "cut ", "lowered ")) {
      assertFalse(headline.contains(verb), verb + "in " + headline);
    }
  }

  @Test
  void anRoiOnAnAssumedEffectSaysSoAndGivesTheMeasuredOne() {
    String text = evidence("p-onboarding");
    String headline = text.lines().skip(1).findFirst().orElseThrow();
    // 12 days x 120 hires x EUR 310 x 70% x 80% = 249,984, ROI 171% on 92,400; 12 is below the interval's lower
    // end 12.4. At the measured 17.69 days: 17.69 x 20,832 = 368,518, ROI 299%; at 12.41: 258,525, 180%; at
    // 22.97: 478,511, 418%
    assertTrue(headline.contains("; ROI 171% at the 12 days per hire assumed, below the 95% interval of the 17.7 days"
        + " measured (conservative)"), headline);
    assertTrue(text.contains("    basis: result, ROI 171% at the 12 days per hire assumed, below the 95% interval of"
        + " the 17.7 days measured (conservative); at the 17.7 days measured, 299% (180% to 418% across its 95%"
        + " interval)"), text);
    assertTrue(headline.startsWith("  cut new-advisor time to productivity by 17.7 days"), headline);
    assertTrue(text.contains("    input: Earlier productivity: 12 days sooner for 120 hires a year (1,440 hire-days"
        + " at EUR 310): effect used 12 days per hire (assumed by the benefit line; measured 17.7 days, 95% interval"
        + " 12.4 to 23, which differs from the effect used) \u00d7 120 hires a year \u00d7 EUR 310 per day \u00d7 70%"
        + " confidence \u00d7 80% attributed = EUR 249,984 a year"), text);
  }
}
