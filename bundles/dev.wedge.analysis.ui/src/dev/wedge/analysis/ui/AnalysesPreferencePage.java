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
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import dev.wedge.analysis.AnalysisDescriptor;
import dev.wedge.analysis.AnalysisPreferences;
import dev.wedge.analysis.engine.AnalysisEngines;

/**
 * Window › Preferences › Analyses: which analyses run, for every model; a filter over their names, categories,
 * descriptions and plug-ins; the names in full.
 */
public class AnalysesPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

  private CheckboxTableViewer table;
  private Text filter;

  @Override
  public void init(IWorkbench workbench) {
    setDescription(Messages.Analyses_Description);
  }

  @Override
  protected Control createContents(Composite parent) {
    Composite c = new Composite(parent, SWT.NONE);
    GridLayoutFactory.fillDefaults().applyTo(c);
    filter = new Text(c, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
    filter.setMessage(Messages.Analyses_Filter);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
    table = CheckboxTableViewer.newCheckList(c, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
    table.getTable().setHeaderVisible(true);
    addColumn(Messages.Analyses_ColumnAnalysis, 260, d -> d.name());
    addColumn(Messages.Analyses_ColumnCategory, 100, d -> d.category());
    addColumn(Messages.Analyses_ColumnSeverity, 70, d -> d.defaultSeverity().word());
    addColumn(Messages.Analyses_ColumnPlugin, 160, d -> d.contributor());
    table.setContentProvider(ArrayContentProvider.getInstance());
    table.setInput(AnalysisEngines.registry().all());
    Set<String> off = AnalysisPreferences.disabled();
    for (AnalysisDescriptor d : AnalysisEngines.registry().all()) {
      table.setChecked(d, d.enabledByDefault() && !off.contains(d.id()));
      checks.put(d, table.getChecked(d));
    }
    table.addCheckStateListener(e -> checks.put((AnalysisDescriptor) e.getElement(), e.getChecked()));
    table.addFilter(new org.eclipse.jface.viewers.ViewerFilter() {
      @Override
      public boolean select(org.eclipse.jface.viewers.Viewer v, Object parentElement, Object element) {
        return matches((AnalysisDescriptor) element, filter.getText());
      }
    });
    filter.addModifyListener(e -> {
      table.refresh();
      restoreChecks();
    });
    for (org.eclipse.swt.widgets.TableColumn col : table.getTable().getColumns()) {
      col.pack(); // every name in full: the table scrolls sideways rather than cut one
    }
    GridDataFactory.fillDefaults().grab(true, true).hint(600, 360).applyTo(table.getControl());
    Label hint = new Label(c, SWT.WRAP);
    hint.setText(Messages.Analyses_Hint);
    return c;
  }

  private final java.util.Map<AnalysisDescriptor, Boolean> checks = new java.util.HashMap<>();

  /** Whether {@code d} matches the filter's text (in its name, category, description or plug-in; case ignored). */
  static boolean matches(AnalysisDescriptor d, String text) {
    String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
    if (t.isEmpty()) {
      return true;
    }
    for (String s : new String[] {d.name(), d.category(), d.description(), d.contributor()}) {
      if (s != null && s.toLowerCase(java.util.Locale.ROOT).contains(t)) {
        return true;
      }
    }
    return false;
  }

  /** The table, as a test sees it. */
  public CheckboxTableViewer table() {
    return table;
  }

  public Text filter() {
    return filter;
  }

  private void restoreChecks() {
    checks.forEach((d, on) -> table.setChecked(d, on));
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
      if (!checks.getOrDefault(d, true)) { // the filter hides rows, not their ticks
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
      checks.put(d, d.enabledByDefault());
    }
    super.performDefaults();
  }
}
