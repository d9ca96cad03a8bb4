package dev.wedge.core.method;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import dev.wedge.core.text.Localized;

import dev.wedge.model.Initiative;
import dev.wedge.model.RiskArea;
import dev.wedge.model.RiskClass;
import dev.wedge.model.StrategyModel;

/**
 * The EU AI Act's high-risk uses in learning and development (Regulation (EU) 2024/1689, Annex III): AI intended to
 * evaluate learning outcomes (point 3, education and vocational training) and AI used to inform decisions on
 * employment (point 4: recruitment, promotion, termination, task allocation, monitoring and evaluating performance).
 * An initiative whose use is listed there and whose risk class is not high is misclassified. The one statement of the
 * rule: the governance editor, the analysis and the brief's governance section all ask it.
 */
public final class AiActRisk {

  private AiActRisk() {
  }

  /** The initiative's Annex III area, never null ({@link RiskArea#NONE} when not recorded). */
  public static RiskArea area(Initiative i) {
    return i.getRiskArea() == null ? RiskArea.NONE : i.getRiskArea();
  }

  /** Its use is one Annex III lists as high-risk. */
  public static boolean listed(Initiative i) {
    return area(i) != RiskArea.NONE;
  }

  /** Listed as high-risk, but its risk class says otherwise (or has not been assessed). */
  public static boolean misclassified(Initiative i) {
    return listed(i) && i.getRiskClass() != RiskClass.HIGH;
  }

  /** Not in a listed area, AI content in use, and no risk class recorded yet. */
  public static boolean unassessed(Initiative i) {
    return !listed(i) && (i.getRiskClass() == null || i.getRiskClass() == RiskClass.UNASSESSED) && i.isUsesAiContent();
  }

  /** Annex III's point for the area: 3 (learning outcomes), 4 (employment decisions), 0 when not listed. */
  public static int point(Initiative i) {
    return switch (area(i)) {
      case LEARNING_OUTCOMES -> 3;
      case EMPLOYMENT_DECISIONS -> 4;
      default -> 0;
    };
  }

  /**
   * What the listed use does, in words, in the workbench's language: "evaluates learning outcomes", "informs
   * employment decisions", or "".
   */
  public static String use(Initiative i) {
    return use(i, Localized.workbench());
  }

  /** What the listed use does, in {@code locale}'s language ("bewertet Lernergebnisse"), or "". */
  public static String use(Initiative i, Locale locale) {
    return switch (area(i)) {
      case LEARNING_OUTCOMES -> Localized.of(AiActRisk.class, locale).get("aiAct.learningOutcomes");
      case EMPLOYMENT_DECISIONS -> Localized.of(AiActRisk.class, locale).get("aiAct.employmentDecisions");
      default -> "";
    };
  }

  /**
   * What Annex III says about the initiative, and whether its class agrees: "High-risk: point 3, evaluates learning
   * outcomes — set the risk class to High", "Not assessed yet", "Not listed".
   */
  public static String verdict(Initiative i) {
    return verdict(i, Localized.workbench());
  }

  /** {@link #verdict(Initiative)} in {@code locale}'s language. */
  public static String verdict(Initiative i, Locale locale) {
    Localized t = Localized.of(AiActRisk.class, locale);
    String listed = listed(i) ? t.get("aiAct.highRisk", point(i), use(i, locale)) : t.get("aiAct.notListed");
    if (misclassified(i)) {
      return t.get("aiAct.setHigh", listed);
    }
    return unassessed(i) ? t.get("aiAct.notAssessed") : listed;
  }

  /** The order initiatives are reviewed in: misclassified first, then the other listed uses, then the rest. */
  public static final Comparator<Initiative> REVIEW_ORDER = Comparator.comparingInt(AiActRisk::rank);

  static int rank(Initiative i) {
    return misclassified(i) ? 0 : listed(i) ? 1 : 2;
  }

  /** The model's initiatives whose use is listed as high-risk, in the model's order. */
  public static List<Initiative> listedIn(StrategyModel model) {
    return model.getInitiatives().stream().filter(AiActRisk::listed).toList();
  }
}
