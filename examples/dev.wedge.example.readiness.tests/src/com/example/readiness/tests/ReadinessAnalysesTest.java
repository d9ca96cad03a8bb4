package com.example.readiness.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import com.example.readiness.Interviews;

import dev.wedge.analysis.Analyses;
import dev.wedge.analysis.AnalysisRegistry;
import dev.wedge.analysis.Finding;
import dev.wedge.core.cli.WedgeApplication;
import dev.wedge.core.persistence.LoadedModel;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.model.Stakeholder;
import dev.wedge.model.StrategyModel;

/** The example plug-in: its package is registered, its data loads from the plug-in slot, its analyses run. */
class ReadinessAnalysesTest {

  static final Path EXAMPLE = Path.of("../../examples/halden-mutual.wedge");

  private static List<Finding> run(StrategyModel m) {
    return Analyses.run(m, AnalysisRegistry.installed(), LocalDate.of(2026, 11, 29), 5000).findings();
  }

  @Test
  void theExampleModelsInterviewsAreReadAsTypedObjects() throws Exception {
    LoadedModel loaded = ModelStore.load(EXAMPLE);
    assertTrue(loaded.problems().isEmpty(), "with the plug-in installed its content is understood: "
        + loaded.problems());
    List<EObject> interviews = Interviews.of(loaded.model());
    assertEquals(3, interviews.size());
    assertEquals("Tom Brecht", Interviews.interviewee(interviews.get(0)).getName(),
        "the interview refers to a Wedge stakeholder by id");
  }

  @Test
  void lowReadinessWithoutActionIsFlagged() throws Exception {
    StrategyModel m = ModelStore.load(EXAMPLE).model();
    List<Finding> low = run(m).stream().filter(f -> f.analysisId().equals("com.example.readiness.low-readiness"))
        .toList();
    assertEquals(1, low.size(), () -> low.toString());
    assertTrue(low.get(0).message().startsWith("'Jens Moller' scored 1/5"), low.get(0).message());
    // Tom Brecht scored 2 but has a response action: not flagged
  }

  @Test
  void skepticsNobodyInterviewedAreAdvised() throws Exception {
    StrategyModel m = ModelStore.load(EXAMPLE).model();
    List<String> names = run(m).stream().filter(f -> f.analysisId().equals("com.example.readiness.not-interviewed"))
        .map(f -> ((Stakeholder) f.primaryObject()).getName()).toList();
    assertTrue(names.contains("Dana Whitfield") && !names.contains("Tom Brecht"), names.toString());
    EObject interview = EcoreUtil.create(Interviews.interviewClass());
    interview.eSet(interview.eClass().getEStructuralFeature("interviewee"),
        m.getStakeholders().stream().filter(s -> s.getName().equals("Dana Whitfield")).findFirst().orElseThrow());
    interview.eSet(interview.eClass().getEStructuralFeature("readiness"), 4);
    m.getExtensions().add(interview);
    assertTrue(run(m).stream().noneMatch(f -> f.analysisId().equals("com.example.readiness.not-interviewed")
        && ((Stakeholder) f.primaryObject()).getName().equals("Dana Whitfield")));
  }

  @Test
  void itsFindingsAppearInWedgeAnalyze() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = WedgeApplication.run(List.of("analyze", EXAMPLE.toString(), "--today", "2026-11-29"),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
    assertEquals(0, code);
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("Readiness") && text.contains("'Jens Moller' scored 1/5"), text);
    assertNotNull(Interviews.interviewClass());
  }

  @Test
  void wedgeVersionAndAnalyzeNameThePluginWithItsVersion() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertEquals(0, WedgeApplication.run(List.of("--version"), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream())));
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("  Example Consultancy readiness interviews 1.0.0  (dev.wedge.example.readiness 1.0.0."),
        text);
    out.reset();
    assertEquals(0, WedgeApplication.run(List.of("analyze", EXAMPLE.toString(), "--format", "json", "--today",
        "2026-11-29"), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream())));
    com.fasterxml.jackson.databind.JsonNode by = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(out.toString(StandardCharsets.UTF_8)).get("producedBy");
    assertEquals("Wedge 1.0.0 with Example Consultancy readiness interviews 1.0.0", by.get("sentence").asText());
    boolean found = false;
    for (com.fasterxml.jackson.databind.JsonNode a : by.get("analyses")) {
      if (a.get("id").asText().equals("com.example.readiness.low-readiness")) {
        found = true;
        assertEquals("dev.wedge.example.readiness", a.get("plugin").asText());
        assertEquals("1.0.0", a.get("version").asText());
      }
    }
    assertTrue(found, by.toString());
  }
}
