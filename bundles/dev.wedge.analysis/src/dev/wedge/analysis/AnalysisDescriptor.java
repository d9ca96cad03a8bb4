package dev.wedge.analysis;

import java.util.function.Supplier;

/**
 * An analysis as contributed: what the user sees of it (name, category, description), its default severity,
 * whether it is on by default, the plug-in it comes from, and how to create it.
 */
public record AnalysisDescriptor(String id, String name, String category, String description,
    Severity defaultSeverity, boolean enabledByDefault, String contributor, Supplier<Analysis> factory) {
}
