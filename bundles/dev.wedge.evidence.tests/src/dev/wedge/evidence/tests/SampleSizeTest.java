package dev.wedge.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import dev.wedge.evidence.SampleSize;

/** Reference values of standard power tables (Cohen 1988, table 2.4.1), as docs/evidence.md cites them. */
class SampleSizeTest {

  @Test
  void halfAStandardDeviationNeeds63PerGroupAnd64WithTheTTest() {
    assertEquals(62.79, SampleSize.perGroupExact(1, 0.5, 0.05, 0.8), 0.01);
    assertEquals(63, SampleSize.perGroup(10, 5, 0.05, 0.8));
    assertEquals(64, SampleSize.perGroupTTest(10, 5, 0.05, 0.8));
  }

  @Test
  void cohensTableValues() {
    // d = 0.2 / 0.8 at alpha .05 two-sided, power .8: 393 and 25 per group (normal approximation: 393, 25)
    assertEquals(393, SampleSize.perGroup(1, 0.2, 0.05, 0.8));
    assertEquals(25, SampleSize.perGroup(1, 0.8, 0.05, 0.8));
    // power .9, d = .5: 84.1 -> 85
    assertEquals(85, SampleSize.perGroup(1, 0.5, 0.05, 0.9));
  }

  @Test
  void minimumDetectableEffectIsTheInverse() {
    assertEquals(0.5, SampleSize.minimumDetectableEffect(1, 63, 0.05, 0.8), 0.002);
    assertEquals(3.96, SampleSize.minimumDetectableEffect(8, 64, 0.05, 0.8), 0.005);
  }

  @Test
  void pairedDesignNeedsHalfAsManyAtCorrelationOneHalf() {
    assertEquals(32, SampleSize.paired(1, 0.5, 0.05, 0.8));
  }

  @Test
  void nonsenseInputIsRefusedWithTheValueNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SampleSize.perGroup(0, 1, 0.05, 0.8));
    assertEquals("the standard deviation must be positive, not 0.0", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> SampleSize.perGroup(1, 0, 0.05, 0.8));
    assertThrows(IllegalArgumentException.class, () -> SampleSize.perGroup(1, 1, 1.5, 0.8));
  }
}
