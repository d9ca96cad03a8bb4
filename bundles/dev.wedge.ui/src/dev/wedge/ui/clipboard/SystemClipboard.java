package dev.wedge.ui.clipboard;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Display;

import dev.wedge.model.Named;

/**
 * The system clipboard beside the model clipboard: a copy of model objects also puts their names there as text (for
 * a mail or a slide), and a paste knows from it whether text was copied elsewhere since (rows of a spreadsheet, which
 * a part such as the metrics editor pastes itself).
 */
final class SystemClipboard {

  private static volatile String put;

  private SystemClipboard() {
  }

  /** Puts one line per object (its name, or its kind) on the system clipboard. */
  static void putNames(List<EObject> objects) {
    StringBuilder b = new StringBuilder();
    for (EObject o : objects) {
      String name = o instanceof Named n && n.getName() != null ? n.getName() : o.eClass().getName();
      b.append(b.isEmpty() ? "" : System.lineSeparator()).append(name);
    }
    put = b.toString();
    Clipboard c = new Clipboard(Display.getCurrent());
    try {
      c.setContents(new Object[] {put}, new Transfer[] {TextTransfer.getInstance()});
    } finally {
      c.dispose();
    }
  }

  /** Whether the system clipboard holds text that is not what the last copy of model objects put there. */
  static boolean holdsTextOfElsewhere() {
    Clipboard c = new Clipboard(Display.getCurrent());
    try {
      Object text = c.getContents(TextTransfer.getInstance());
      return text instanceof String s && !s.isBlank() && !s.equals(put);
    } finally {
      c.dispose();
    }
  }
}
