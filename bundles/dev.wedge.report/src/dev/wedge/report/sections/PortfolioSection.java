package dev.wedge.report.sections;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.wedge.model.MaturityStage;
import dev.wedge.report.BriefContext;
import dev.wedge.report.BriefText;
import dev.wedge.report.Html;
import dev.wedge.report.ReportSection;
import dev.wedge.report.figures.BarsFigure;
import dev.wedge.report.figures.Colors;
import dev.wedge.strategy.map.Portfolio;

/** The AI portfolio against the survey of 1,700+ learning professionals, and where the team stands. */
public final class PortfolioSection implements ReportSection {

  @Override
  public void write(Html out, BriefContext c) {
    Portfolio p = Portfolio.of(c.model());
    if (p.initiatives() == 0 || c.options().pilotId() != null) {
      return;
    }
    BriefText t = BriefText.of(c.options());
    out.section("portfolio", t.get("section.portfolio"));
    List<BarsFigure.Series> series = new ArrayList<>();
    series.add(new BarsFigure.Series(t.get("portfolio.ours"), Colors.PILOT, values(p.byUse())));
    if (!p.effortByUse().isEmpty()) {
      series.add(new BarsFigure.Series(t.get("portfolio.effort"), new int[] {122, 170, 214}, values(p.effortByUse())));
    }
    series.add(new BarsFigure.Series(t.get("portfolio.survey"), Colors.SURVEY, values(p.survey())));
    out.figure(new BarsFigure(t.get("portfolio.title"), Portfolio.CATEGORIES, series, 660, 190, -1),
        t.get("portfolio.caption", t.count(p.initiatives()), t.percent(p.efficiency()), t.percent(p.strategic())));
    if (p.stage() != null) {
      MaturityStage[] stages = {MaturityStage.NEVER_STARTED, MaturityStage.RECENTLY_STARTED, MaturityStage.FOR_YEARS};
      double[] survey = new double[3];
      int here = -1;
      for (int i = 0; i < 3; i++) {
        survey[i] = p.maturitySurvey().get(stages[i]);
        if (stages[i] == p.stage()) {
          here = i;
        }
      }
      List<String> names = List.of(t.get("portfolio.never"), t.get("portfolio.recently"), t.get("portfolio.years"));
      out.figure(new BarsFigure(t.get("portfolio.stages"), names,
          List.of(new BarsFigure.Series(t.get("portfolio.surveyShort"), Colors.SURVEY, survey)), 330, 150, here),
          t.get("portfolio.team", t.german() ? names.get(here) : Words.word(p.stage()).toLowerCase(Locale.ROOT),
              t.percent(survey[here])));
    }
    out.endSection();
  }

  private static double[] values(java.util.Map<String, Double> m) {
    return Portfolio.CATEGORIES.stream().mapToDouble(k -> m.getOrDefault(k, 0.0)).toArray();
  }
}
