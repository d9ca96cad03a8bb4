package dev.wedge.editor.pilot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import dev.wedge.core.session.ModelSession;
import dev.wedge.model.Named;
import dev.wedge.ui.emf.PropertyColumns;
import dev.wedge.ui.emf.Values;
import dev.wedge.ui.forms.FieldEdits;

/**
 * Form fields bound to one feature of a model object. A text is committed as {@link FieldEdits} says (focus leaving
 * it by any route, Enter or Ctrl+Enter, Tab out of a multi-line field, before a save), as one undoable command on the
 * shared session; a value that does not fit the feature ("abc" for a number, "next week"
 * for a date) is not applied, stays in the field for correction and is explained in the form's message area.
 * {@link #refresh()} re-reads every field from the model (after undo, or an edit elsewhere) except one being typed in.
 */
final class Fields {

  private interface Binding {
    void refresh();
  }

  private final ModelSession session;
  private final FormToolkit toolkit;
  private final IMessageManager messages;
  private final List<Binding> bindings = new ArrayList<>();

  Fields(ModelSession session, FormToolkit toolkit, IMessageManager messages) {
    this.session = session;
    this.toolkit = toolkit;
    this.messages = messages;
  }

  void refresh() {
    for (Binding b : bindings) {
      b.refresh();
    }
  }

  /** A label and a text for an attribute; {@code multi} gives a wrapped, taller field. */
  Text text(Composite parent, String label, EObject owner, EAttribute feature, boolean multi) {
    toolkit.createLabel(parent, label).setLayoutData(GridDataFactory.swtDefaults()
        .align(SWT.FILL, multi ? SWT.TOP : SWT.CENTER).create());
    Text text = toolkit.createText(parent, "", multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE);
    GridDataFactory.fillDefaults().grab(true, false).hint(120, multi ? 48 : SWT.DEFAULT).applyTo(text);
    bindText(text, label, owner, feature);
    return text;
  }

  void bindText(Text text, String label, EObject owner, EAttribute feature) {
    String name = label.endsWith(":") ? label.substring(0, label.length() - 1) : label; // "Participants: not a number"
    String[] shown = {null};
    boolean[] held = {false}; // typed text the model did not take: kept in the field, with the reason beside it
    java.util.function.BooleanSupplier commit = () -> {
      if (text.isDisposed() || Objects.equals(text.getText(), shown[0])) {
        return true;
      }
      Object value;
      try {
        value = parse(feature, text.getText());
      } catch (IllegalArgumentException e) {
        held[0] = true;
        messages.addMessage(text, NLS.bind(Messages.Fields_Problem, name, e.getMessage()), null,
            IMessageProvider.ERROR, text);
        return false;
      }
      if (!Objects.equals(value, owner.eGet(feature))) {
        if (!session.execute(SetCommand.create(session.getEditingDomain(), owner, feature, value))) {
          held[0] = true;
          messages.addMessage(text, NLS.bind(Messages.Fields_Problem, name, session.lastRefusal()), null,
              IMessageProvider.WARNING, text);
          return false;
        }
      }
      held[0] = false;
      messages.removeMessage(text, text);
      shown[0] = format(feature, owner.eGet(feature));
      return true;
    };
    FieldEdits.bind(session, text, commit);
    Binding b = () -> {
      if (text.isDisposed()) {
        return;
      }
      String now = format(feature, owner.eGet(feature));
      boolean editing = !Objects.equals(text.getText(), shown[0]) && (text.isFocusControl() || held[0]);
      if (!editing && !Objects.equals(text.getText(), now)) {
        text.setText(now);
        messages.removeMessage(text, text);
      }
      shown[0] = now;
    };
    bindings.add(b);
    b.refresh();
  }

