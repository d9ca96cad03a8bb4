package dev.wedge.ui.print;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;

/** One picture on one printed page: fitted within the printable area, its proportions kept, centred at the top. */
final class PageImage {

  private PageImage() {
  }

  /** Where a picture of {@code w} x {@code h} goes in {@code area}: as large as fits, never distorted. */
  static Rectangle fit(int w, int h, Rectangle area) {
    double scale = Math.min(area.width / (double) w, area.height / (double) h);
    int width = (int) Math.floor(w * scale);
    int height = (int) Math.floor(h * scale);
    return new Rectangle(area.x + (area.width - width) / 2, area.y, width, height);
  }

  static void print(PrinterData data, String title, ImageData picture) {
    Printer printer = new Printer(data);
    try {
      if (!printer.startJob(title)) {
        throw new org.eclipse.swt.SWTException("the printer did not take the job");
      }
      printer.startPage();
      GC gc = new GC(printer);
      Image image = new Image(printer, picture);
      try {
        Rectangle page = printer.getClientArea();
        Point dpi = printer.getDPI();
        int margin = dpi.x / 2; // half an inch
        Rectangle area = new Rectangle(page.x + margin, page.y + margin, page.width - 2 * margin,
            page.height - 2 * margin);
        Rectangle at = fit(picture.width, picture.height, area);
        gc.setInterpolation(SWT.HIGH);
        gc.drawImage(image, 0, 0, picture.width, picture.height, at.x, at.y, at.width, at.height);
      } finally {
        image.dispose();
        gc.dispose();
      }
      printer.endPage();
      printer.endJob();
    } finally {
      printer.dispose();
    }
  }
}
