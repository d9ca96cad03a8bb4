package dev.wedge.strategy.map;

/**
 * Where the map is seen from: its zoom (10% to 400%) and the screen position of its origin. Screen and map points
 * convert both ways; zooming keeps the point under the pointer where it is; the map opens as wide as the window
 * (never above 100%, never below {@link #READABLE}) or fits whole; a box off the screen is brought to its middle.
 */
public final class MapViewport {

  /** The smallest zoom the map opens at: its text stays readable (about 10 px); the wheel scrolls the rest. */
  public static final double READABLE = 0.8;

  private double zoom = 1;
  private double panX = 10;
  private double panY = 30;

  public double zoom() {
    return zoom;
  }

  public double panX() {
    return panX;
  }

  public double panY() {
    return panY;
  }

  /** The map's x of a screen x. */
  public double mapX(double sx) {
    return (sx - panX) / zoom;
  }

  /** The map's y of a screen y. */
  public double mapY(double sy) {
    return (sy - panY) / zoom;
  }

  /** The screen x of a map x. */
  public double screenX(double x) {
    return x * zoom + panX;
  }

  /** The screen y of a map y. */
  public double screenY(double y) {
    return y * zoom + panY;
  }

  /** Moves the map by a screen distance. */
  public void pan(double dx, double dy) {
    panX += dx;
    panY += dy;
  }

  /** Zooms to {@code z} (kept within 10% and 400%) around the screen point, which stays where it is. */
  public void zoomAround(double z, double aroundX, double aroundY) {
    double nz = Math.max(0.1, Math.min(4, z));
    double x = mapX(aroundX);
    double y = mapY(aroundY);
    zoom = nz;
    panX = aroundX - x * zoom;
    panY = aroundY - y * zoom;
  }

  /**
   * As wide as a window of {@code width} (never above 100%, never below {@link #READABLE}), centred when it is
   * narrower, from the top below {@code top}.
   */
  public void fitWidth(MapLayout.Geometry g, double width, double top) {
    double z = Math.min(1, (width - 20) / Math.max(1, g.width()));
    zoom = Math.max(READABLE, z);
    panX = g.width() * zoom <= width ? (width - g.width() * zoom) / 2 : 10;
    panY = Math.max(30, top + 8);
  }

  /** The whole map in a window of {@code width} by {@code height} below {@code top} (never above 100%). */
  public void fit(MapLayout.Geometry g, double width, double height, double top) {
    double z = Math.min(1, Math.min((width - 20) / Math.max(1, g.width()), (height - top - 16) / Math.max(1,
        g.height())));
    zoom = Math.max(0.1, z);
    panX = (width - g.width() * zoom) / 2;
    panY = Math.max(30, top + 8);
  }

  /** Brings {@code b} to the middle of a window of {@code width} by {@code height} when it is not wholly in it. */
  public boolean reveal(MapLayout.Box b, double width, double height) {
    double sx = screenX(b.x());
    double sy = screenY(b.y());
    if (sx < 0 || sy < 20 || sx + b.width() * zoom > width || sy + b.height() * zoom > height) {
      panX = width / 2.0 - b.centerX() * zoom;
      panY = height / 2.0 - b.centerY() * zoom;
      return true;
    }
    return false;
  }
}
