package dev.wedge.ui.print;

import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;

/** Pictures handed to File › Print. */
public final class PageImages {

  private PageImages() {
  }

  /** The data of {@code image}, which is disposed. */
  public static ImageData of(Image image) {
    try {
      return image.getImageData();
    } finally {
      image.dispose();
    }
  }
}
