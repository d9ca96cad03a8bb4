package dev.wedge.ui.models;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.plugin.AbstractUIPlugin;

import dev.wedge.model.StrategyModel;
import dev.wedge.model.WedgePackage;

/** The model parts contributed to {@code dev.wedge.ui.modelParts}, and the editor each opens in. */
public final class ModelParts {

  public static final String EXTENSION_POINT = "dev.wedge.ui.modelParts";

  private static List<ModelPart> cache;

  private ModelParts() {
  }

  public static synchronized List<ModelPart> all() {
    if (cache == null) {
      cache = read();
    }
    return cache;
  }

  public static Optional<ModelPart> find(String id) {
    return all().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The part that shows {@code object} (by the root feature it sits under), if any. */
  public static Optional<ModelPart> partOf(EObject object) {
    EObject o = object;
    while (o != null && o.eContainer() != null && !(o.eContainer() instanceof StrategyModel)) {
      o = o.eContainer();
    }
    if (o == null || o.eContainingFeature() == null) {
      return Optional.empty();
    }
    EStructuralFeature f = o.eContainingFeature();
    return all().stream().filter(p -> p.features().contains(f)).findFirst();
  }

  private static List<ModelPart> read() {
    List<ModelPart> parts = new ArrayList<>();
    if (Platform.getExtensionRegistry() == null) {
      return parts;
    }
    IConfigurationElement[] elements = Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT);
    Map<String, IConfigurationElement> bestEditor = new HashMap<>();
    for (IConfigurationElement e : elements) {
      if ("editor".equals(e.getName())) {
        IConfigurationElement current = bestEditor.get(e.getAttribute("part"));
        if (current == null || priority(e) > priority(current)) {
          bestEditor.put(e.getAttribute("part"), e);
        }
      }
    }
    for (IConfigurationElement e : elements) {
      if (!"part".equals(e.getName())) {
        continue;
      }
      List<EStructuralFeature> features = new ArrayList<>();
      for (String name : e.getAttribute("features").trim().split("\\s+")) {
        EStructuralFeature f = WedgePackage.Literals.STRATEGY_MODEL.getEStructuralFeature(name);
        if (f != null) {
          features.add(f);
        }
      }
      String icon = e.getAttribute("icon");
      ImageDescriptor image = icon == null ? null
          : AbstractUIPlugin.imageDescriptorFromPlugin(e.getContributor().getName(), icon);
      IConfigurationElement editor = bestEditor.get(e.getAttribute("id"));
      parts.add(new ModelPart(e.getAttribute("id"), e.getAttribute("name"), image, parseInt(e.getAttribute("order")),
          List.copyOf(features), editor == null ? ModelEditors.TREE_EDITOR_ID : editor.getAttribute("editorId"),
          Boolean.parseBoolean(e.getAttribute("hideWhenEmpty"))));
    }
    parts.sort(Comparator.comparingInt(ModelPart::order));
    return List.copyOf(parts);
  }

  private static int priority(IConfigurationElement e) {
    return parseInt(e.getAttribute("priority"));
  }

  private static int parseInt(String s) {
    try {
      return s == null ? 0 : Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
