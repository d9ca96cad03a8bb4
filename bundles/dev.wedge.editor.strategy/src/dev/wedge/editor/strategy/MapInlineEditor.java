package dev.wedge.editor.strategy;

import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Text;

import dev.wedge.core.session.ModelSession;
import dev.wedge.model.WedgePackage.Literals;

/**
 * The strategy map's in-place editor: a text over the map for a name or a link's hypothesis. Enter or leaving it
 * keeps the text (one command), Escape drops it; an empty name is never set, an empty hypothesis clears it.
 */
final class MapInlineEditor {

  private final Canvas map;
  private final ModelSession session;
  private final Consumer<String> status;
  private Text inline;

  MapInlineEditor(Canvas map, ModelSession session, Consumer<String> status) {
    this.map = map;
    this.session = session;
    this.status = status;
  }

  /** Opens the editor on {@code feature} of {@code owner} at (x, y), {@code width} wide, kept inside the map. */
  void open(EObject owner, EAttribute feature, int x, int y, int width, boolean hypothesis) {
    close(true);
    Text t = new Text(map, SWT.BORDER | SWT.SINGLE);
    Object v = owner.eGet(feature);
    t.setText(v == null ? "" : v.toString());
    if (hypothesis) {
      t.setMessage(Messages.Inline_Hypothesis);
    }
    t.setData("owner", owner);
    t.setData("feature", feature);
    Point size = t.computeSize(width, SWT.DEFAULT);
    Rectangle area = map.getClientArea();
    t.setBounds(Math.max(0, Math.min(x, area.width - width)), Math.max(0, Math.min(y, area.height - size.y)), width,
        size.y);
    t.selectAll();
    t.setFocus();
    t.addListener(SWT.DefaultSelection, e -> close(true));
    t.addListener(SWT.KeyDown, e -> {
      if (e.keyCode == SWT.ESC) {
        e.doit = false;
        close(false);
      }
    });
    t.addListener(SWT.FocusOut, e -> map.getDisplay().asyncExec(() -> close(true)));
    inline = t;
  }

  /** The open editor, or null. */
  Text editor() {
    return inline == null || inline.isDisposed() ? null : inline;
  }

  /** Closes the editor, committing its text as one command when {@code commit}. */
  void close(boolean commit) {
    Text t = inline;
    if (t == null || t.isDisposed()) {
      inline = null;
      return;
    }
    inline = null;
    EObject owner = (EObject) t.getData("owner");
    EAttribute feature = (EAttribute) t.getData("feature");
    String text = t.getText().trim();
    t.dispose();
    status.accept("");
    if (commit && owner.eResource() != null) {
      Object value = text.isEmpty() && feature != Literals.NAMED__NAME ? null : text;
      if (!(text.isEmpty() && feature == Literals.NAMED__NAME) && !Objects.equals(value, owner.eGet(feature))) {
        session.execute(SetCommand.create(session.getEditingDomain(), owner, feature, value));
      }
    }
    if (!map.isDisposed()) {
      map.setFocus();
    }
  }
}
