package dev.wedge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import dev.wedge.ui.emf.ColumnWidths;

/** How a table's width is shared among its columns: by weight, none below its header. */
class ColumnWidthsTest {

  @Test
  void wideEnoughEveryColumnGetsItsShareOfTheWidth() {
    assertArrayEquals(new int[] {500, 250, 250}, ColumnWidths.shares(1000, new int[] {2, 1, 1}, new int[] {50, 50, 50}));
  }

  @Test
  void aColumnWhoseShareIsBelowItsHeaderGetsTheHeaderAndTheOthersShareTheRest() {
    int[] headers = {57, 64, 68, 116, 76, 110, 96, 128, 79}; // about the Pilots overview's headers
    int[] widths = ColumnWidths.shares(990, new int[] {250, 80, 165, 160, 55, 100, 125, 160, 80}, headers);
    assertEquals(76, widths[4], "Criteria keeps its header's width");
    for (int i = 0; i < widths.length; i++) {
      assertTrue(widths[i] >= headers[i], "column " + i + ": " + Arrays.toString(widths));
    }
    assertTrue(widths[0] >= 185, "the pilot's name keeps the larger share: " + Arrays.toString(widths));
    int sum = Arrays.stream(widths).sum();
    assertTrue(sum <= 990 && sum >= 990 - widths.length, "they fill the table: " + sum);
  }

  @Test
  void narrowerThanTheHeadersTheHeadersWin() {
    assertArrayEquals(new int[] {80, 60}, ColumnWidths.shares(100, new int[] {1, 1}, new int[] {80, 60}));
  }
}
