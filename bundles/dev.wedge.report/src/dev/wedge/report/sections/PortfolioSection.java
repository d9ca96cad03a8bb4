package dev.wedge.report.sections;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.wedge.model.MaturityStage;
import dev.wedge.report.BriefContext;
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
    out.section("portfolio", "The AI portfolio against the survey");
    List<BarsFigure.Series> series = new ArrayList<>();
    series.add(new BarsFigure.Series("Our initiatives", Colors.PILOT, values(p.byUse())));
    if (!p.effortByUse().isEmpty()) {
      series.add(new BarsFigure.Series("Our effort", new int[] {122, 170, 214}, values(p.effortByUse())));
    }
    series.add(new BarsFigure.Series("Survey (1,700+ L&D professionals)", Colors.SURVEY, values(p.survey())));
    out.figure(new BarsFigure("Share of AI initiatives by use against the survey", Portfolio.CATEGORIES, series, 660,
        190, -1), String.format(Locale.ROOT, "%d initiatives: %.0f%% efficiency (the same thing faster), %.0f%%"
            + " strategic (a different problem).", p.initiatives(), p.efficiency(), p.strategic()));
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
      out.figure(new BarsFigure("How long learning teams have used AI; the team's stage highlighted",
          List.of("Never started", "Recently started", "For years"),
          List.of(new BarsFigure.Series("Survey", Colors.SURVEY, survey)), 330, 150, here),
          "The team: " + Words.word(p.stage()).toLowerCase(Locale.ROOT) + ", like "
              + Words.percent(survey[here]) + " of learning teams.");
    }
    out.endSection();
  }

  private static double[] values(java.util.Map<String, Double> m) {
    return Portfolio.CATEGORIES.stream().mapToDouble(k -> m.getOrDefault(k, 0.0)).toArray();
  }
}
