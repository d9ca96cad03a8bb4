package dev.wedge.core.persistence;

import java.util.List;

import dev.wedge.model.StrategyModel;
import dev.wedge.model.resource.WedgeResource;

/**
 * A model that opened, with what was found on the way (all recoverable: nothing was dropped).
 */
public record LoadedModel(WedgeResource resource, StrategyModel model, List<LoadProblem> problems) {
}
