package dev.wedge.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import net.jqwik.engine.JqwikTestEngine;

/**
 * Runs the merge properties ({@link MergeProperties}) with the jqwik engine (inside OSGi the JUnit Platform does not
 * find it by itself) and checks every property held over at least 1,000 generated cases.
 */
class MergePropertiesTest {

  @Test
  void everyPropertyHoldsOverAThousandCases() {
    Launcher launcher = LauncherFactory.create(LauncherConfig.builder().enableTestEngineAutoRegistration(false)
        .addTestEngines(new JqwikTestEngine()).build());
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    MergeProperties.CASES.set(0);
    launcher.execute(LauncherDiscoveryRequestBuilder.request()
        .selectors(DiscoverySelectors.selectClass(MergeProperties.class))
        .configurationParameter("jqwik.database", "target/jqwik-database")
        .configurationParameter("jqwik.reporting.onlyfailures", "true").build(), listener);
    TestExecutionSummary s = listener.getSummary();
    StringWriter failures = new StringWriter();
    s.printFailuresTo(new PrintWriter(failures), 20);
    assertEquals(0, s.getTotalFailureCount(), failures.toString());
    assertEquals(3, s.getTestsSucceededCount(), "properties that held");
    assertTrue(MergeProperties.CASES.get() >= 1000, "cases run: " + MergeProperties.CASES.get());
  }
}
