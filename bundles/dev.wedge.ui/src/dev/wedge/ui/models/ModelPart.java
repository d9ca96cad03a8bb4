package dev.wedge.ui.models;

import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.resource.ImageDescriptor;

/**
 * A part of a model as the Models view shows it (Strategy, Metrics, Pilots, Stakeholders, Governance, ...): the
 * root's features it groups and the editor that opens on it, contributed through {@code dev.wedge.ui.modelParts}.
 *
 * @param editorId the editor that opens on the part (the highest-priority contribution), or the tree editor
 */
public record ModelPart(String id, String name, ImageDescriptor icon, int order, List<EStructuralFeature> features,
    String editorId, boolean hideWhenEmpty) {
}
