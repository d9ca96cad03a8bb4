package dev.wedge.analysis.ui;

import org.eclipse.core.expressions.PropertyTester;

import dev.wedge.analysis.Finding;

/** {@code hasFix}: whether a finding offers a quick fix. */
public class FindingTester extends PropertyTester {
  @Override
  public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
    return "hasFix".equals(property) && receiver instanceof Finding f && f.fix() != null;
  }
}
