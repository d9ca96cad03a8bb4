package dev.wedge.editor.pilot;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.wedge.core.method.AiActRisk;
import dev.wedge.core.session.ModelSession;
import dev.wedge.model.Initiative;
import dev.wedge.model.WedgePackage.Literals;
import dev.wedge.ui.emf.PropertyColumns;
import dev.wedge.ui.forms.FormParts;

/**
 * The governance editor's "EU AI Act risk per initiative": each initiative's use, risk class and Annex III verdict
 * ({@link AiActRisk}), the misclassified ones in red and first.
 */
final class AiActRiskSection {

  private final TableViewer risks;
  private final Color red = new Color(new RGB(192, 0, 0));

  AiActRiskSection(FormToolkit toolkit, Composite body, ModelSession session) {
    Composite a = FormParts.section(toolkit, body, Messages.AiAct_Title, Messages.AiAct_Description, 2);
    risks = FormParts.table(toolkit, a, 110);
    GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, 150).applyTo(risks.getTable());
    TableViewerColumn name = new TableViewerColumn(risks, SWT.LEFT);
    name.getColumn().setText(Messages.AiAct_Initiative);
    name.getColumn().setWidth(240);
    name.setLabelProvider(new ColumnLabelProvider() {
      @Override
      public String getText(Object e) {
        return ((Initiative) e).getName();
      }
    });
    PropertyColumns.add(risks, session.getAdapterFactory(), Literals.INITIATIVE__USES_AI_CONTENT,
        Messages.AiAct_AiContent, 75);
    PropertyColumns.add(risks, session.getAdapterFactory(), Literals.INITIATIVE__RISK_AREA, Messages.AiAct_UsedFor,
        190);
    PropertyColumns.add(risks, session.getAdapterFactory(), Literals.INITIATIVE__RISK_CLASS, Messages.AiAct_RiskClass,
        100);
    TableViewerColumn annex = new TableViewerColumn(risks, SWT.LEFT);
    annex.getColumn().setText(Messages.AiAct_Annex);
    annex.getColumn().setWidth(330);
    annex.setLabelProvider(new ColumnLabelProvider() {
      @Override
      public String getText(Object e) {
        return AiActRisk.verdict((Initiative) e);
      }

      @Override
      public Color getForeground(Object e) {
        return AiActRisk.misclassified((Initiative) e) ? red : null;
      }
    });
    PropertyColumns.add(risks, session.getAdapterFactory(), Literals.INITIATIVE__RISK_NOTE, Messages.AiAct_Note, 220);
    risks.setComparator(new ViewerComparator() {
      @Override
      public int compare(Viewer v, Object a, Object b) {
        return AiActRisk.REVIEW_ORDER.compare((Initiative) a, (Initiative) b); // stable: model order otherwise
      }
    });
    risks.setInput(session.getModel().getInitiatives());
    risks.getTable().addDisposeListener(e -> red.dispose());
  }

  TableViewer viewer() {
    return risks;
  }
}
