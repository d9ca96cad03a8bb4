package dev.wedge.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessionListener;
import dev.wedge.core.session.ModelSessions;
import dev.wedge.core.session.ModelTemplates;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Measurement;
import dev.wedge.model.WedgeFactory;
import dev.wedge.model.WedgePackage;

/** Every edit, in any field: numbers finite, texts a file can hold. */
class ValueGuardTest {

  @TempDir
  Path dir;

  private final ModelSessions sessions = new ModelSessions();
  private final List<String> refusals = new ArrayList<>();
  private ModelSession session;
  private BusinessMetric metric;

  @BeforeEach
  void open() throws Exception {
    session = sessions.create(dir.resolve("m.wedge"), ModelTemplates.instantiate(ModelTemplates.STARTER, "m", null));
    session.addListener(new ModelSessionListener() {
      @Override
      public void refused(ModelSession s, String message) {
        refusals.add(message);
      }
    });
    metric = session.getModel().getMetrics().get(0);
  }

  @AfterEach
  void close() {
    sessions.release(session);
  }

  private boolean set(Object owner, EStructuralFeature f, Object value) {
    return session.execute(SetCommand.create(session.getEditingDomain(), owner, f, value));
  }

  @Test
  void notANumberAndInfinityAreRefusedInEveryNumberField() {
    Double before = metric.getBaseline();
    for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      for (EStructuralFeature f : List.of(WedgePackage.Literals.BUSINESS_METRIC__BASELINE,
          WedgePackage.Literals.BUSINESS_METRIC__TARGET, WedgePackage.Literals.BUSINESS_METRIC__VALUE_PER_UNIT)) {
        assertFalse(set(metric, f, bad), f.getName() + " = " + bad);
      }
    }
    assertEquals(before, metric.getBaseline(), "the edits did not take");
    assertEquals(9, refusals.size());
    assertTrue(refusals.get(0).startsWith("'baseline' of BusinessMetric '" + metric.getName() + "' must be a finite"
        + " number, and NaN (not a number) is not one"), refusals.get(0));
    assertTrue(refusals.get(3).contains("infinity is not one"), refusals.get(3));
    assertTrue(set(metric, WedgePackage.Literals.BUSINESS_METRIC__BASELINE, 1e300), "a large finite number is fine");
  }

  @Test
  void anObjectAddedWithANonFiniteNumberOrAnUnwritableTextIsRefused() {
    Measurement m = WedgeFactory.eINSTANCE.createMeasurement();
    m.setValue(Double.POSITIVE_INFINITY);
    assertFalse(session.execute(AddCommand.create(session.getEditingDomain(), metric,
        WedgePackage.Literals.BUSINESS_METRIC__MEASUREMENTS, m)), "a pasted or imported measurement");
    assertTrue(refusals.get(0).startsWith("'value' of a new Measurement must be a finite number"), refusals.get(0));
    m.setValue(3);
    m.setSource("HR\u0000Payroll");
    CompoundCommand both = new CompoundCommand();
    both.append(SetCommand.create(session.getEditingDomain(), metric, WedgePackage.Literals.NAMED__NAME, "fine"));
    both.append(AddCommand.create(session.getEditingDomain(), metric,
        WedgePackage.Literals.BUSINESS_METRIC__MEASUREMENTS, m));
    assertFalse(session.execute(both), "one refused part refuses the whole edit");
    assertTrue(refusals.get(1).contains("cannot hold a control character (U+0000)"), refusals.get(1));
    assertFalse(metric.getName().equals("fine"));
    m.setSource("HR & Payroll \uD83D\uDCC8");
    assertTrue(session.execute(AddCommand.create(session.getEditingDomain(), metric,
        WedgePackage.Literals.BUSINESS_METRIC__MEASUREMENTS, m)));
  }

  @Test
  void aTextWithAControlCharacterIsRefusedWithTheFieldNamed() {
    assertFalse(set(metric, WedgePackage.Literals.NAMED__NAME, "Churn\u0007"));
    assertTrue(refusals.get(0).startsWith("'name' of BusinessMetric '" + metric.getName() + "' cannot hold a control"
        + " character (U+0007): a .wedge file could not keep it"), refusals.get(0));
    assertTrue(set(metric, WedgePackage.Literals.NAMED__NAME, "Churn\tin\r\nQ3"), "tab and line breaks are fine");
  }
}
