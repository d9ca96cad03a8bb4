package dev.wedge.editor.pilot;

import java.util.Locale;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dev.wedge.evidence.Money;
import dev.wedge.evidence.Roi;
import dev.wedge.model.BenefitLine;
import dev.wedge.model.CostCategory;
import dev.wedge.model.CostLine;
import dev.wedge.model.Pilot;
import dev.wedge.model.WedgeFactory;
import dev.wedge.model.WedgePackage.Literals;
import dev.wedge.ui.emf.PropertyColumns;

/** 5 · Costs and benefits, in the model's currency, and the ROI line they give (fully loaded only when it is). */
final class MoneySection {

  private final PageContext page;
  private final Pilot pilot;
  private final TableViewer costs;
  private final TableViewer benefits;
  private final Label roi;

  MoneySection(PageContext page, Composite body) {
    this.page = page;
    this.pilot = page.pilot();
    var f = page.session().getAdapterFactory();
    // "fully loaded" only when the cost lines show it (the ROI line below says which categories are missing)
    Composite c = page.section(body, Messages.Money_Costs, Messages.Money_CostsDescription, 1);
    costs = page.table(c, 90);
    PropertyColumns.add(costs, f, Literals.COST_LINE__DESCRIPTION, Messages.Money_Cost, 220);
    PropertyColumns.add(costs, f, Literals.COST_LINE__CATEGORY, Messages.Money_Category, 110);
    String currency = Money.of(page.model()).currency();
    PropertyColumns.add(costs, f, Literals.COST_LINE__AMOUNT,
        currency.isEmpty() ? Messages.Money_Amount : NLS.bind(Messages.Money_AmountIn, currency), 90);
    costs.setInput(pilot.getCosts());
    Composite cb = page.buttons(c);
    page.button(cb, Messages.Money_AddCost, this::addCost);
    page.button(cb, Messages.Common_Remove, () -> page.remove(costs, Literals.PILOT__COSTS));

    Composite b = page.section(body, Messages.Money_Benefits, Messages.Money_BenefitsDescription, 1);
    benefits = page.table(b, 90);
    PropertyColumns.add(benefits, f, Literals.BENEFIT_LINE__DESCRIPTION, Messages.Money_Benefit, 170);
    PropertyColumns.add(benefits, f, Literals.BENEFIT_LINE__METRIC, Messages.Money_Metric, 120);
    PropertyColumns.add(benefits, f, Literals.BENEFIT_LINE__UNITS_CHANGE, Messages.Money_Units, 55);
    PropertyColumns.add(benefits, f, Literals.BENEFIT_LINE__ANNUAL_VALUE, Messages.Money_Annual, 70);
    PropertyColumns.add(benefits, f, Literals.BENEFIT_LINE__CONFIDENCE, Messages.Money_Confidence, 70);
    PropertyColumns.add(benefits, f, Literals.BENEFIT_LINE__ISOLATION, Messages.Money_Isolation, 65);
    benefits.setInput(pilot.getBenefits());
    Composite bb = page.buttons(b);
    page.button(bb, Messages.Money_AddBenefit, this::addBenefit);
    page.button(bb, Messages.Common_Remove, () -> page.remove(benefits, Literals.PILOT__BENEFITS));
    roi = page.toolkit().createLabel(body, "", SWT.WRAP);
    roi.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
    GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(300, SWT.DEFAULT).applyTo(roi);
  }

  TableViewer costs() {
    return costs;
  }

  TableViewer benefits() {
    return benefits;
  }

  private void addCost() {
    CostLine l = WedgeFactory.eINSTANCE.createCostLine();
    l.setDescription(Messages.Money_NewCost);
    l.setCategory(CostCategory.DEVELOPMENT);
    if (page.run("costs", AddCommand.create(page.session().getEditingDomain(), pilot, Literals.PILOT__COSTS, l))) {
      costs.refresh();
      costs.editElement(l, 0);
    }
  }

  private void addBenefit() {
    BenefitLine l = WedgeFactory.eINSTANCE.createBenefitLine();
    l.setDescription(Messages.Money_NewBenefit);
    l.setMetric(pilot.getPrimaryMetric());
    l.setConfidence(0.5);
    l.setIsolation(0.5);
    if (page.run("benefits", AddCommand.create(page.session().getEditingDomain(), pilot, Literals.PILOT__BENEFITS,
        l))) {
      benefits.refresh();
      benefits.editElement(l, 0);
    }
  }

  void refresh() {
    Roi r = Roi.of(pilot);
    Money money = Money.of(page.model());
    dev.wedge.evidence.Sentences words = dev.wedge.evidence.Sentences.of(EvidenceSection.language());
    Locale numbers = words.german() ? Locale.GERMAN : Locale.ROOT; // 2.71 and 4.4 months; 2,71 and 4,4 Monate
    roi.setText(Fields.esc(pilot.getCosts().isEmpty() ? Messages.Money_NoCosts
        : NLS.bind(Messages.Money_Roi, new Object[] {words.costsLabel(r), words.money(money, r.costs()),
            words.money(money, r.benefits()),
            Double.isNaN(r.bcr()) ? "\u2013" : String.format(numbers, "%.2f", r.bcr()),
            Double.isNaN(r.roiPercent()) ? "\u2013" : String.format(numbers, words.german() ? "%.0f\u00a0%%"
                : "%.0f%%", r.roiPercent()),
            Double.isInfinite(r.paybackMonths()) ? Messages.Money_PaybackNever
                : NLS.bind(r.paybackBeyondHorizon() ? Messages.Money_PaybackBeyond : Messages.Money_Payback,
                    String.format(numbers, "%.1f", r.paybackMonths()))})));
  }

  String roiText() {
    return roi.getText();
  }
}
