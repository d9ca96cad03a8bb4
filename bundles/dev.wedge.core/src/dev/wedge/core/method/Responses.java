package dev.wedge.core.method;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import dev.wedge.core.text.Localized;
import dev.wedge.model.ActionStatus;
import dev.wedge.model.Concern;
import dev.wedge.model.ResponseAction;
import dev.wedge.model.RootCause;
import dev.wedge.model.Stakeholder;
import dev.wedge.model.WedgeFactory;

/**
 * A stakeholder's concerns and the response actions that answer them, as the register shows them and as a new
 * action starts: it answers the first concern no action answers yet, with the kind the response catalogue
 * recommends first for that concern's root cause.
 */
public final class Responses {

  private Responses() {
  }

  /** A new, planned response action for {@code s}, not yet added: it answers the first unanswered concern. */
  public static ResponseAction draft(Stakeholder s) {
    ResponseAction a = WedgeFactory.eINSTANCE.createResponseAction();
    a.setDescription(Localized.of(Responses.class, Localized.workbench()).get("new.response"));
    a.setStatus(ActionStatus.PLANNED);
    Concern unanswered = s.getConcerns().stream()
        .filter(c -> s.getActions().stream().noneMatch(x -> x.getConcern() == c)).findFirst()
        .orElse(s.getConcerns().isEmpty() ? null : s.getConcerns().get(0));
    a.setConcern(unanswered);
    if (unanswered != null && unanswered.getRootCause() != null) {
      a.setKind(ResponseCatalogue.get().primaryKind(unanswered.getRootCause()));
    }
    return a;
  }

  /** A new concern, not yet added. */
  public static Concern draftConcern() {
    Concern c = WedgeFactory.eINSTANCE.createConcern();
    c.setDescription(Localized.of(Responses.class, Localized.workbench()).get("new.concern"));
    return c;
  }

  /** "Credibility (high); ?": each concern's root cause ("?" when not diagnosed) and severity. */
  public static String concernSummary(Stakeholder s) {
    return s.getConcerns().stream().map(c -> (c.getRootCause() == null ? "?" : cause(c.getRootCause()))
        + (c.getSeverity() == null ? "" : " (" + c.getSeverity().getName().toLowerCase(Locale.ROOT) + ")"))
        .collect(Collectors.joining("; "));
  }

  /** "3: 2 planned, 1 done": the number of actions, then how many have each status (empty when none). */
  public static String actionSummary(Stakeholder s) {
    if (s.getActions().isEmpty()) {
      return "";
    }
    Map<ActionStatus, Long> by = s.getActions().stream().filter(a -> a.getStatus() != null)
        .collect(Collectors.groupingBy(ResponseAction::getStatus, () -> new EnumMap<>(ActionStatus.class),
            Collectors.counting()));
    return s.getActions().size() + ": " + by.entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey().getName().toLowerCase(Locale.ROOT).replace('_', ' '))
        .collect(Collectors.joining(", "));
  }

  /** "Credibility": a root cause as a word. */
  public static String cause(RootCause c) {
    String n = c.getName().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(n.charAt(0)) + n.substring(1);
  }
}
