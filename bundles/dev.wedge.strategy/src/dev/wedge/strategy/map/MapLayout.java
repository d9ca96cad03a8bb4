package dev.wedge.strategy.map;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.emf.ecore.EObject;

import dev.wedge.model.BusinessGoal;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Initiative;
import dev.wedge.model.MetricLink;
import dev.wedge.model.StrategyModel;

/**
 * Lays out a strategy map with ELK layered, read left to right like an impact map: business goals in the first
 * layer, the business metrics that show them in the second, the initiatives that should move the metrics in the
 * third (partitions keep the three kinds in their own layers even when unconnected), orthogonal
 * edges from each goal to its metrics and from each metric to the initiatives that should move it. Headless: the
 * sizes of the boxes come from the caller.
 */
public final class MapLayout {

  /** The size of each box. */
  @FunctionalInterface
  public interface Sizer {
    double[] size(EObject node);
  }

  /** Boxes of a fixed size by kind (the canvas uses the same). */
  public static final Sizer FIXED = node -> node instanceof Initiative ? new double[] {200, 52}
      : new double[] {190, 52};

  /** A box. */
  public record Box(double x, double y, double width, double height) {
    public boolean overlaps(Box o) {
      return x < o.x + o.width && o.x < x + width && y < o.y + o.height && o.y < y + height;
    }

    public boolean contains(double px, double py) {
      return px >= x && px <= x + width && py >= y && py <= y + height;
    }

    public double centerX() {
      return x + width / 2;
    }

    public double centerY() {
      return y + height / 2;
    }
  }

  /**
   * A line of the map: from {@code upper} (goal or metric, on the left) to {@code lower} (metric or initiative);
   * {@code element} is the MetricLink of an initiative, or the metric itself for the metric–goal line.
   * {@code points} are x, y pairs from the upper box to the lower one.
   */
  public record Line(EObject upper, EObject lower, EObject element, double[] points) {
  }

  /** The laid-out map. */
  public record Geometry(Map<EObject, Box> boxes, List<Line> lines, double width, double height) {
    public EObject nodeAt(double x, double y) {
      for (Map.Entry<EObject, Box> e : boxes.entrySet()) {
        if (e.getValue().contains(x, y)) {
          return e.getKey();
        }
      }
      return null;
    }

    /** The element of the first line that passes within {@code tolerance} of the point, or null. */
    public EObject lineAt(double x, double y, double tolerance) {
      for (Line l : lines) {
        double[] p = l.points();
        for (int i = 0; i + 3 < p.length; i += 2) {
          if (distance(x, y, p[i], p[i + 1], p[i + 2], p[i + 3]) <= tolerance) {
            return l.element();
          }
        }
      }
      return null;
    }

    /** The distance of the point (px, py) from the segment a-b. */
    static double distance(double px, double py, double ax, double ay, double bx, double by) {
      double dx = bx - ax;
      double dy = by - ay;
      double len = dx * dx + dy * dy;
      double t = len == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len));
      double cx = ax + t * dx - px;
      double cy = ay + t * dy - py;
      return Math.sqrt(cx * cx + cy * cy);
    }
  }

  public static final double SPACING = 14;
  public static final double LAYER_SPACING = 90;

  private MapLayout() {
  }

  static {
    // outside Eclipse's extension registry ELK's options and their cloners are registered by hand, once
    org.eclipse.elk.core.data.LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(
        new org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider());
  }

  public static Geometry layout(StrategyModel model, Sizer sizer) {
    ElkNode root = ElkGraphUtil.createGraph();
    root.setProperty(LayeredOptions.DIRECTION, Direction.RIGHT);
    root.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE, SPACING);
    root.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 6.0);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
    root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 14.0);
    root.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, false);
    root.setProperty(LayeredOptions.PARTITIONING_ACTIVATE, true);
    root.setProperty(LayeredOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(20));
    // the same model is laid out the same way every time: on screen, in the PNG and SVG exports and in the brief
    root.setProperty(LayeredOptions.RANDOM_SEED, 1);
    root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY,
        org.eclipse.elk.alg.layered.options.OrderingStrategy.NODES_AND_EDGES);

    Map<EObject, ElkNode> nodes = new LinkedHashMap<>();
    for (BusinessGoal g : model.getGoals()) {
      nodes.put(g, node(root, g, sizer, 0));
    }
    for (BusinessMetric m : model.getMetrics()) {
      nodes.put(m, node(root, m, sizer, 1));
    }
    for (Initiative i : model.getInitiatives()) {
      nodes.put(i, node(root, i, sizer, 2));
    }
    Map<ElkEdge, EObject[]> edges = new IdentityHashMap<>();
    for (BusinessMetric m : model.getMetrics()) {
      if (m.getGoal() != null && nodes.containsKey(m.getGoal())) {
        ElkEdge e = ElkGraphUtil.createSimpleEdge(nodes.get(m.getGoal()), nodes.get(m));
        edges.put(e, new EObject[] {m.getGoal(), m, m});
      }
    }
    for (Initiative i : model.getInitiatives()) {
      for (MetricLink l : i.getLinks()) {
        if (l.getMetric() != null && nodes.containsKey(l.getMetric())) {
          ElkEdge e = ElkGraphUtil.createSimpleEdge(nodes.get(l.getMetric()), nodes.get(i));
          edges.put(e, new EObject[] {l.getMetric(), i, l});
        }
      }
    }
    if (nodes.size() > 200) { // large portfolios: fewer crossing-minimization sweeps (7 by default), same quality
      root.setProperty(LayeredOptions.THOROUGHNESS, 3);
    }
    new LayeredLayoutProvider().layout(root, new BasicProgressMonitor());

    Map<EObject, Box> boxes = new LinkedHashMap<>();
    for (Map.Entry<EObject, ElkNode> e : nodes.entrySet()) {
      ElkNode n = e.getValue();
      boxes.put(e.getKey(), new Box(n.getX(), n.getY(), n.getWidth(), n.getHeight()));
    }
    List<Line> lines = new ArrayList<>();
    for (ElkEdge e : root.getContainedEdges()) {
      EObject[] what = edges.get(e);
      if (what == null || e.getSections().isEmpty()) {
        continue;
      }
      ElkEdgeSection s = e.getSections().get(0);
      List<Double> pts = new ArrayList<>();
      pts.add(s.getStartX());
      pts.add(s.getStartY());
      for (ElkBendPoint b : s.getBendPoints()) {
        pts.add(b.getX());
        pts.add(b.getY());
      }
      pts.add(s.getEndX());
      pts.add(s.getEndY());
      double[] points = new double[pts.size()];
      for (int k = 0; k < points.length; k++) {
        points[k] = pts.get(k);
      }
      lines.add(new Line(what[0], what[1], what[2], points));
    }
    return new Geometry(boxes, lines, root.getWidth(), root.getHeight());
  }

  private static ElkNode node(ElkNode root, EObject o, Sizer sizer, int partition) {
    ElkNode n = ElkGraphUtil.createNode(root);
    double[] size = sizer.size(o);
    n.setDimensions(size[0], size[1]);
    n.setProperty(LayeredOptions.PARTITIONING_PARTITION, partition);
    return n;
  }
}
