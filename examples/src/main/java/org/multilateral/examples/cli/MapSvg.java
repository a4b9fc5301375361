package org.multilateral.examples.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.multilateral.query.internal.Escaping;

/**
 * A {@link MembersMap} as an SVG world map in the Equal Earth projection: no script, fonts of 12 px or more. The map
 * sits in a nested {@code <svg>} whose viewBox, in projected units (a thousand per radius of the sphere, north up),
 * is the whole world or the members' extent; the title, legend and caption are outside it, in pixels.
 *
 * <p>Shapes that cross the antimeridian (Russia, Fiji) are unwrapped into continuous longitudes and drawn a second
 * time 360 degrees over; both copies are clipped to the outline of the sphere.
 */
final class MapSvg {

  /** What part of the world the map shows. */
  enum Extent {
    world, members
  }

  static final int WIDTH = 1100;
  private static final int MARGIN = 20;
  private static final double MAP_WIDTH = WIDTH - 2.0 * MARGIN;
  private static final double UNITS = 1000;
  /** The world map runs from this latitude north... */
  private static final double NORTH = 84;
  /** ...to this one south: Antarctica is not drawn. */
  private static final double SOUTH = -57;
  /** A shape smaller than this many square pixels gets a dot too. */
  private static final double SMALL = 12;
  private static final double DOT = 4;
  private static final double CHAR = 6.6; // a 12 px character, on average and generously, for wrapping

  static final String MEMBER = "#1f5fa8";
  static final String POSSIBLE = "#9dbce3";
  static final String OTHER = "#f0a030";
  static final String NOT_MEMBER = "#d5dae1";
  private static final String OCEAN = "#eaf2f9";
  private static final String INK = "#1b2a41";
  private static final String GREY_INK = "#44546a";

  private MapSvg() {}

  /** A box in projected units: x to the east, y to the south (as in SVG). */
  record Box(double minX, double minY, double maxX, double maxY) {
    double width() {
      return maxX - minX;
    }

    double height() {
      return maxY - minY;
    }
  }

  /** The box of the world map. */
  static Box world() {
    return new Box(-EqualEarth.MAX_X * UNITS, -EqualEarth.y(NORTH) * UNITS, EqualEarth.MAX_X * UNITS,
        -EqualEarth.y(SOUTH) * UNITS);
  }

  /**
   * The box of the areas a member (or a holder of another role shown) stands for, with a margin, made no narrower
   * than half its width tall (and no taller than it is wide), inside the world box; the world box when there are
   * no members.
   */
  static Box extent(MembersMap map, Extent extent) {
    Box world = world();
    if (extent == Extent.world) {
      return world;
    }
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    Boundaries boundaries = Boundaries.get();
    double minRing = EXTENT_MIN_KM2 / EARTH_KM2 * worldArea();
    for (MembersMap.Area area : map.areas()) {
      if (!area.isMarked()) {
        continue;
      }
      for (double[] p : points(boundaries, area, minRing)) {
        minX = Math.min(minX, p[0]);
        maxX = Math.max(maxX, p[0]);
        minY = Math.min(minY, p[1]);
        maxY = Math.max(maxY, p[1]);
      }
    }
    if (minX > maxX) {
      return world;
    }
    minX = Math.max(minX, world.minX());
    maxX = Math.min(maxX, world.maxX());
    minY = Math.max(minY, world.minY());
    maxY = Math.min(maxY, world.maxY());
    double margin = 0.06 * Math.max(maxX - minX, maxY - minY) + 40;
    double w = maxX - minX + 2 * margin;
    double h = maxY - minY + 2 * margin;
    double cx = (minX + maxX) / 2;
    double cy = (minY + maxY) / 2;
    w = Math.max(w, h);
    h = Math.max(h, w / 2);
    w = Math.min(w, world.width());
    h = Math.min(h, world.height());
    double x0 = Math.max(world.minX(), Math.min(world.maxX() - w, cx - w / 2));
    double y0 = Math.max(world.minY(), Math.min(world.maxY() - h, cy - h / 2));
    return new Box(x0, y0, x0 + w, y0 + h);
  }

