package dev.wedge.ui.emf;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionEvent;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.ToolTip;
import dev.wedge.ui.Messages;

/**
 * A text field for a value of an EMF data type (numbers, dates, strings). The text is read as {@link Values} reads it
 * (dates in ISO or the user's locale); a wrong value is not applied and is explained next to the field, in a balloon
 * that names the problem and the fix. Enter on a wrong value keeps the field open with the text for correction; leaving
 * the field leaves the model unchanged and the balloon says so.
 */
public class DataTypeCellEditor extends TextCellEditor {

  private final EDataType type;
  private final String propertyName;
  private ToolTip balloon;

  public DataTypeCellEditor(Composite parent, EDataType type, String propertyName) {
    super(parent);
    this.type = type;
    this.propertyName = propertyName;
    setValidator(value -> {
      try {
        Values.parse(type, value == null ? "" : value.toString());
        return null;
      } catch (IllegalArgumentException e) {
        return problem(e.getMessage());
      }
    });
  }

  private String problem(String sentence) {
    String s = sentence == null || sentence.isEmpty() ? "not a valid value" : sentence;
    return (propertyName == null ? "" : propertyName + ": ") + s + ".";
  }

  @Override
  protected void doSetValue(Object value) {
    super.doSetValue(value == null ? "" : value instanceof String s ? s : Values.editText(type, value));
  }

  @Override
  protected Object doGetValue() {
    try {
      return Values.parse(type, (String) super.doGetValue());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** As TextCellEditor's, without passing the sentence through MessageFormat (which drops its quotes). */
  @Override
  protected void editOccured(org.eclipse.swt.events.ModifyEvent e) {
    String value = text.getText() == null ? "" : text.getText();
    boolean oldValidState = isValueValid();
    boolean newValidState = isCorrect(value);
    valueChanged(oldValidState, newValidState);
    if (newValidState) {
      hideBalloon();
    }
  }

  @Override
  protected void handleDefaultSelection(SelectionEvent event) {
    if (!isValueValid()) {
      showBalloon(getErrorMessage(), false); // Enter on a wrong value: the text stays for correction
      return;
    }
    super.handleDefaultSelection(event);
  }

  @Override
  protected void focusLost() {
    if (isActivated() && !isValueValid()) {
      showBalloon(getErrorMessage() + " Not changed.", true);
    }
    super.focusLost();
  }

  @Override
  public void dispose() {
    hideBalloon();
    super.dispose();
  }

  /** The sentence shown next to the field, or null when none is shown (tests). */
  public String balloonText() {
    return balloon == null || balloon.isDisposed() || !balloon.isVisible() ? null : balloon.getMessage();
  }

  private void showBalloon(String message, boolean outlive) {
    Control c = getControl();
    if (c == null || c.isDisposed() || message == null) {
      return;
    }
    hideBalloon();
    ToolTip t = new ToolTip(c.getShell(), SWT.BALLOON | SWT.ICON_ERROR);
    t.setText(Messages.Cell_NotValid);
    t.setMessage(message);
    t.setAutoHide(true);
    Point p = c.toDisplay(0, c.getSize().y);
    t.setLocation(p);
    t.setVisible(true);
    if (outlive) {
      lastBalloon = t; // stays after the field closes, until it hides itself (click or timeout)
      balloon = null;
    } else {
      balloon = t;
    }
  }

  private static ToolTip lastBalloon;

  /** The sentence of the balloon left after a field closed on a wrong value, or null (tests). */
  public static String lastBalloonText() {
    return lastBalloon == null || lastBalloon.isDisposed() ? null : lastBalloon.getMessage();
  }

  private void hideBalloon() {
    if (balloon != null && !balloon.isDisposed()) {
      balloon.dispose();
    }
    balloon = null;
  }
}
