package dev.wedge.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

import dev.wedge.evidence.Statistics;

/**
 * Difference in differences on a textbook's data: Wooldridge, Introductory Econometrics: A Modern Approach, example
 * 13.3 (the effect of a garbage incinerator's location on house prices, data set KIELMC, 321 sales). The OLS
 * regression rprice = b0 + b1 y81 + b2 nearinc + d y81 x nearinc gives d = -11,863.90 with a standard error of
 * 7,456.65 (equation 13.7; and the separate regressions 82,517.23 - 18,824.37 nearinc for 1978 and
 * 101,307.51 - 30,688.27 nearinc for 1981).
 */
class DidReferenceTest {

  private static double[][] cells() throws IOException {
    List<List<Double>> c = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      c.add(new ArrayList<>());
    }
    for (String line : Files.readAllLines(Path.of("data/kielmc.csv"))) {
      if (line.startsWith("#") || line.startsWith("year")) {
        continue;
      }
      String[] f = line.split(",");
      int after = f[0].equals("1981") ? 1 : 0;
      int near = Integer.parseInt(f[1]);
      c.get(near * 2 + after).add(Double.parseDouble(f[2]));
    }
    double[][] out = new double[4][];
    for (int i = 0; i < 4; i++) {
      out[i] = c.get(i).stream().mapToDouble(Double::doubleValue).toArray();
    }
    return out; // far 1978, far 1981, near 1978, near 1981
  }

  @Test
  void theEstimateAndTheConventionalStandardErrorAreTheTextbooks() throws IOException {
    double[][] c = cells();
    assertEquals(321, c[0].length + c[1].length + c[2].length + c[3].length);
    // the "pilot" is the houses near the incinerator, the comparison those far from it
    Statistics.DidStandardErrors d = Statistics.didStandardErrors(c[2], c[3], c[0], c[1]);
    assertEquals(-11_863.90, d.estimate(), 0.005);
    assertEquals(7_456.65, d.conventionalSe(), 0.005);
    assertEquals(317, d.conventionalDf(), 1e-9);
    assertEquals(82_517.23, Statistics.average(c[0]), 0.005);
    assertEquals(-18_824.37, Statistics.average(c[2]) - Statistics.average(c[0]), 0.005);
    assertEquals(-30_688.27, Statistics.average(c[3]) - Statistics.average(c[1]), 0.005);
  }

  @Test
  void theIntervalUsesTheLargerOfTheConventionalAndTheRobustStandardError() throws IOException {
    double[][] c = cells();
    Statistics.DidStandardErrors s = Statistics.didStandardErrors(c[2], c[3], c[0], c[1]);
    // the cells' own variances (HC2 of the saturated regression; numpy's least squares gives 8,665.88) are larger
    // here than the pooled one, so they make the interval
    assertEquals(8_665.88, s.robustSe(), 0.005);
    Statistics.Difference d = Statistics.differenceInDifferences(c[2], c[3], c[0], c[1], 0.95);
    assertEquals(s.robustSe(), d.se(), 1e-9);
    double q = new TDistribution(null, d.df()).inverseCumulativeProbability(0.975);
    assertEquals(-11_863.90 - q * 8_665.88, d.lower(), 0.1);
    assertEquals(-11_863.90 + q * 8_665.88, d.upper(), 0.1);
    assertTrue(d.lower() < 0 && d.upper() > 0, "as in the textbook, not distinguishable from no effect at 5%");
  }
}
