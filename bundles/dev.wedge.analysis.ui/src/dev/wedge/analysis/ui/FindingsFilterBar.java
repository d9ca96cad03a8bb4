package dev.wedge.analysis.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import dev.wedge.analysis.AnalysisDescriptor;
import dev.wedge.analysis.FindingFilter;
import dev.wedge.analysis.Severity;
import dev.wedge.analysis.engine.AnalysisEngines;

/**
 * The bar above the findings: a text to look for, the severities shown, one analysis, one plug-in, and whether the
 * findings are the model in focus' only or every open model's.
 */
public final class FindingsFilterBar {

  static final String ALL_ANALYSES = Messages.Filter_AllAnalyses;
  static final String ALL_PLUGINS = Messages.Filter_AllPlugins;

  private final FindingsView view;
  private final Text text;
  private final Button errors;
  private final Button warnings;
  private final Button advice;
  private final Combo analysis;
  private final Combo plugin;
  private final Button thisModelOnly;
  private final List<String> analysisIds = new ArrayList<>();
  private final List<String> plugins = new ArrayList<>();

  FindingsFilterBar(Composite parent, FindingsView view) {
    this.view = view;
    Composite bar = new Composite(parent, SWT.NONE);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
    GridLayoutFactory.fillDefaults().numColumns(7).margins(4, 2).applyTo(bar);
    text = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
    text.setMessage(Messages.Filter_Text);
    GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(text);
    text.addModifyListener(e -> apply());
    errors = check(bar, Messages.Severity_Errors);
    warnings = check(bar, Messages.Severity_Warnings);
    advice = check(bar, Messages.Severity_Advice);
    analysis = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
    analysis.setToolTipText(Messages.Filter_OneAnalysis);
    GridDataFactory.fillDefaults().hint(220, SWT.DEFAULT).applyTo(analysis);
    analysis.addListener(SWT.Selection, e -> apply());
    plugin = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
    plugin.setToolTipText(Messages.Filter_OnePlugin);
    GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(plugin);
    plugin.addListener(SWT.Selection, e -> apply());
    thisModelOnly = new Button(bar, SWT.CHECK);
    thisModelOnly.setText(Messages.Filter_ThisModelOnly);
    thisModelOnly.setToolTipText(Messages.Filter_ThisModelOnlyTooltip);
    thisModelOnly.setSelection(true);
    thisModelOnly.addListener(SWT.Selection, e -> view.setThisModelOnly(thisModelOnly.getSelection()));
    fillChoices();
  }

  private Button check(Composite bar, String label) {
    Button b = new Button(bar, SWT.CHECK);
    b.setText(label);
    b.setSelection(true);
    b.addListener(SWT.Selection, e -> apply());
    return b;
  }

  /** The analyses and plug-ins installed, by name (their ids are never shown). */
  private void fillChoices() {
    List<AnalysisDescriptor> all = new ArrayList<>(AnalysisEngines.registry().all());
    all.sort(Comparator.comparing(AnalysisDescriptor::name, String.CASE_INSENSITIVE_ORDER));
    analysis.add(ALL_ANALYSES);
    analysisIds.add(null);
    Set<String> contributors = new TreeSet<>();
    for (AnalysisDescriptor d : all) {
      analysis.add(d.name());
      analysisIds.add(d.id());
      contributors.add(d.contributor());
    }
    plugin.add(ALL_PLUGINS);
    plugins.add(null);
    for (String c : contributors) {
      plugin.add(c);
      plugins.add(c);
    }
    analysis.select(0);
    plugin.select(0);
  }

  private void apply() {
    Set<Severity> severities = EnumSet.noneOf(Severity.class);
    if (errors.getSelection()) {
      severities.add(Severity.ERROR);
    }
    if (warnings.getSelection()) {
      severities.add(Severity.WARNING);
    }
    if (advice.getSelection()) {
      severities.add(Severity.ADVICE);
    }
    view.setFilter(new FindingFilter(severities, text.getText(), analysisIds.get(Math.max(0, analysis.getSelectionIndex())),
        plugins.get(Math.max(0, plugin.getSelectionIndex()))));
  }

  /** Called after each refresh: nothing to change while the analyses installed stay the same. */
  void update() {
    thisModelOnly.setSelection(view.thisModelOnly());
  }

  // for tests, and for keyboard users the same controls

  public Text text() {
    return text;
  }

  public Button severity(Severity s) {
    return switch (s) {
      case ERROR -> errors;
      case WARNING -> warnings;
      case ADVICE -> advice;
    };
  }

  public Combo analysis() {
    return analysis;
  }

  public Combo plugin() {
    return plugin;
  }

  public Button thisModelOnly() {
    return thisModelOnly;
  }
}
