package dev.wedge.core.tests;

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
 * Runs the round-trip properties ({@link RoundTripProperties}). Inside OSGi the JUnit Platform does not discover the jqwik
 * engine by itself (its service file is not visible across bundles), so the engine is handed to a launcher here and
 * every property's result is checked.
 */
class RoundTripTest {

  @Test
  void everyPropertyHolds() {
    Launcher launcher = LauncherFactory.create(LauncherConfig.builder().enableTestEngineAutoRegistration(false)
        .addTestEngines(new JqwikTestEngine()).build());
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(LauncherDiscoveryRequestBuilder.request()
        .selectors(DiscoverySelectors.selectClass(RoundTripProperties.class))
        .configurationParameter("jqwik.database", "target/jqwik-database")
        .configurationParameter("jqwik.reporting.onlyfailures", "true").build(), listener);
    TestExecutionSummary s = listener.getSummary();
    StringWriter failures = new StringWriter();
    s.printFailuresTo(new PrintWriter(failures), 20);
    assertEquals(0, s.getTotalFailureCount(), failures.toString());
    assertTrue(s.getTestsSucceededCount() >= 2, "properties run: " + s.getTestsSucceededCount());
  }
}