  /** A label and a read-only combo for a single-valued reference or enum; {@code choices} are the allowed values. */
  ComboViewer choice(Composite parent, String label, EObject owner, EStructuralFeature feature,
      Supplier<Collection<?>> choices, String none) {
    toolkit.createLabel(parent, label);
    ComboViewer combo = new ComboViewer(parent, SWT.READ_ONLY);
    toolkit.adapt(combo.getControl(), true, true);
    GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(combo.getControl());
    combo.setContentProvider(ArrayContentProvider.getInstance());
    combo.setLabelProvider(new LabelProvider() {
      @Override
      public String getText(Object e) {
        return e == NONE ? none : label(owner, feature, e);
      }
    });
    boolean[] updating = {false};
    Binding b = () -> {
      if (combo.getControl().isDisposed()) {
        return;
      }
      updating[0] = true;
      try {
        List<Object> input = new ArrayList<>();
        if (none != null) {
          input.add(NONE);
        }
        input.addAll(choices.get());
        combo.setInput(input);
        Object v = owner.eGet(feature);
        combo.setSelection(new StructuredSelection(v == null ? NONE : v));
      } finally {
        updating[0] = false;
      }
    };
    combo.addSelectionChangedListener(e -> {
      if (updating[0]) {
        return;
      }
      Object chosen = ((IStructuredSelection) e.getSelection()).getFirstElement();
      Object value = chosen == NONE ? null : chosen;
      if (!Objects.equals(value, owner.eGet(feature))) {
        if (!session.execute(SetCommand.create(session.getEditingDomain(), owner, feature, value))) {
          b.refresh();
        }
      }
    });
    bindings.add(b);
    b.refresh();
    return combo;
  }

  /** The values of an enum feature, in declaration order. */
  static List<Object> literals(EStructuralFeature feature) {
    return ((EEnum) feature.getEType()).getELiterals().stream().map(EEnumLiteral::getInstance).map(o -> (Object) o)
        .toList();
  }

  private static final Object NONE = new Object();

  /** The label the Properties view uses for {@code value} of {@code feature} (friendly enum names, object names). */
  String label(EObject owner, EStructuralFeature feature, Object value) {
    IItemPropertyDescriptor d = PropertyColumns.descriptor(session.getAdapterFactory(), owner, feature);
    if (d != null) {
      return d.getLabelProvider(owner).getText(value);
    }
    return value instanceof Named n ? n.getName() : String.valueOf(value);
  }

  /**
   * Reads the text typed for {@code feature} as the tables and imports read it ({@link Values#parse}: the user's
   * locale, ambiguous text asked about).
   *
   * @throws IllegalArgumentException with the sentence naming the problem and how to write the value
   */
  static Object parse(EAttribute feature, String text) {
    return Values.parse(feature.getEAttributeType(), text);
  }

  /** The text a field shows for {@code value}, which reads back as the same value. */
  static String format(EAttribute feature, Object value) {
    return Values.editText(feature.getEAttributeType(), value);
  }

  /** Text for an SWT Label: '&' would otherwise underline the next letter as a mnemonic ("L&D"). */
  static String esc(String text) {
    return text == null ? "" : text.replace("&", "&&");
  }

  /**
   * Lays a form out again after its contents changed: every control, however deeply nested (sections whose lines
   * were rebuilt would otherwise stay blank until the editor is resized), then the scrolled size. Wrapping text and
   * sections are given a small preferred width, so the page wraps them to the editor's width instead of growing
   * sideways past it.
   */
  static void relayout(ScrolledForm form) {
    if (form == null || form.isDisposed()) {
      return;
    }
    boundWidths(form.getBody());
    form.getBody().layout(true, true);
    form.reflow(true);
  }

  private static final int WRAP_WIDTH = 160;

  private static void boundWidths(Composite parent) {
    for (Control c : parent.getChildren()) {
      boolean wraps = (c.getStyle() & SWT.WRAP) != 0 && (c instanceof org.eclipse.swt.widgets.Label
          || c instanceof org.eclipse.ui.forms.widgets.AbstractHyperlink || c instanceof org.eclipse.ui.forms.widgets.FormText);
      if ((wraps || c instanceof org.eclipse.ui.forms.widgets.Section)
          && c.getLayoutData() instanceof org.eclipse.swt.layout.GridData gd && gd.widthHint == SWT.DEFAULT) {
        gd.widthHint = WRAP_WIDTH;
        gd.grabExcessHorizontalSpace = true;
        gd.horizontalAlignment = SWT.FILL;
      }
      if (c instanceof Composite child) {
        boundWidths(child);
      }
    }
  }

  /** Disables or enables a set of controls. */
  static void enable(boolean enabled, Control... controls) {
    for (Control c : controls) {
      if (c != null && !c.isDisposed()) {
        c.setEnabled(enabled);
      }
    }
  }
}
