package dev.wedge.ui.print;

import java.util.function.Supplier;

import org.eclipse.jface.action.Action;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.printing.PrintDialog;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.actions.ActionFactory;

import dev.wedge.ui.session.SessionEditorPart;
import org.eclipse.osgi.util.NLS;
import dev.wedge.ui.Messages;

/**
 * File › Print (Ctrl+P) of an editor: the picture the editor gives ({@link SessionEditorPart#printImage()}: the
 * whole strategy map, the whole pilot page), fitted to the page chosen in the system's print dialog. With no printer
 * set up, it says so at the top of the editor instead of doing nothing.
 */
public final class PartPrint {

  /** The printers the system offers (tests stand for a machine without one). */
  static volatile Supplier<PrinterData[]> printers = org.eclipse.swt.printing.Printer::getPrinterList;

  private PartPrint() {
  }

  /** Binds File › Print to {@code editor} while it is active. */
  public static void install(SessionEditorPart editor) {
    Action print = new Action(Messages.Print_Action) {
      @Override
      public void run() {
        String said = print(editor);
        if (said != null) {
          editor.showRefusal(said);
        }
      }
    };
    print.setActionDefinitionId("org.eclipse.ui.file.print");
    editor.getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.PRINT.getId(), print);
    editor.getEditorSite().getActionBars().updateActionBars();
  }

  /** Prints {@code editor}; returns the sentence to show when it did not print (no printer, a failure), or null. */
  public static String print(SessionEditorPart editor) {
    if (printers.get().length == 0) {
      return Messages.Print_NoPrinter;
    }
    PrintDialog dialog = new PrintDialog(editor.getSite().getShell());
    dialog.setText(NLS.bind(Messages.Print_Dialog, editor.getPartName()));
    PrinterData data = dialog.open();
    if (data == null) {
      return null; // cancelled
    }
    ImageData picture = editor.printImage();
    try {
      PageImage.print(data, editor.getPartName(), picture);
      editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(NLS.bind(Messages.Print_Sent,
          editor.getPartName(), data.name));
      return null;
    } catch (org.eclipse.swt.SWTException | org.eclipse.swt.SWTError e) {
      return NLS.bind(Messages.Print_Failed, new Object[] {editor.getPartName(), data.name, e.getMessage()});
    }
  }

  /** A snapshot of {@code control}: of the whole content of its largest scrolled area, when it has one. */
  public static ImageData snapshot(Control control) {
    Control whole = scrolledContent(control);
    Control target = whole != null ? whole : control;
    Point size = target.getSize();
    Image image = new Image(Display.getCurrent(), Math.max(1, size.x), Math.max(1, size.y));
    GC gc = new GC(image);
    try {
      target.print(gc);
      return image.getImageData();
    } finally {
      gc.dispose();
      image.dispose();
    }
  }

  private static Control scrolledContent(Control c) {
    if (c instanceof ScrolledComposite s && s.getContent() != null && s.isVisible()) {
      return s.getContent();
    }
    if (c instanceof Composite k) {
      Control best = null;
      for (Control child : k.getChildren()) {
        Control found = child.isVisible() ? scrolledContent(child) : null;
        if (found != null && (best == null || area(found) > area(best))) {
          best = found;
        }
      }
      return best;
    }
    return null;
  }

  private static long area(Control c) {
    Point s = c.getSize();
    return (long) s.x * s.y;
  }
}
