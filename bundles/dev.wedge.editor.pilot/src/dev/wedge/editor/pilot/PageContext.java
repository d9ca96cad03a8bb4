package dev.wedge.editor.pilot;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import dev.wedge.core.session.ModelSession;
import dev.wedge.model.Pilot;
import dev.wedge.model.StrategyModel;
import dev.wedge.ui.forms.FormParts;

/**
 * What the sections of a pilot's page share: the pilot and its session, the editor, the form and its fields, the
 * colours of "met" and "missing", and running an edit with its refusal said in the form's header.
 */
record PageContext(Pilot pilot, ModelSession session, PilotEditor editor, FormToolkit toolkit, ScrolledForm form,
    Fields fields, Color red, Color green) {

  StrategyModel model() {
    return session.getModel();
  }

  Composite section(Composite parent, String title, String description, int span) {
    return FormParts.section(toolkit, parent, title, description, span);
  }

  /** A table whose selection the editor follows (Properties view, Delete). */
  TableViewer table(Composite parent, int height) {
    TableViewer v = FormParts.table(toolkit, parent, height);
    editor.track(v);
    return v;
  }

  Composite buttons(Composite parent) {
    return FormParts.buttons(toolkit, parent);
  }

  Button button(Composite parent, String text, Runnable run) {
    return FormParts.button(toolkit, parent, text, run);
  }

  /** Runs {@code command}; a refusal is said in the header under {@code key} (and cleared by the next success). */
  boolean run(String key, Command command) {
    if (session.execute(command)) {
      form.getMessageManager().removeMessage(key);
      return true;
    }
    form.getMessageManager().addMessage(key, session.lastRefusal(), null, IMessageProvider.ERROR);
    return false;
  }

  /** Says {@code text} in the header under {@code key}. */
  void say(String key, String text, int severity) {
    form.getMessageManager().addMessage(key, text, null, severity);
    if (severity == IMessageProvider.ERROR) {
      // a refusal is also said in the bar over the top of the editor, seen however far the page is scrolled
      editor.showRefusal(text);
    }
  }

  /** Removes the rows selected in {@code viewer} from the pilot's {@code feature}. */
  void remove(TableViewer viewer, EReference feature) {
    List<?> chosen = ((IStructuredSelection) viewer.getSelection()).toList();
    if (!chosen.isEmpty()) {
      run(feature.getName(), RemoveCommand.create(session.getEditingDomain(), pilot, feature, chosen));
    }
  }
}
