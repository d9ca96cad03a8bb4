package dev.wedge.core.session;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.wedge.model.Identified;
import dev.wedge.model.Ids;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.resource.WedgeResourceFactory;

/** The models File › New starts from. */
public final class ModelTemplates {

  /** A template shipped in this bundle's {@code templates/} folder. */
  public record Template(String id, String label, String description) {
  }

  public static final Template BLANK = new Template("blank", "Blank model",
      "An empty strategy model with the governance and maturity sections in place.");
  public static final Template STARTER = new Template("starter", "Starter: one goal, four metrics, one pilot",
      "The method's skeleton: a business goal, the four metrics executives watch (time to productivity, sales win"
          + " rate, compliance incident rate, customer churn), one initiative, one six-week pilot in draft, the five"
          + " stakeholder groups and the minimum three governance items to fill in.");

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
