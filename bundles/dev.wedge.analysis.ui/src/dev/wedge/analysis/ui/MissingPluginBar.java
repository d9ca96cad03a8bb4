package dev.wedge.analysis.ui;

import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import dev.wedge.core.persistence.MissingPlugin;
import dev.wedge.core.session.ModelSession;

/**
 * The information bar above the findings: the model in focus holds data of a plug-in that is not installed. Shown in
 * full (the text wraps), and it stays until the user dismisses it for that model; it comes back when the model is
 * opened again.
 */
final class MissingPluginBar {

  /** Models whose bar was dismissed (for as long as they are open). */
  private static final Map<ModelSession, Boolean> DISMISSED = new WeakHashMap<>();

  private final Composite bar;
  private final Text text;
  private ModelSession session;

  MissingPluginBar(Composite parent) {
    bar = new Composite(parent, SWT.NONE);
    bar.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
    GridLayout layout = new GridLayout(3, false);
    layout.marginHeight = 4;
    layout.marginWidth = 6;
    bar.setLayout(layout);
    Label icon = new Label(bar, SWT.NONE);
    icon.setImage(parent.getDisplay().getSystemImage(SWT.ICON_WARNING));
    icon.setBackground(bar.getBackground());
    icon.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
    text = new Text(bar, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI);
    text.setBackground(bar.getBackground());
    text.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_INFO_FOREGROUND));
    GridData td = new GridData(SWT.FILL, SWT.CENTER, true, false);
    td.widthHint = 200; // wraps to the width of the view instead of widening it
    text.setLayoutData(td);
    Button dismiss = new Button(bar, SWT.PUSH);
    dismiss.setText(Messages.MissingPlugin_Dismiss);
    dismiss.setToolTipText(Messages.MissingPlugin_DismissTooltip);
    dismiss.setLayoutData(new GridData(SWT.RIGHT, SWT.TOP, false, false));
    dismiss.addListener(SWT.Selection, e -> dismiss());
    GridData bd = new GridData(SWT.FILL, SWT.TOP, true, false);
    bar.setLayoutData(bd);
    update(null);
  }

  /** Shows the notes of {@code s}, or hides the bar when it has none or they were dismissed. */
  void update(ModelSession s) {
    session = s;
    List<MissingPlugin> missing = s == null || s.isDisposed() || DISMISSED.containsKey(s) ? List.of()
        : MissingPlugin.in(s.getResource());
    String notes = missing.stream().map(MissingPlugin::message).collect(Collectors.joining("\n"));
    boolean visible = !missing.isEmpty();
    if (visible == bar.getVisible() && notes.equals(text.getText())) {
      return;
    }
    text.setText(notes);
    bar.setVisible(visible);
    ((GridData) bar.getLayoutData()).exclude = !visible;
    bar.getParent().layout(true, true);
  }

  void dismiss() {
    if (session != null) {
      DISMISSED.put(session, Boolean.TRUE);
    }
    update(session);
  }

  /** What the bar says now, or "" when it is hidden. */
  String shown() {
    return bar.getVisible() ? text.getText() : "";
  }
}
