package dev.wedge.ui.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * a model first applies every field of it ({@link #commitAll(ModelSession)}), so nothing typed is left behind.
 *
 * <p>A field's commit is idempotent (it applies only a text that differs from the model) and says itself, beside the
 * field, when the value is refused; the text then stays in the field.
 */
public final class FieldEdits {

  private record Field(ModelSession session, Text text, Runnable commit) {
  }

  private static final Map<Text, Field> FIELDS = new LinkedHashMap<>();
  private static Field focused;
  private static boolean installed;

  private FieldEdits() {
  }

  /**
   * Makes {@code text} a field of {@code session}'s model that applies what is typed with {@code commit} (on the UI
   * thread; does nothing when the text is the model's value).
   */
  public static void bind(ModelSession session, Text text, Runnable commit) {
    install(text.getDisplay());
    Field field = new Field(session, text, commit);
    FIELDS.put(text, field);
    boolean multi = (text.getStyle() & SWT.MULTI) != 0;
    text.addListener(SWT.FocusIn, e -> focused = field);
    text.addListener(SWT.FocusOut, e -> commit.run());
    text.addListener(SWT.Dispose, e -> {
      FIELDS.remove(text);
      if (focused == field) {
        focused = null;
      }
    });
    if (!multi) {
      text.addListener(SWT.DefaultSelection, e -> commit.run());
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
      commit.run();
      text.traverse(e.detail);
    });
    text.addListener(SWT.KeyDown, e -> {
      if ((e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) && (e.stateMask & SWT.MOD1) != 0) {
        e.doit = false; // Ctrl+Enter applies the text, it inserts no line
        commit.run();
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
      if (f.session() == session) {
        mine.add(f);
      }
    }
    for (Field f : mine) {
      if (!f.text().isDisposed()) {
        f.commit().run();
      }
    }
  }

  /** Applies the field last typed in, if any (before a command runs, or a menu opens). */
  public static void commitFocused() {
    Field f = focused;
    if (f != null && !f.text().isDisposed()) {
      f.commit().run();
    }
  }

  private static void install(Display display) {
    if (installed) {
      return;
    }
    installed = true;
    Listener focusElsewhere = e -> {
      Field f = focused;
      if (f != null && e.widget != f.text()) {
        focused = null;
        if (!f.text().isDisposed()) {
          f.commit().run();
        }
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
