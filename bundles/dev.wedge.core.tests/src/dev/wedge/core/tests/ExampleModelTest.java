package dev.wedge.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.wedge.core.persistence.LoadedModel;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.model.AiUse;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Initiative;
import dev.wedge.model.Intent;
import dev.wedge.model.Pilot;
import dev.wedge.model.PilotStatus;
import dev.wedge.model.Stakeholder;
import dev.wedge.model.StakeholderGroup;
import dev.wedge.model.StrategyModel;

/** The example the README opens is realistic enough to show every job of the workbench. */
class ExampleModelTest {

  static final Path EXAMPLE = Path.of("../../examples/halden-mutual.wedge");

  @Test
  void theExampleOpensCleanlyAndCoversEveryJob() throws Exception {
    LoadedModel loaded = ModelStore.load(EXAMPLE);
    // the only note: the example consultancy plug-in's interviews, kept as they are (the plug-in is not in this runtime)
    assertTrue(loaded.problems().stream().allMatch(p -> !p.fatal()
        && p.message().contains("http://consultancy.example/readiness/1")), () -> loaded.problems().toString());
    StrategyModel m = loaded.model();
    assertTrue(m.getGoals().size() >= 3);
    assertTrue(m.getMetrics().size() >= 8);
    for (BusinessMetric metric : m.getMetrics()) {
      long months = metric.getMeasurements().stream().map(x -> x.getDate().withDayOfMonth(1)).distinct().count();
      assertTrue(months >= 12, metric.getName() + " has a year of measurements");
    }
    assertTrue(m.getInitiatives().size() >= 10);
    Set<AiUse> uses = m.getInitiatives().stream().map(Initiative::getUse).collect(Collectors.toSet());
    Set<Intent> intents = m.getInitiatives().stream().map(Initiative::getIntent).collect(Collectors.toSet());
    assertTrue(uses.size() >= 6 && intents.size() == 2, "mixed use and intent");
    Set<PilotStatus> states = m.getPilots().stream().map(Pilot::getStatus).collect(Collectors.toSet());
    assertEquals(3, m.getPilots().size());
    assertEquals(3, states.size(), "three pilots in different states");
    assertTrue(m.getStakeholders().size() >= 15);
    assertEquals(EnumSet.allOf(StakeholderGroup.class),
        m.getStakeholders().stream().map(Stakeholder::getGroup).collect(Collectors.toCollection(() -> EnumSet.noneOf(StakeholderGroup.class))));
    assertFalse(m.getGovernance().getLearnerData().isEmpty());
  }
}
