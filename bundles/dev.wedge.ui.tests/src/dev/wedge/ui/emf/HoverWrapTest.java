package dev.wedge.ui.emf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The sentence next to a cell whose text does not fit is broken into lines that stay within the window. */
class HoverWrapTest {

  @Test
  void aLongSentenceIsBrokenAtSpacesAndKeepsEveryWord() {
    String s = "'1,250' can be read two ways: 1250 (the ',' groups thousands) or 1.25 (the ',' is the decimal mark)."
        + " Write 1250 for the one, 1.25 for the other: the measurement keeps its value";
    String wrapped = NatTableEditing.wrap(s, 90);
    for (String line : wrapped.split("\n")) {
      assertTrue(line.length() <= 91, line);
    }
    assertEquals(s, wrapped.replace('\n', ' '), "only spaces became line breaks");
    assertTrue(wrapped.contains("\n"));
    assertEquals("Influence: 'lots' is not a whole number.", NatTableEditing.wrap(
        "Influence: 'lots' is not a whole number.", 90), "a short sentence stays one line");
  }
}
