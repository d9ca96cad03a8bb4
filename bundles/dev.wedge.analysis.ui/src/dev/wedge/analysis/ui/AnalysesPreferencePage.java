package dev.wedge.analysis.ui;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import dev.wedge.analysis.AnalysisDescriptor;
import dev.wedge.analysis.AnalysisPreferences;
import dev.wedge.analysis.engine.AnalysisEngines;

/** Window › Preferences › Analyses: which analyses run, for every model. */
public class AnalysesPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

  private CheckboxTableViewer table;

  @Override
  public void init(IWorkbench workbench) {
    setDescription("Analyses that run on every model. A model can also switch analyses off for itself (Findings"
        + " view \u203a Switch Off for This Model).");
  }

  @Override
  protected Control createContents(Composite parent) {
    Composite c = new Composite(parent, SWT.NONE);
    GridLayoutFactory.fillDefaults().applyTo(c);
    table = CheckboxTableViewer.newCheckList(c, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
    table.getTable().setHeaderVisible(true);
    addColumn("Analysis", 260, d -> d.name());
    addColumn("Category", 100, d -> d.category());
    addColumn("Severity", 70, d -> d.defaultSeverity().word());
    addColumn("Plug-in", 160, d -> d.contributor());
    table.setContentProvider(ArrayContentProvider.getInstance());
    table.setInput(AnalysisEngines.registry().all());
    Set<String> off = AnalysisPreferences.disabled();
    for (AnalysisDescriptor d : AnalysisEngines.registry().all()) {
      table.setChecked(d, d.enabledByDefault() && !off.contains(d.id()));
    }
    GridDataFactory.fillDefaults().grab(true, true).hint(600, 360).applyTo(table.getControl());
    Label hint = new Label(c, SWT.WRAP);
    hint.setText("Hover an analysis for what it looks for.");
    return c;
  }

  private void addColumn(String title, int width, java.util.function.Function<AnalysisDescriptor, String> text) {
    TableViewerColumn col = new TableViewerColumn(table, SWT.LEFT);
    col.getColumn().setText(title);
    col.getColumn().setWidth(width);
    col.setLabelProvider(new ColumnLabelProvider() {
      @Override
      public String getText(Object e) {
        return text.apply((AnalysisDescriptor) e);
      }

      @Override
      public String getToolTipText(Object e) {
        return ((AnalysisDescriptor) e).description();
      }
    });
  }

  @Override
  public boolean performOk() {
    Set<String> off = new LinkedHashSet<>();
    for (AnalysisDescriptor d : AnalysisEngines.registry().all()) {
      if (!table.getChecked(d)) {
        off.add(d.id());
      }
    }
    AnalysisPreferences.setDisabled(off);
    AnalysisEngines.preferencesChanged();
    return true;
  }

  @Override
  protected void performDefaults() {
    for (AnalysisDescriptor d : AnalysisEngines.registry().all()) {
      table.setChecked(d, d.enabledByDefault());
    }
    super.performDefaults();
  }
}
