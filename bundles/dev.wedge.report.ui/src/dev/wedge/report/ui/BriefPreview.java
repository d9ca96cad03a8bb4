package dev.wedge.report.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The brief wizard's preview: the PDF's pages rendered by PDFBox (offline, no browser), one at a time with ◀ ▶, and
 * a line that says when the options changed since the pages were made.
 */
final class BriefPreview {

  final Label pageLabel;
  private final Canvas canvas;
  private final List<Image> pages = new ArrayList<>();
  private int shown;

  BriefPreview(Composite parent) {
    Composite right = new Composite(parent, SWT.NONE);
    GridLayoutFactory.swtDefaults().numColumns(3).applyTo(right);
    Button prev = new Button(right, SWT.PUSH);
    prev.setText("\u25C0");
    pageLabel = new Label(right, SWT.CENTER);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(pageLabel);
    pageLabel.setText(Messages.Preview_Empty);
    Button next = new Button(right, SWT.PUSH);
    next.setText("\u25B6");
    prev.addListener(SWT.Selection, e -> turn(-1));
    next.addListener(SWT.Selection, e -> turn(1));
    canvas = new Canvas(right, SWT.BORDER | SWT.DOUBLE_BUFFERED);
    GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(canvas);
    canvas.addPaintListener(e -> paint(e.gc));
  }

  /** The pages of {@code pdf} as images at 90 dpi; stops with InterruptedException when {@code monitor} is cancelled. */
  static List<ImageData> render(byte[] pdf, IProgressMonitor monitor) throws IOException, InterruptedException {
    List<ImageData> rendered = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFRenderer renderer = new PDFRenderer(doc);
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        if (monitor.isCanceled()) {
          throw new InterruptedException();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(renderer.renderImageWithDPI(i, 90), "png", png);
        rendered.add(new ImageData(new ByteArrayInputStream(png.toByteArray())));
      }
    }
    return rendered;
  }

  /** Shows {@code rendered} from its first page. */
  void show(List<ImageData> rendered) {
    dispose();
    for (ImageData d : rendered) {
      pages.add(new Image(canvas.getDisplay(), d));
    }
    shown = 0;
    turn(0);
  }

  boolean isEmpty() {
    return pages.isEmpty();
  }

  int pageCount() {
    return pages.size();
  }

  /** Width over height of the first page. */
  double pageAspect() {
    Rectangle r = pages.get(0).getBounds();
    return (double) r.width / r.height;
  }

  /** After a change of options the pages shown are those of before: say so. */
  void stale() {
    if (!pages.isEmpty()) {
      pageLabel.setText(NLS.bind(Messages.Preview_Stale, shown + 1, pages.size()));
    }
  }

  private void turn(int delta) {
    if (pages.isEmpty()) {
      return;
    }
    shown = Math.max(0, Math.min(pages.size() - 1, shown + delta));
    pageLabel.setText(NLS.bind(Messages.Preview_Page, shown + 1, pages.size()));
    canvas.redraw();
  }

  private void paint(GC gc) {
    Rectangle area = canvas.getClientArea();
    gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
    gc.fillRectangle(area);
    if (pages.isEmpty()) {
      return;
    }
    Image img = pages.get(shown);
    Rectangle b = img.getBounds();
    double scale = Math.min((area.width - 16) / (double) b.width, (area.height - 16) / (double) b.height);
    int w = (int) (b.width * scale);
    int h = (int) (b.height * scale);
    gc.setInterpolation(SWT.HIGH);
    gc.drawImage(img, 0, 0, b.width, b.height, (area.width - w) / 2, (area.height - h) / 2, w, h);
  }

  void dispose() {
    for (Image i : pages) {
      i.dispose();
    }
    pages.clear();
  }
}