  /**
   * The smallest land mass (in square kilometres) that widens a member's extent beyond its largest one: Alaska and
   * Baffin Island do, Hawaii, French Guiana and Svalbard do not, so that a zoomed map is of where the members are,
   * not of every island they hold.
   */
  static final double EXTENT_MIN_KM2 = 200_000;

  /** Earth's surface, in square kilometres: the area of the whole map, since the projection is equal-area. */
  private static final double EARTH_KM2 = 510_072_000;

  /**
   * The projected points the extent takes from an area: its dot, or its largest ring and every other ring of at least
   * {@code minRing} square drawing units ({@link #EXTENT_MIN_KM2}; rings as unwrapped, the first copy).
   */
  private static List<double[]> points(Boundaries boundaries, MembersMap.Area area, double minRing) {
    List<double[]> points = new ArrayList<>();
    if (area.code().isPresent() && area.dot()) {
      boundaries.point(area.code().get()).ifPresent(p -> points.add(project(p[0], p[1])));
      return points;
    }
    List<List<double[]>> rings = new ArrayList<>();
    for (Boundaries.Ring ring : rings(boundaries, area)) {
      double[] lons = unwrap(ring);
      // The copy of the ring that lies mostly on the map: Alaska's ring, unwrapped from the Aleutians west of the
      // antimeridian, would otherwise sit a whole turn east of the rest of the United States.
      double shift = -360 * Math.round(Arrays.stream(lons).average().orElse(0) / 360);
      List<double[]> projected = new ArrayList<>(ring.size());
      for (int i = 0; i < ring.size(); i++) {
        projected.add(project(lons[i] + shift, ring.lat(i)));
      }
      rings.add(projected);
    }
    double largest = rings.stream().mapToDouble(MapSvg::area).max().orElse(0);
    double floor = Math.min(largest, minRing);
    rings.stream().filter(r -> area(r) >= floor).forEach(points::addAll);
    return points;
  }

