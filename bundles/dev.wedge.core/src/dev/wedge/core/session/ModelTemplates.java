package dev.wedge.core.session;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.wedge.core.text.Localized;
import dev.wedge.model.Identified;
import dev.wedge.model.Ids;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.resource.WedgeResourceFactory;

/** The models File › New starts from. */
public final class ModelTemplates {

  /**
   * A template shipped in this bundle's {@code templates/} folder, named and described in the workbench's language
   * ({@code template.ID.label} and {@code .description} in {@code sentences.properties}).
   */
  public record Template(String id) {

    public String label() {
      return Localized.of(ModelTemplates.class, Localized.workbench()).get("template." + id + ".label");
    }

    public String description() {
      return Localized.of(ModelTemplates.class, Localized.workbench()).get("template." + id + ".description");
    }
  }

  public static final Template BLANK = new Template("blank");
  public static final Template STARTER = new Template("starter");

  private ModelTemplates() {
  }

  public static List<Template> all() {
    return List.of(STARTER, BLANK);
  }

  /** A new model from {@code template}: a deep copy with fresh ids, named {@code name}. */
  public static StrategyModel instantiate(Template template, String name, String organization) throws IOException {
    Resource resource = new WedgeResourceFactory().createResource(URI.createURI("template:/" + template.id() + ".wedge"));
    try (InputStream in = ModelTemplates.class.getResourceAsStream("/templates/" + template.id() + ".wedge")) {
      if (in == null) {
        throw new IOException("template '" + template.id() + "' is missing from this installation");
      }
      resource.load(in, WedgeResourceFactory.loadOptions());
    }
    StrategyModel model = EcoreUtil.copy((StrategyModel) resource.getContents().get(0));
    resource.unload();
    for (TreeIterator<EObject> it = EcoreUtil.getAllProperContents(List.of(model), false); it.hasNext();) {
      if (it.next() instanceof Identified i) {
        i.setId(Ids.newId());
      }
    }
    model.setId(Ids.newId());
    model.setName(name);
    if (organization != null && !organization.isBlank()) {
      model.setOrganization(organization);
    }
    return model;
  }
}
