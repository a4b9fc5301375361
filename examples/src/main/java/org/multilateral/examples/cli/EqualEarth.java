package org.multilateral.examples.cli;

/**
 * The Equal Earth projection (Šavrič, Patterson and Jenny, 2018, "The Equal Earth map projection", International
 * Journal of Geographical Information Science 33(3)): an equal-area world projection whose meridians are curves.
 * Coordinates are on the unit sphere: x from {@code -MAX_X} to {@code MAX_X}, y (north up) from {@code -MAX_Y} to
 * {@code MAX_Y}.
 */
final class EqualEarth {

  private static final double A1 = 1.340264;
  private static final double A2 = -0.081106;
  private static final double A3 = 0.000893;
  private static final double A4 = 0.003796;
  private static final double M = Math.sqrt(3) / 2;

  /** The x of the map's edge on the equator (longitude 180 degrees). */
  static final double MAX_X = x(180, 0);

  /** The y of the poles. */
  static final double MAX_Y = y(90);

  private EqualEarth() {}

  /** The x of a point at {@code lon} and {@code lat} degrees; {@code lon} may go past 180 (for a shape drawn twice). */
  static double x(double lon, double lat) {
    double theta = Math.asin(M * Math.sin(Math.toRadians(lat)));
    double t2 = theta * theta;
    double t6 = t2 * t2 * t2;
    return 2 * Math.sqrt(3) * Math.toRadians(lon) * Math.cos(theta)
        / (3 * (9 * A4 * t6 * t2 + 7 * A3 * t6 + 3 * A2 * t2 + A1));
  }

  /** The y of latitude {@code lat} degrees, north up. */
  static double y(double lat) {
    double theta = Math.asin(M * Math.sin(Math.toRadians(lat)));
    double t2 = theta * theta;
    double t6 = t2 * t2 * t2;
    return theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
  }
}
