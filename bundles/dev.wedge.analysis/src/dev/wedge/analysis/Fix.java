package dev.wedge.analysis;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * A quick fix a finding offers: a command executed on the model's session, so it can be undone like any edit. Only
 * created when the user applies it, never while analyses run.
 */
public interface Fix {

  /** What the fix does, as a menu item ("Set the risk class to High"). */
  String label();

  /** The command that applies the fix in {@code domain}. */
  Command command(EditingDomain domain);

  /** A fix that sets one feature of one object. */
  static Fix set(String label, EObject object, EStructuralFeature feature, Object value) {
    return new Fix() {
      @Override
      public String label() {
        return label;
      }

      @Override
      public Command command(EditingDomain domain) {
        return SetCommand.create(domain, object, feature, value);
      }
    };
  }
}
