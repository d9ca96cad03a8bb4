package dev.wedge.report.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.wedge.core.persistence.ModelStore;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Cohort;
import dev.wedge.model.Pilot;
import dev.wedge.model.StrategyModel;

/** A monthly average is drawn at the mean date of its values and never mixes values from before and after the start. */
class TrendFigureTest {

  @Test
  void thePilotCohortsMonthsSplitAtTheStartAndSitAtTheirMeanDate() throws Exception {
    StrategyModel model = ModelStore.load(Path.of("../../examples/halden-mutual.wedge")).model();
    Pilot roleplay = model.getPilots().stream().filter(p -> p.getId().equals("p-roleplay")).findFirst().orElseThrow();
    BusinessMetric win = roleplay.getPrimaryMetric();
    List<double[]> pilot = new TrendFigure(win, roleplay, false, 500, 260).series().get(Cohort.PILOT);
    // baseline 12, 19 and 26 October (23.0, 23.6, 23.2): mean date 19 October, mean 23.27; the pilot's weeks
    // 2, 9, 16 and 23 November (23.5, 24.1, 25.3, 25.4): mean date 12.5 November, mean 24.575
    assertEquals(2, pilot.size());
    assertEquals(LocalDate.of(2026, 10, 19).toEpochDay(), pilot.get(0)[0], 1e-9);
    assertEquals(23.2667, pilot.get(0)[1], 1e-3);
    assertEquals(LocalDate.of(2026, 11, 12).toEpochDay() + 0.5, pilot.get(1)[0], 1e-9);
    assertEquals(24.575, pilot.get(1)[1], 1e-9);
    assertTrue(pilot.get(1)[0] > roleplay.getStartDate().toEpochDay(), "the pilot's weeks are drawn after its start");
  }
}
