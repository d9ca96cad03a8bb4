package dev.wedge.editor.strategy;

import java.util.function.UnaryOperator;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Display;

import dev.wedge.strategy.map.MapLayout;
import dev.wedge.ui.decorations.ObjectDecorator.Level;

/** The whole strategy map as an image, for export: white, at a scale, without the findings' marks. */
final class MapImage {

  private MapImage() {
  }

  /** The map at {@code scale}, every text passed through {@code text}; the caller disposes it. */
  static Image of(Display display, MapPainter painter, MapLayout.Geometry geometry, double scale,
      UnaryOperator<String> text) {
    int w = (int) Math.ceil(geometry.width() * scale);
    int h = (int) Math.ceil(geometry.height() * scale);
    Image img = new Image(display, Math.max(1, w),
        Math.max(1, h));
    GC gc = new GC(img);
    try {
      gc.setBackground(new org.eclipse.swt.graphics.Color(MapStyle.PRINT.background()));
      gc.fillRectangle(0, 0, w, h);
      Transform t = new Transform(display);
      t.scale((float) scale, (float) scale);
      gc.setTransform(t);
      MapStyle.text = text;
      try {
        painter.paint(gc, MapStyle.PRINT, geometry, o -> Level.NONE, null, null);
      } finally {
        MapStyle.text = UnaryOperator.identity();
      }
      gc.setTransform(null);
      t.dispose();
    } finally {
      gc.dispose();
    }
    return img;
  }
}
