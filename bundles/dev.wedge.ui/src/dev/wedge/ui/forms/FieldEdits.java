package dev.wedge.ui.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.IExecutionListener;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;

import dev.wedge.core.session.ModelSession;

/**
 * The text fields of every form that edit a model, and the rule of when what is typed in one is applied (as in
 * Eclipse forms): when focus leaves the field by any route (another field, another view, a click on the menu bar,
 * any command such as Save, Save All, Close or Team › Commit), on Enter in a one-line field and Ctrl+Enter in a
 * multi-line one. In a multi-line field Tab and Shift+Tab leave the field (Ctrl+Tab inserts a tab). Saving or closing
 * a model first applies every field of it ({@link #commitAll(ModelSession)}), so nothing typed is left behind; while a
 * field holds typed text not applied, its model's editors show * and offer Save ({@link #hasPending}).
 *
 * <p>A field's commit is idempotent (it applies only a text that differs from the model) and says itself, beside the
 * field, when the value is refused; the text then stays in the field.
 */
public final class FieldEdits {

  private static final class Field {
    final ModelSession session;
    final Text text;
    final BooleanSupplier commit;
    /** Typed in and not (or not successfully) applied: the editor shows * and Save is offered. */
    boolean pending;

    Field(ModelSession session, Text text, BooleanSupplier commit) {
      this.session = session;
      this.text = text;
      this.commit = commit;
    }

    void commit() {
      if (!text.isDisposed()) {
        pending(!commit.getAsBoolean());
      }
    }

    void pending(boolean now) {
      if (pending != now) {
        pending = now;
        LISTENERS.forEach(l -> l.accept(session));
      }
    }
  }

  private static final Map<Text, Field> FIELDS = new LinkedHashMap<>();
  private static final List<Consumer<ModelSession>> LISTENERS = new CopyOnWriteArrayList<>();
  private static Field focused;
  private static boolean installed;

  private FieldEdits() {
  }

  /**
   * Makes {@code text} a field of {@code session}'s model that applies what is typed with {@code commit} (on the UI
   * thread; does nothing when the text is the model's value). {@code commit} answers whether the field now holds the
   * model's value: false when the value was refused (and said beside the field), so the text is still unapplied.
   */
  public static void bind(ModelSession session, Text text, BooleanSupplier commit) {
    install(text.getDisplay());
    Field field = new Field(session, text, commit);
    FIELDS.put(text, field);
    boolean multi = (text.getStyle() & SWT.MULTI) != 0;
    text.addListener(SWT.FocusIn, e -> focused = field);
    text.addListener(SWT.FocusOut, e -> field.commit());
    text.addListener(SWT.Modify, e -> {
      if (text.isFocusControl()) {
        field.pending(true); // typed: not what refreshing the field from the model writes
      }
    });
    text.addListener(SWT.Dispose, e -> {
      FIELDS.remove(text);
      if (focused == field) {
        focused = null;
      }
      field.pending(false);
    });
    if (!multi) {
      text.addListener(SWT.DefaultSelection, e -> field.commit());
      return;
    }
    text.addListener(SWT.Traverse, e -> {
      if (e.detail != SWT.TRAVERSE_TAB_NEXT && e.detail != SWT.TRAVERSE_TAB_PREVIOUS) {
        return;
      }
      e.doit = false;
      if ((e.stateMask & SWT.MOD1) != 0) {
        text.insert("\t"); // Ctrl+Tab: a tab character, for the rare text that needs one
        return;
      }
      field.commit();
      text.traverse(e.detail);
    });
    text.addListener(SWT.KeyDown, e -> {
      if ((e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) && (e.stateMask & SWT.MOD1) != 0) {
        e.doit = false; // Ctrl+Enter applies the text, it inserts no line
        field.commit();
      }
    });
  }

  /** Applies every field of {@code session}'s model that holds text not yet applied (before a save or a close). */
  public static void commitAll(ModelSession session) {
    if (Display.getCurrent() == null) {
      return; // not the UI thread: no field can be typed in from here
    }
    List<Field> mine = new ArrayList<>();
    for (Field f : FIELDS.values()) {
      if (f.session == session) {
        mine.add(f);
      }
    }
    mine.forEach(Field::commit);
  }

  /** Whether a field of {@code session}'s model holds typed text not applied to it (the editors then show *). */
  public static boolean hasPending(ModelSession session) {
    return FIELDS.values().stream().anyMatch(f -> f.session == session && f.pending);
  }

  /** Told (on the UI thread) when a field of a model starts or stops holding text not applied. */
  public static void addListener(Consumer<ModelSession> l) {
    LISTENERS.add(l);
  }

  public static void removeListener(Consumer<ModelSession> l) {
    LISTENERS.remove(l);
  }

  /** Applies the field last typed in, if any (before a command runs, or a menu opens). */
  public static void commitFocused() {
    Field f = focused;
    if (f != null) {
      f.commit();
    }
  }

  private static void install(Display display) {
    if (installed) {
      return;
    }
    installed = true;
    Listener focusElsewhere = e -> {
      Field f = focused;
      if (f != null && e.widget != f.text) {
        focused = null;
        f.commit();
      }
    };
    display.addFilter(SWT.FocusIn, focusElsewhere);
    display.addFilter(SWT.Show, e -> {
      if (e.widget instanceof Menu) {
        commitFocused(); // the menu bar takes no focus: File › Save must see what was typed
      }
    });
    if (PlatformUI.isWorkbenchRunning()) {
      ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
      if (commands != null) {
        commands.addExecutionListener(new IExecutionListener() {
          @Override
          public void preExecute(String commandId, ExecutionEvent event) {
            commitFocused(); // Ctrl+S, Ctrl+Shift+S, Ctrl+W: a key binding moves no focus either
          }

          @Override
          public void postExecuteSuccess(String commandId, Object returnValue) {
          }

          @Override
          public void postExecuteFailure(String commandId, ExecutionException exception) {
          }

          @Override
          public void notHandled(String commandId, NotHandledException exception) {
          }
        });
      }
    }
  }
}
