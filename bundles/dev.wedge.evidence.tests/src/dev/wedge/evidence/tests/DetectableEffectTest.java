package dev.wedge.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.wedge.evidence.Power;

/**
 * The smallest detectable effect, as remembered per degrees of freedom: at every standard error it is the effect at
 * which the power (tested against published tables in PowerReferenceTest) reaches the target, and no smaller one is.
 */
class DetectableEffectTest {

  @Test
  void theDetectableEffectIsWhereThePowerReachesTheTargetAtAnyStandardError() {
    for (double df : new double[] {3, 12.4, 58, 230}) {
      for (double se : new double[] {0.013, 1, 2.7, 480}) {
        for (int again = 0; again < 2; again++) { // the second time from what was remembered
          double mde = Power.detectable(se, df, 0.05, 0.8);
          assertEquals(0.8, Power.power(se, df, mde, 0.05), 1e-9, "df " + df + ", se " + se);
          assertTrue(Power.power(se, df, mde * 0.999, 0.05) < 0.8, "nothing smaller reaches it");
        }
      }
    }
  }

  @Test
  void aStandardErrorThatIsNoneIsRefusedAsBefore() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> Power.detectable(0, 10, 0.05, 0.8));
  }
}
