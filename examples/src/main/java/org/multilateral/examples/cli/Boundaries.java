package org.multilateral.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.multilateral.core.CountryCode;

/**
 * The country boundaries the map draws: Natural Earth's 1:110m Admin 0 countries (public domain), via the npm package
 * world-atlas 2.0.2, compiled by {@code examples/map/regenerate.sh} into the resource {@value #RESOURCE}. Loaded once.
 *
 * <p>A state has rings (lon/lat outlines, holes included: draw them with the even-odd rule) or, when it is too small
 * for 1:110m, a point. A territory is a Natural Earth feature that is not a state in the data (Greenland, Western
 * Sahara, Kosovo...). Immutable and thread-safe.
 */
final class Boundaries {

  static final String RESOURCE = "boundaries.txt";

  /** A ring: longitudes and latitudes in degrees, alternating, not closed (the last point is not the first). */
  record Ring(double[] lonLat) {
    int size() {
      return lonLat.length / 2;
    }

    double lon(int i) {
      return lonLat[2 * i];
    }

    double lat(int i) {
      return lonLat[2 * i + 1];
    }
  }

  /**
   * A Natural Earth feature that is not a state in the data, drawn with {@code partOf} (a historical state) on the
   * days that state existed.
   */
  record Territory(String name, Optional<CountryCode> partOf, List<Ring> rings) {
    Territory {
      rings = List.copyOf(rings);
    }
  }

  private final Map<CountryCode, List<Ring>> shapes;
  private final Map<CountryCode, double[]> points;
  private final List<Territory> territories;
  private final int bytes;

  private Boundaries(Map<CountryCode, List<Ring>> shapes, Map<CountryCode, double[]> points,
      List<Territory> territories, int bytes) {
    this.shapes = shapes;
    this.points = points;
    this.territories = territories;
    this.bytes = bytes;
  }

  private static final class Holder {
    static final Boundaries INSTANCE = load();
  }

  /** The bundled boundaries. */
  static Boundaries get() {
    return Holder.INSTANCE;
  }

  /** The rings of {@code code}'s shape; empty when it has none (a small state has a point instead). */
  List<Ring> shape(CountryCode code) {
    return shapes.getOrDefault(code, List.of());
  }

  /** The point (lon, lat) of a state too small for a shape at 1:110m. */
  Optional<double[]> point(CountryCode code) {
    return Optional.ofNullable(points.get(code)).map(double[]::clone);
  }

  /** Whether {@code code} can be drawn by itself: it has a shape or a point. */
  boolean has(CountryCode code) {
    return shapes.containsKey(code) || points.containsKey(code);
  }

  /** The states with a shape, in the order of the resource. */
  List<CountryCode> statesWithShapes() {
    return List.copyOf(shapes.keySet());
  }

  /** The states drawn as points. */
  List<CountryCode> statesWithPoints() {
    return List.copyOf(points.keySet());
  }

  List<Territory> territories() {
    return territories;
  }

  /** The size of the resource in bytes. */
  int bytes() {
    return bytes;
  }

  private static Boundaries load() {
    try (InputStream in = Boundaries.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the map's boundary resource " + RESOURCE + " is missing from the program");
      }
      byte[] bytes = in.readAllBytes();
      return parse(new BufferedReader(new InputStreamReader(new java.io.ByteArrayInputStream(bytes),
          StandardCharsets.UTF_8)), bytes.length);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the map's boundary resource " + RESOURCE, e);
    }
  }

  private static Boundaries parse(BufferedReader reader, int size) throws IOException {
    Map<CountryCode, List<Ring>> shapes = new LinkedHashMap<>();
    Map<CountryCode, double[]> points = new LinkedHashMap<>();
    List<Territory> territories = new ArrayList<>();
    double units = 100;
    List<Ring> current = null;
    String[] territory = null;
    int number = 0;
    String line;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        String[] f = line.split(" ");
        switch (f[0]) {
          case "S" -> {
            flush(territories, territory, current);
            current = new ArrayList<>();
            territory = null;
            if (shapes.put(CountryCode.of(f[1]), current) != null) {
              throw new IllegalArgumentException("state " + f[1] + " given twice");
            }
          }
          case "T" -> {
            flush(territories, territory, current);
            current = new ArrayList<>();
            territory = line.split(" ", 3);
          }
          case "R" -> {
            if (current == null) {
              throw new IllegalArgumentException("a ring before any state or territory");
            }
            current.add(ring(f, units));
          }
          case "P" -> {
            flush(territories, territory, current);
            territory = null;
            current = null;
            points.put(CountryCode.of(f[1]), new double[] {Integer.parseInt(f[2]) / units,
                Integer.parseInt(f[3]) / units});
          }
          default -> throw new IllegalArgumentException("unknown record '" + f[0] + "'");
        }
      } catch (RuntimeException e) {
        throw new IllegalStateException("the map's boundary resource " + RESOURCE + ", line " + number + ": "
            + e.getMessage(), e);
      }
    }
    flush(territories, territory, current);
    shapes.replaceAll((code, rings) -> List.copyOf(rings));
    return new Boundaries(Map.copyOf(shapes), Map.copyOf(points), List.copyOf(territories), size);
  }

  private static void flush(List<Territory> territories, String[] territory, List<Ring> rings) {
    if (territory != null) {
      territories.add(new Territory(territory[2],
          territory[1].equals("-") ? Optional.empty() : Optional.of(CountryCode.of(territory[1])), rings));
    }
  }

  private static Ring ring(String[] f, double units) {
    if (f.length < 7 || f.length % 2 == 0) {
      throw new IllegalArgumentException("a ring needs at least three points, as pairs of integers");
    }
    double[] lonLat = new double[f.length - 1];
    int x = 0;
    int y = 0;
    for (int i = 1; i < f.length; i += 2) {
      x += Integer.parseInt(f[i]);
      y += Integer.parseInt(f[i + 1]);
      lonLat[i - 1] = x / units;
      lonLat[i] = y / units;
    }
    return new Ring(lonLat);
  }
}