  /** The area a ring of projected points encloses (shoelace formula), in square drawing units. */
  private static double area(List<double[]> ring) {
    double twice = 0;
    for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
      twice += ring.get(j)[0] * ring.get(i)[1] - ring.get(i)[0] * ring.get(j)[1];
    }
    return Math.abs(twice) / 2;
  }

  /** The area of the whole projected sphere, in square drawing units, from its outline at every degree. */
  private static double worldArea() {
    List<double[]> outline = new ArrayList<>();
    for (int lat = -90; lat <= 90; lat++) {
      outline.add(project(180, lat));
    }
    for (int lat = 90; lat >= -90; lat--) {
      outline.add(project(-180, lat));
    }
    return area(outline);
  }

  private static List<Boundaries.Ring> rings(Boundaries boundaries, MembersMap.Area area) {
    if (area.code().isPresent()) {
      return boundaries.shape(area.code().get());
    }
    return boundaries.territories().stream().filter(t -> t.name().equals(area.name())).findFirst()
        .map(Boundaries.Territory::rings).orElse(List.of());
  }

  static double[] project(double lon, double lat) {
    return new double[] {EqualEarth.x(lon, lat) * UNITS, -EqualEarth.y(lat) * UNITS};
  }

  /** The ring's longitudes made continuous: no step of more than 180 degrees from one point to the next. */
  private static double[] unwrap(Boundaries.Ring ring) {
    double[] lons = new double[ring.size()];
    for (int i = 0; i < lons.length; i++) {
      double lon = ring.lon(i);
      if (i > 0) {
        while (lon - lons[i - 1] > 180) {
          lon -= 360;
        }
        while (lon - lons[i - 1] < -180) {
          lon += 360;
        }
      }
      lons[i] = lon;
    }
    return lons;
  }

  /**
   * The map as SVG: {@code title} and {@code subtitle} above, the legend and {@code caption} (paragraphs) below.
   */
  static String render(MembersMap map, Extent extent, String title, String subtitle, List<String> caption) {
    Boundaries boundaries = Boundaries.get();
    Box box = extent(map, extent);
    double scale = MAP_WIDTH / box.width(); // pixels per unit
    double mapHeight = box.height() * scale;
    double px = 1 / scale; // units per pixel
    double mapTop = 70;

    // The areas, shapes first, dots on top; and which statuses the legend needs.
    Set<MembersMap.Status> used = EnumSet.noneOf(MembersMap.Status.class);
    StringBuilder shapes = new StringBuilder();
    StringBuilder dots = new StringBuilder();
    List<String> patterns = new ArrayList<>();
    boolean smallShown = false;
    for (MembersMap.Area area : map.areas()) {
      MembersMap.Status status = area.status();
      used.add(status);
      String fill = fill(area, patterns, px);
      String tooltip = "<title>" + escape(area.tooltip()) + "</title>";
      if (area.dot()) {
        double[] p = boundaries.point(area.code().get()).map(q -> project(q[0], q[1])).orElseThrow();
        dots.append(dot(p, fill, px, tooltip, area.isMarked()));
        smallShown = true;
        continue;
      }
      StringBuilder d = new StringBuilder();
      double largest = 0;
      double[] centre = null;
      double total = 0;
      for (Boundaries.Ring ring : rings(boundaries, area)) {
        double[] lons = unwrap(ring);
        double min = lons[0];
        double max = lons[0];
        for (double lon : lons) {
          min = Math.min(min, lon);
          max = Math.max(max, lon);
        }
        path(d, ring, lons, 0);
        if (max > 180) {
          path(d, ring, lons, -360);
        }
        if (min < -180) {
          path(d, ring, lons, 360);
        }
        double[] measured = measure(ring, lons);
        total += measured[0];
        if (measured[0] > largest) {
          largest = measured[0];
          centre = new double[] {measured[1], measured[2]};
        }
      }
      shapes.append(SvgText.format("<path d=\"%s\" fill=\"%s\" fill-rule=\"evenodd\" stroke=\"#ffffff\" "
          + "stroke-width=\"%.2f\" stroke-linejoin=\"round\">%s</path>%n", d, fill, 0.6 * px, tooltip));
      if (centre != null && total * scale * scale < SMALL && area.status() != MembersMap.Status.NO_DATA) {
        dots.append(dot(centre, fill, px, tooltip, area.isMarked()));
        smallShown = true;
      }
    }

    // Legend and caption, below the map; the legend wraps into rows.
    String word = map.memberWord();
    List<String[]> entries = new ArrayList<>();
    entries.add(new String[] {MEMBER, word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1)});
    if (used.contains(MembersMap.Status.POSSIBLE) || map.areas().stream().anyMatch(
        a -> a.status() == MembersMap.Status.SHARED && a.stripes().contains(MembersMap.Status.POSSIBLE))) {
      entries.add(new String[] {POSSIBLE, "Possibly a " + word + " (a date known only to the month or year)"});
    }
    if (map.showsOtherRoles()) {
      entries.add(new String[] {OTHER, "Partner, candidate, aspirant or observer"});
    }
    entries.add(new String[] {NOT_MEMBER, "Not a " + word});
    if (used.contains(MembersMap.Status.SHARED)) {
      entries.add(new String[] {"url(#legend-shared)", "Two states on one territory, statuses differ"});
    }
    if (used.contains(MembersMap.Status.NO_DATA)) {
      entries.add(new String[] {"url(#legend-nodata)", "No state in the data"});
    }
    if (smallShown) {
      entries.add(new String[] {"dot", "Small state"});
    }
    StringBuilder legend = new StringBuilder();
    double legendY = mapTop + mapHeight + 28;
    double x = MARGIN;
    for (String[] e : entries) {
      double width = 24 + e[1].length() * 6.8;
      if (x > MARGIN && x + width > WIDTH - MARGIN) {
        x = MARGIN;
        legendY += 22;
      }
      if (e[0].equals("dot")) {
        legend.append(SvgText.format("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" "
            + "stroke=\"%s\" stroke-width=\"1.2\"/>%n", x + 9, legendY - 4.5, DOT, NOT_MEMBER, INK));
      } else {
        legend.append(SvgText.format("<rect x=\"%.1f\" y=\"%.1f\" width=\"18\" height=\"13\" "
            + "fill=\"%s\" stroke=\"%s\" stroke-width=\"0.8\"/>%n", x, legendY - 11, e[0], GREY_INK));
      }
      legend.append(SvgText.format("<text x=\"%.1f\" y=\"%.1f\">%s</text>%n", x + 24, legendY,
          escape(e[1])));
      x += width + 22;
    }
    List<String> lines = new ArrayList<>();
    for (String paragraph : caption) {
      lines.addAll(SvgText.fill(paragraph, (int) (MAP_WIDTH / CHAR)));
    }
    double captionTop = legendY + 26;
    double height = captionTop + lines.size() * 17 + 14;

    StringBuilder svg = new StringBuilder();
    svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    svg.append(SvgText.format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%.0f\" "
        + "viewBox=\"0 0 %d %.0f\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"13\" fill=\"%s\">%n",
        WIDTH, height, WIDTH, height, INK));
    svg.append("<title>").append(escape(title)).append("</title>\n");
    svg.append("<defs>\n");
    svg.append(SvgText.format("<pattern id=\"legend-shared\" patternUnits=\"userSpaceOnUse\" width=\"6\" "
        + "height=\"6\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"%s\"/>"
        + "<rect width=\"3\" height=\"6\" fill=\"%s\"/></pattern>%n", NOT_MEMBER, MEMBER));
    svg.append(SvgText.format("<pattern id=\"legend-nodata\" patternUnits=\"userSpaceOnUse\" width=\"5\" "
        + "height=\"5\" patternTransform=\"rotate(45)\"><rect width=\"5\" height=\"5\" fill=\"#ffffff\"/>"
        + "<rect width=\"1.2\" height=\"5\" fill=\"#9aa5b1\"/></pattern>%n"));
    svg.append("</defs>\n");
    svg.append(SvgText.format("<rect width=\"%d\" height=\"%.0f\" fill=\"#ffffff\"/>%n", WIDTH, height));
    // A long title (the OSCE's) gets a smaller font, so that it fits the width whatever the sans-serif font.
    double titleSize = Math.max(14, Math.min(20, MAP_WIDTH / (0.62 * title.length())));
    svg.append(SvgText.format("<text x=\"%d\" y=\"32\" font-size=\"%.1f\" font-weight=\"bold\">%s</text>%n",
        MARGIN, titleSize, escape(title)));
    svg.append(SvgText.format("<text x=\"%d\" y=\"55\" font-size=\"14\" fill=\"%s\">%s</text>%n",
        MARGIN, GREY_INK, escape(subtitle)));
    svg.append(SvgText.format("<svg x=\"%d\" y=\"%.0f\" width=\"%.0f\" height=\"%.0f\" "
        + "viewBox=\"%.0f %.0f %.0f %.0f\" preserveAspectRatio=\"xMidYMid meet\">%n", MARGIN, mapTop, MAP_WIDTH,
        mapHeight, box.minX(), box.minY(), box.width(), box.height()));
    svg.append("<title>").append(escape(title)).append("</title>\n");
    svg.append("<defs>\n");
    svg.append("<clipPath id=\"sphere\"><path d=\"").append(outline()).append("\"/></clipPath>\n");
    patterns.forEach(svg::append);
    svg.append("</defs>\n");
    svg.append(SvgText.format("<path d=\"%s\" fill=\"%s\"/>%n", outline(), OCEAN));
    svg.append("<g clip-path=\"url(#sphere)\">\n").append(shapes).append("</g>\n");
    svg.append(SvgText.format("<path d=\"%s\" fill=\"none\" stroke=\"#9aa5b1\" stroke-width=\"%.2f\"/>%n",
        outline(), px));
    svg.append(dots);
    svg.append("</svg>\n");
    svg.append(legend);
    for (int i = 0; i < lines.size(); i++) {
      svg.append(SvgText.format("<text x=\"%d\" y=\"%.1f\" font-size=\"12\" fill=\"%s\">%s</text>%n",
          MARGIN, captionTop + i * 17, GREY_INK, escape(lines.get(i))));
    }
    svg.append("</svg>\n");
    return svg.toString();
  }

  /** The fill of an area: a colour, or a pattern (added to {@code patterns}) for stripes and no data. */
  private static String fill(MembersMap.Area area, List<String> patterns, double px) {
    return switch (area.status()) {
      case MEMBER -> MEMBER;
      case POSSIBLE -> POSSIBLE;
      case OTHER_ROLE -> OTHER;
      case NOT_MEMBER -> NOT_MEMBER;
      case NO_DATA -> pattern(patterns, "nodata", "#ffffff", "#9aa5b1", 5 * px, 0.25);
      case SHARED -> {
        List<MembersMap.Status> two = area.stripes();
        yield pattern(patterns, "shared-" + two.get(0) + "-" + two.get(1), colour(two.get(1)), colour(two.get(0)),
            7 * px, 0.5);
      }
    };
  }

  private static String colour(MembersMap.Status status) {
    return switch (status) {
      case MEMBER -> MEMBER;
      case POSSIBLE -> POSSIBLE;
      case OTHER_ROLE -> OTHER;
      default -> NOT_MEMBER;
    };
  }

  /** A diagonal stripe pattern in map units, defined once; its reference. */
  private static String pattern(List<String> patterns, String id, String ground, String stripe, double size,
      double share) {
    String def = SvgText.format("<pattern id=\"%s\" patternUnits=\"userSpaceOnUse\" width=\"%.2f\" "
        + "height=\"%.2f\" patternTransform=\"rotate(45)\"><rect width=\"%.2f\" height=\"%.2f\" fill=\"%s\"/>"
        + "<rect width=\"%.2f\" height=\"%.2f\" fill=\"%s\"/></pattern>%n", id, size, size, size, size, ground,
        size * share, size, stripe);
    if (!patterns.contains(def)) {
      patterns.add(def);
    }
    return "url(#" + id + ")";
  }

  /** A dot: a member's larger, with a dark ring; another's smaller, with a grey one, so that it recedes. */
  private static String dot(double[] p, String fill, double px, String tooltip, boolean marked) {
    return SvgText.format("<circle cx=\"%.0f\" cy=\"%.0f\" r=\"%.2f\" fill=\"%s\" stroke=\"%s\" "
        + "stroke-width=\"%.2f\">%s</circle>%n", p[0], p[1], (marked ? DOT : DOT - 1) * px, fill,
        marked ? INK : "#7d8a9a", (marked ? 1.4 : 1) * px, tooltip);
  }

  /** Appends a ring to a path, its longitudes shifted by {@code shift} degrees. */
  private static void path(StringBuilder d, Boundaries.Ring ring, double[] lons, double shift) {
    for (int i = 0; i < ring.size(); i++) {
      double[] p = project(lons[i] + shift, ring.lat(i));
      d.append(i == 0 ? "M" : i == 1 ? "L" : " ").append(Math.round(p[0])).append(' ').append(Math.round(p[1]));
    }
    d.append('Z');
  }

  /** The area (square units) and centroid of a projected ring. */
  private static double[] measure(Boundaries.Ring ring, double[] lons) {
    double area = 0;
    double cx = 0;
    double cy = 0;
    int n = ring.size();
    for (int i = 0; i < n; i++) {
      double[] a = project(lons[i], ring.lat(i));
      double[] b = project(lons[(i + 1) % n], ring.lat((i + 1) % n));
      double cross = a[0] * b[1] - b[0] * a[1];
      area += cross;
      cx += (a[0] + b[0]) * cross;
      cy += (a[1] + b[1]) * cross;
    }
    if (area == 0) {
      return new double[] {0, 0, 0};
    }
    return new double[] {Math.abs(area / 2), cx / (3 * area), cy / (3 * area)};
  }

  /** The outline of the sphere: the meridians at 180 degrees west and east. */
  private static String outline() {
    StringBuilder d = new StringBuilder();
    for (int lat = -90; lat <= 90; lat += 2) {
      double[] p = project(180, lat);
      d.append(lat == -90 ? "M" : " ").append(Math.round(p[0])).append(' ').append(Math.round(p[1]));
    }
    for (int lat = 90; lat >= -90; lat -= 2) {
      double[] p = project(-180, lat);
      d.append(' ').append(Math.round(p[0])).append(' ').append(Math.round(p[1]));
    }
    return d.append('Z').toString();
  }

  private static String escape(String text) {
    return Escaping.html(text);
  }
}
