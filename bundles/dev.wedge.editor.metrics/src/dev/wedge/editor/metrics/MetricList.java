package dev.wedge.editor.metrics;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;

import dev.wedge.evidence.Progress;
import dev.wedge.model.BusinessMetric;
import dev.wedge.ui.emf.ColumnWidths;

/**
 * The metrics editor's list on the left: each metric with its latest value (the cohort's mean on the latest date,
 * never one person's value) and its pace towards the target, red when at risk, green on track.
 */
final class MetricList {

  private final TableViewer viewer;
  private final Supplier<LocalDate> today;
  private final Color risk = new Color(new RGB(192, 0, 0));
  private final Color good = new Color(new RGB(56, 118, 29));

  MetricList(Composite parent, Supplier<LocalDate> today) {
    this.today = today;
    viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
    viewer.getTable().setHeaderVisible(true);
    column(Messages.List_Metric, 220, m -> m.getName());
    column(Messages.List_Latest, 70, m -> {
      Progress p = Progress.of(m, today.get());
      return p == null ? latest(m) : MeasurementTable.trim(Math.round(p.current() * 100) / 100.0);
    });
    TableViewerColumn pace = column(Messages.List_Pace, 70, null);
    pace.setLabelProvider(new ColumnLabelProvider() {
      @Override
      public String getText(Object e) {
        Progress p = Progress.of((BusinessMetric) e, today.get());
        return p == null || Double.isNaN(p.pace()) ? "" : String.format(Locale.ROOT, "%.2f", p.pace());
      }

      @Override
      public Color getForeground(Object e) {
        Progress p = Progress.of((BusinessMetric) e, today.get());
        return p == null ? null : p.atRisk() ? risk : good;
      }
    });
    viewer.setContentProvider(ArrayContentProvider.getInstance());
    viewer.getTable().addDisposeListener(e -> {
      risk.dispose();
      good.dispose();
    });
  }

  TableViewer viewer() {
    return viewer;
  }

  private TableViewerColumn column(String title, int width, Function<BusinessMetric, String> text) {
    TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
    c.getColumn().setText(title);
    c.getColumn().setWidth(width);
    ColumnWidths.fitHeader(c.getColumn());
    if (text != null) {
      c.setLabelProvider(new ColumnLabelProvider() {
        @Override
        public String getText(Object e) {
          return text.apply((BusinessMetric) e);
        }
      });
    }
    return c;
  }

  /** The cohort's mean on the latest date (never one person's value), for a metric without baseline or target. */
  private String latest(BusinessMetric m) {
    Progress.Latest l = Progress.latest(m, today.get());
    return l == null ? "" : MeasurementTable.trim(Math.round(l.value() * 100) / 100.0);
  }
}
