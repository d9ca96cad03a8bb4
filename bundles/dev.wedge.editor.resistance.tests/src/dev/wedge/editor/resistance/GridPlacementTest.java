package dev.wedge.editor.resistance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.wedge.model.Stakeholder;
import dev.wedge.model.WedgeFactory;

/** Where the power/interest grid puts each stakeholder, in pixels, without a display. */
class GridPlacementTest {

  private static Stakeholder person(String name, int influence, int interest) {
    Stakeholder s = WedgeFactory.eINSTANCE.createStakeholder();
    s.setName(name);
    s.setInfluence(influence);
    s.setInterest(interest);
    return s;
  }

  @Test
  void theScoresSpanThePlotAndAPixelReadsBackAsItsScore() {
    GridPlacement g = new GridPlacement(594, 578, List.of()); // a plot of 500 x 500 pixels
    assertEquals(500, g.plotWidth);
    assertEquals(500, g.plotHeight);
    assertEquals(GridPlacement.LEFT + 50, g.x(1), 1e-9, "interest 1 is the middle of the first fifth");
    assertEquals(GridPlacement.TOP + 450, g.y(1), 1e-9, "influence goes up");
    assertEquals(4.0, g.interestAt((int) g.x(4)), 1e-9);
    assertEquals(2.0, g.influenceAt((int) g.y(2)), 1e-9);
  }

  @Test
  void aLonePersonSitsOnTheScoresTickAndIsFoundThereOrOnTheName() {
    Stakeholder dana = person("Dana", 5, 5);
    GridPlacement g = new GridPlacement(594, 578, List.of(dana));
    GridPlacement.Marker m = g.markers().get(dana);
    assertEquals((int) Math.round(g.x(5)), m.x());
    assertEquals((int) Math.round(g.y(5)), m.y());
    assertEquals(dana, g.at(m.x() + 2, m.y() - 2));
    assertEquals(dana, g.at(m.x() + GridPlacement.R + 30, m.y()), "the name beside the marker is part of it");
    assertNull(g.at(m.x() - 60, m.y() + 60));
  }

  @Test
  void peopleWithTheSameScoresShareTheCellAndAFullCellEndsInMore() {
    List<Stakeholder> same = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      same.add(person("P" + i, 3, 3));
    }
    GridPlacement few = new GridPlacement(594, 578, same);
    assertEquals(3, few.markers().values().stream().map(GridPlacement.Marker::y).distinct().count(),
        "stacked, one above the other");
    for (int i = 0; i < 400; i++) {
      same.add(person("Q" + i, 3, 3));
    }
    GridPlacement full = new GridPlacement(594, 578, same);
    assertTrue(full.markers().size() < same.size(), full.markers().size() + " markers");
    Stakeholder last = List.copyOf(full.markers().keySet()).get(full.markers().size() - 1);
    assertEquals(same.size() - full.markers().size() + 1, full.more(last), "the last marker stands for the rest");
    assertNull(full.more(same.get(0)));
  }
}
