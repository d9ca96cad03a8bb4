package dev.wedge.analysis.ui;

import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import dev.wedge.analysis.AnalysisDescriptor;
import dev.wedge.analysis.Finding;
import dev.wedge.analysis.Severity;
import dev.wedge.analysis.engine.AnalysisEngines;
import dev.wedge.analysis.engine.AnalysisFailure;
import dev.wedge.analysis.ui.FindingsView.Failures;
import dev.wedge.analysis.ui.FindingsView.Group;
import dev.wedge.core.session.ModelSession;
import org.eclipse.osgi.util.NLS;

/**
 * The Findings view's columns: the finding (with its severity's icon, and its quick fix on hover), its object, the
 * analysis (its description and plug-in on hover) and the model; a click on a header sorts by it.
 */
final class FindingColumns {

  private FindingColumns() {
  }

  /** Adds the columns to {@code viewer}; {@code label} names a finding's object, {@code owner} its model. */
  static void install(TreeViewer viewer, TreeColumnLayout layout, BiFunction<Finding, EObject, String> label,
      Function<Finding, ModelSession> owner) {
    column(viewer, layout, Messages.Column_Finding, 60, FindingsSorter.Column.MESSAGE, new ColumnLabelProvider() {
      @Override
      public String getText(Object e) {
        if (e instanceof Group g) {
          return g.category() == null ? FindingsTree.title(g.severity()) + " (" + FindingsTree.count(g) + ")" : g.category() + " (" + FindingsTree.count(g) + ")";
        }
        if (e instanceof Failures f) {
          return NLS.bind(Messages.Column_FailedAnalyses, f.failures().size());
        }
        if (e instanceof Finding f) {
          return f.message();
        }
        return e instanceof AnalysisFailure a ? a.message() : String.valueOf(e);
      }

      @Override
      public Image getImage(Object e) {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        Severity s = e instanceof Group g ? g.severity() : e instanceof Finding f ? f.severity() : Severity.ERROR;
        if (e instanceof Group g && g.category() != null) {
          return images.getImage(ISharedImages.IMG_OBJ_FOLDER);
        }
        return images.getImage(switch (s) {
          case ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
          case WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
          case ADVICE -> ISharedImages.IMG_OBJS_INFO_TSK;
        });
      }

      @Override
      public String getToolTipText(Object e) {
        if (e instanceof AnalysisFailure a) {
          return FailureDetails.text(a);
        }
        return e instanceof Finding f && f.fix() != null ? NLS.bind(Messages.Column_QuickFix, f.fix().label()) : null;
      }
    });
    column(viewer, layout, Messages.Column_Object, 18, FindingsSorter.Column.OBJECT, new ColumnLabelProvider() {
      @Override
      public String getText(Object e) {
        return e instanceof Finding f && f.primaryObject() != null ? label.apply(f, f.primaryObject()) : "";
      }
    });
    column(viewer, layout, Messages.Column_Analysis, 16, FindingsSorter.Column.ANALYSIS, new ColumnLabelProvider() {
      @Override
      public String getText(Object e) {
        return e instanceof Finding f ? FindingsView.analysisName(f.analysisId())
            : e instanceof AnalysisFailure a ? a.analysisName() : "";
      }

      @Override
      public String getToolTipText(Object e) {
        String id = e instanceof Finding f ? f.analysisId() : e instanceof AnalysisFailure a ? a.analysisId() : null;
        AnalysisDescriptor d = id == null ? null : AnalysisEngines.registry().find(id).orElse(null);
        return d == null ? null : NLS.bind(Messages.Column_AnalysisTooltip, d.description(), d.contributor());
      }
    });
    column(viewer, layout, Messages.Column_Model, 8, FindingsSorter.Column.MODEL, new ColumnLabelProvider() {
      @Override
      public String getText(Object e) {
        ModelSession s = e instanceof Finding f ? owner.apply(f) : null;
        return s == null ? "" : s.getName();
      }
    });
  }

  private static void column(TreeViewer viewer, TreeColumnLayout layout, String title, int weight, FindingsSorter.Column sortBy,
      ColumnLabelProvider labels) {
    TreeViewerColumn c = new TreeViewerColumn(viewer, SWT.LEFT);
    c.getColumn().setText(title);
    c.getColumn().setData(sortBy);
    c.getColumn().addListener(SWT.Selection, e -> ((FindingsSorter) viewer.getComparator()).sortBy(c.getColumn()));
    c.setLabelProvider(labels);
    layout.setColumnData(c.getColumn(), new ColumnWeightData(weight, 80, true));
  }
}
