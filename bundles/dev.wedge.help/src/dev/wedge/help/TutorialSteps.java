package dev.wedge.help;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.osgi.util.NLS;

import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;

import dev.wedge.model.Pilot;
import dev.wedge.model.StrategyModel;

/**
 * The tutorial "your first pilot": its steps are the sections of {@code docs/help/tutorial.md} (a level-2 heading
 * each, marked {@code <!-- step: ID -->}); whether a step is done is read from the model, never ticked by hand, so
 * the tutorial follows what the user did in any editor.
 */
public final class TutorialSteps {

  /** The tutorial's page. */
  public static final String PAGE = "docs/help/tutorial.md";

  private static final Pattern MARK = Pattern.compile("<!--\\s*step:\\s*([a-z-]+)\\s*-->");

  /** What each step asks of the model (a step whose id is not here is refused when the page is read). */
  private static final Map<String, Predicate<StrategyModel>> DONE = Map.of(
      "model", model -> model != null,
      "goal", model -> model != null && !model.getGoals().isEmpty(),
      "metric", model -> model != null && model.getMetrics().stream()
          .anyMatch(m -> m.getBaseline() != null && m.getTarget() != null),
      "initiative", model -> model != null && model.getInitiatives().stream()
          .anyMatch(i -> i.getLinks().stream().anyMatch(l -> l.getMetric() != null)),
      "question", model -> model != null && model.getStakeholders().stream()
          .anyMatch(s -> s.getSuccessAnswer() != null && !s.getSuccessAnswer().isBlank()),
      "pilot", model -> model != null && model.getPilots().stream().anyMatch(TutorialSteps::designed));

  /** A step: its id, its title, and its section of the page (from its heading up to the next step's). */
  public record Step(String id, String title, Node heading, Node end) {
    /** Whether {@code model} (the tutorial's model, {@code null} when none is open) has what this step asks. */
    public boolean isDone(StrategyModel model) {
      return DONE.get(id).test(model);
    }
  }

  private TutorialSteps() {
  }

  private static boolean designed(Pilot pilot) {
    return pilot.getPrimaryMetric() != null && !pilot.getCriteria().isEmpty();
  }

  /** The steps of the tutorial's page in {@code library}, in order. */
  public static List<Step> read(HelpLibrary library) {
    HelpLibrary.HelpPage page = library.page(PAGE)
        .orElseThrow(() -> new IllegalStateException(NLS.bind(Messages.Tutorial_NoTutorialPage, PAGE)));
    List<Node> headings = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    String pending = null;
    for (Node node = page.document().getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof HtmlBlock html) {
        Matcher mark = MARK.matcher(html.getLiteral());
        if (mark.find()) {
          pending = mark.group(1);
        }
      } else if (node instanceof Heading heading && heading.getLevel() == 2 && pending != null) {
        if (!DONE.containsKey(pending)) {
          throw new IllegalStateException(PAGE + " marks a step '" + pending + "' the tutorial cannot check; the steps"
              + " it checks are " + new java.util.TreeSet<>(DONE.keySet()));
        }
        headings.add(heading);
        ids.add(pending);
        pending = null;
      }
    }
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < headings.size(); i++) {
      Node end = i + 1 < headings.size() ? previousMark(headings.get(i + 1)) : null;
      steps.add(new Step(ids.get(i), Anchors.text(headings.get(i)), headings.get(i), end));
    }
    return steps;
  }

  private static Node previousMark(Node heading) {
    Node previous = heading.getPrevious();
    return previous instanceof HtmlBlock ? previous : heading;
  }

  /** The first step not done on {@code model}, or {@code null} when all are. */
  public static Step next(List<Step> steps, StrategyModel model) {
    return steps.stream().filter(s -> !s.isDone(model)).findFirst().orElse(null);
  }
}
