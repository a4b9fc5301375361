package org.multilateral.examples.cli;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.multilateral.examples.cli.MembershipSeries.Period;
import org.multilateral.examples.cli.MembershipSeries.Series;
import org.multilateral.examples.cli.MembershipSeries.Step;
import org.multilateral.query.Multilateral;
import org.multilateral.query.internal.Escaping;

/**
 * How many members an organisation had over time, as an SVG step chart: one line per role (members, and partners,
 * candidates, aspirants or observers where the data has them), year ticks, count ticks with light grid lines, the
 * largest waves labelled where a label fits, and the data's notes under the chart. Every step is a group
 * ({@code <g class="step">}) with a {@code <title>} naming the day and the countries that joined or left, so that the
 * waves without a label are readable on hover; a seat that changed hands (the Russian Federation continuing the
 * Soviet Union's) is a small circle, not a departure and an accession. Periods the data does not declare complete
 * are hatched.
 *
 * <p>Made for print as well as the screen: 960 by 540 pixels at natural size plus the notes, fonts of 12 pixels and
 * more, no script. The output is an {@code <svg>} element with no XML declaration: a file of its own, or inline in an
 * HTML page (its one {@code id} carries the organisation's id, so that several charts can share a page).
 */
final class MembershipChartSvg {

  static final int WIDTH = 960;
  static final int BASE_HEIGHT = 540;
  static final int LEFT = 64;
  static final int RIGHT = WIDTH - 76;
  static final int TOP = 104;
  static final int BOTTOM = 468;
  static final int FONT = 12;
  static final int LINE = 16;
  /** At most this many waves get a label; the others are read on hover. */
  static final int MAX_LABELS = 12;
  /** A label further than this from its step (in pixels, along its leader line) would be read as another's. */
  static final double MAX_LEADER = 80;

  /**
   * One colour per series: members, then partners, candidates, aspirants and observers (at most five series, as
   * {@link MembershipSeries} makes them; {@link #render} refuses more rather than reuse a colour).
   */
  private static final String[] COLOURS = {"#1f5fa8", "#d9822b", "#2e8b57", "#8e44ad", "#b03a48"};
  private static final String INK = "#1b2a41";
  private static final String GREY = "#44546a";

  private MembershipChartSvg() {}

  /**
   * The chart of {@code organisation} (an id, alias or name) in {@code world}: an {@code <svg>} element, with the
   * answer's notes drawn under the chart. This is the entry point for other code, such as a report that embeds the
   * chart.
   *
   * @throws org.multilateral.query.UnknownIdException if no organisation matches
   * @throws BadInputException if the data holds no member of it
   */
  static String svg(Multilateral world, String organisation) {
    return render(MembershipSeries.of(world, organisation));
  }

  /** The chart of {@code data}. */
  static String render(MembershipSeries data) {
    return render(data.organisation().name() + ": members over time",
        "Number of countries in each role, from the data " + data.version() + ", current to " + data.currentTo(),
        data.organisation().id().value(), data.series(), data.uncovered(), data.currentTo(), data.notes());
  }

  /** A box a label takes, in drawing coordinates. */
  record Box(double left, double top, double width, double height) {
    double right() {
      return left + width;
    }

    double bottom() {
      return top + height;
    }

    boolean overlaps(Box o, double pad) {
      return left < o.right() + pad && o.left < right() + pad && top < o.bottom() + pad && o.top < bottom() + pad;
    }

    /** Whether the axis-aligned segment {@code g} (x1, y1, x2, y2) comes within {@code pad} of the box. */
    boolean meets(double[] g, double pad) {
      return Math.min(g[0], g[2]) < right() + pad && Math.max(g[0], g[2]) > left - pad
          && Math.min(g[1], g[3]) < bottom() + pad && Math.max(g[1], g[3]) > top - pad;
    }

    /** Whether the segment from (x1, y1) to (x2, y2) comes within {@code pad} of the box. */
    boolean touches(double x1, double y1, double x2, double y2, double pad) {
      int n = (int) Math.max(2, Math.ceil(Math.hypot(x2 - x1, y2 - y1) / 2));
      for (int i = 0; i <= n; i++) {
        double x = x1 + (x2 - x1) * i / n;
        double y = y1 + (y2 - y1) * i / n;
        if (x > left - pad && x < right() + pad && y > top - pad && y < bottom() + pad) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * The chart over plain inputs (for tests, and for data that does not come from a {@link Multilateral}).
   *
   * @param title the title, drawn at the top and as the SVG's {@code <title>}
   * @param subtitle one line under it, such as the data version and the day it is current to
   * @param id a short id (letters, digits, hyphens) to make the drawing's own {@code id}s unique on a page
   * @param series the series, the members first; each is drawn to {@code end}
   * @param uncovered periods to hatch as not fully recorded
   * @param end the last day drawn (the day the data is current to)
   * @param notes the notes on the answer's limits, drawn under the chart
   * @throws BadInputException if the first series has no step
   * @throws IllegalArgumentException if there are more series than colours
   */
  static String render(String title, String subtitle, String id, List<Series> series, List<Period> uncovered,
      LocalDate end, List<String> notes) {
    if (series.isEmpty() || series.get(0).steps().isEmpty()) {
      throw new BadInputException("no members to chart for " + title);
    }
    if (series.size() > COLOURS.length) {
      throw new IllegalArgumentException(series.size() + " series, but colours for " + COLOURS.length);
    }
    LocalDate first = series.stream().filter(s -> !s.steps().isEmpty()).map(s -> s.steps().get(0).day())
        .min(Comparator.naturalOrder()).orElseThrow();
    int startYear = first.getYear() - Math.floorMod(first.getYear(), 5);
    Scale scale = new Scale(LocalDate.of(startYear, 1, 1), end.isAfter(first) ? end : first.plusYears(1),
        series.stream().mapToInt(Series::max).max().orElse(1));
    String safeId = id.replaceAll("[^A-Za-z0-9-]", "-");

    // The lines, as axis-aligned segments: what a label must not cross.
    List<double[]> segments = new ArrayList<>();
    for (Series s : series) {
      int previous = 0;
      for (int i = 0; i < s.steps().size(); i++) {
        Step step = s.steps().get(i);
        double x = scale.x(step.day());
        double next = scale.x(i + 1 < s.steps().size() ? s.steps().get(i + 1).day() : scale.end);
        segments.add(new double[] {x, scale.y(previous), x, scale.y(step.count())});
        segments.add(new double[] {x, scale.y(step.count()), next, scale.y(step.count())});
        previous = step.count();
      }
    }
    List<Box> taken = new ArrayList<>();
    List<String> endLabels = endLabels(series, scale, taken);
    List<Label> labels = labels(series.get(0), scale, segments, taken);

    // A tenth of the width spare: the width estimate is Helvetica's or Arial's, and where neither is installed the
    // fallback (DejaVu Sans on Linux) draws a note's many digits wider, past the right edge.
    List<String> noteLines = notes.isEmpty() ? List.of()
        : wrap("Note: " + String.join(" ", notes), 0.9 * (WIDTH - 2.0 * 24), FONT);
    double notesTop = BOTTOM + 44;
    double height = Math.max(BASE_HEIGHT, notesTop + noteLines.size() * LINE + 12);

    StringBuilder svg = new StringBuilder();
    svg.append(SvgText.format("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"membership-chart\" "
        + "width=\"%d\" height=\"%.0f\" viewBox=\"0 0 %d %.0f\" font-family=\"Helvetica, Arial, sans-serif\" "
        + "font-size=\"%d\" role=\"img\">%n", WIDTH, height, WIDTH, height, FONT));
    svg.append("<title>").append(escape(title)).append("</title>\n");
    svg.append("<defs><pattern id=\"unrecorded-").append(safeId).append("\" width=\"8\" height=\"8\" "
        + "patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"8\" height=\"8\" "
        + "fill=\"#f4f5f7\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#d5d9df\" stroke-width=\"3\"/>"
        + "</pattern></defs>\n");
    svg.append(SvgText.format("<rect width=\"%d\" height=\"%.0f\" fill=\"#ffffff\"/>%n", WIDTH, height));
    svg.append(text(24, 32, 18, "bold", INK, "start", title));
    svg.append(text(24, 54, 13, "normal", GREY, "start", subtitle));
    legend(svg, series, !uncovered.isEmpty(), safeId);

    // Periods not fully recorded, behind everything else.
    for (Period p : uncovered) {
      double x1 = Math.max(LEFT, scale.x(p.from()));
      double x2 = Math.min(scale.x(scale.end), scale.x(p.to().plusDays(1)));
      svg.append(SvgText.format("<rect class=\"unrecorded\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" "
          + "height=\"%d\" fill=\"url(#unrecorded-%s)\"><title>%s</title></rect>%n", x1, TOP, Math.max(1, x2 - x1),
          BOTTOM - TOP, safeId, escape(p.from() + " to " + p.to() + ": the data does not claim to hold every "
              + "member (see the note)")));
    }
    // Count ticks and grid lines.
    for (int v = 0; v <= scale.yMax; v += scale.yStep) {
      double y = scale.y(v);
      svg.append(SvgText.format("<line class=\"grid\" x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
          + "stroke=\"%s\"/>%n", LEFT, y, scale.x(scale.end), y, v == 0 ? INK : "#e3e7ec"));
      svg.append(SvgText.format("<text class=\"y-tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\" "
          + "fill=\"%s\">%d</text>%n", LEFT - 8, y + 4, GREY, v));
    }
    // Year ticks.
    for (int year = startYear; year <= scale.end.getYear(); year += scale.yearStep) {
      double x = scale.x(LocalDate.of(year, 1, 1));
      svg.append(SvgText.format("<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\"/>%n",
          x, BOTTOM, x, BOTTOM + 6, INK));
      svg.append(SvgText.format("<text class=\"x-tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" "
          + "fill=\"%s\">%d</text>%n", x, BOTTOM + 22, GREY, year));
    }
    // The steps, each with its title; a seat that changed hands is a circle.
    for (int k = 0; k < series.size(); k++) {
      Series s = series.get(k);
      String colour = COLOURS[k];
      svg.append("<g class=\"series\" data-series=\"").append(escape(s.label())).append("\">\n");
      int previous = 0;
      for (int i = 0; i < s.steps().size(); i++) {
        Step step = s.steps().get(i);
        double x = scale.x(step.day());
        double next = scale.x(i + 1 < s.steps().size() ? s.steps().get(i + 1).day() : scale.end);
        String d = SvgText.format("M%.1f %.1fV%.1fH%.1f", x, scale.y(previous), scale.y(step.count()),
            next);
        svg.append(SvgText.format("<g class=\"step\" data-day=\"%s\" data-count=\"%d\"><title>%s"
            + "</title><path d=\"%s\" fill=\"none\" stroke=\"transparent\" stroke-width=\"9\"/>"
            + "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"%s\" stroke-linecap=\"square\"/>",
            step.day(), step.count(), escape(step.describe(s.label())), d, d, colour, k == 0 ? "2.5" : "2"));
        if (step.delta() == 0 && !step.handovers().isEmpty()) {
          svg.append(SvgText.format("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#ffffff\" "
              + "stroke=\"%s\" stroke-width=\"1.5\"/>", x, scale.y(step.count()), colour));
        }
        svg.append("</g>\n");
        previous = step.count();
      }
      svg.append("</g>\n");
    }
    // Wave labels: leader lines, then boxes and text.
    for (Label label : labels) {
      if (label.leader()) {
        double[] p = nearest(label.box(), label.ax(), label.ay());
        svg.append(SvgText.format("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
            + "stroke=\"#9aa5b1\" stroke-width=\"1\"/>%n", label.ax(), label.ay(), p[0], p[1]));
      }
    }
    for (Label label : labels) {
      Box b = label.box();
      svg.append(SvgText.format("<g class=\"wave-label\"><title>%s</title>"
          + "<rect class=\"label-box\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#ffffff\" "
          + "fill-opacity=\"0.85\"/>", escape(label.title()), b.left(), b.top(), b.width(), b.height()));
      // A label left of its step is aligned to the right, against the step.
      boolean right = b.right() <= label.ax();
      for (int l = 0; l < label.lines().size(); l++) {
        svg.append(text(right ? b.right() - 4 : b.left() + 4, b.top() + 13 + l * LINE, FONT,
            l == 0 ? "bold" : "normal", l == 0 ? INK : GREY, right ? "end" : "start", label.lines().get(l)).strip());
      }
      svg.append("</g>\n");
    }
    svg.append(String.join("", endLabels));
    for (int l = 0; l < noteLines.size(); l++) {
      svg.append(SvgText.format("<text class=\"note\" x=\"24\" y=\"%.1f\" fill=\"%s\" "
          + "font-style=\"italic\">%s</text>%n", notesTop + l * LINE, GREY, escape(noteLines.get(l))));
    }
    svg.append("</svg>\n");
    return svg.toString();
  }

  /** The mapping from days and counts to drawing coordinates, and the ticks. */
  static final class Scale {
    final LocalDate start;
    final LocalDate end;
    final int yMax;
    final int yStep;
    final int yearStep;
    private final double days;

    Scale(LocalDate start, LocalDate end, int max) {
      this.start = start;
      this.end = end;
      this.days = ChronoUnit.DAYS.between(start, end);
      this.yearStep = end.getYear() - start.getYear() > 50 ? 10 : 5;
      int step = 1;
      for (int s : new int[] {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500}) {
        step = s;
        if (Math.ceil(Math.max(1, max) / (double) s) <= 8) {
          break;
        }
      }
      this.yStep = step;
      int top = (int) Math.ceil(Math.max(1, max) / (double) step) * step;
      // A line that would run along the top grid line gets one more step of room.
      this.yMax = top - max < 0.03 * top ? top + step : top;
    }

    double x(LocalDate day) {
      return LEFT + ChronoUnit.DAYS.between(start, day) / days * (RIGHT - LEFT);
    }

    double y(int count) {
      return BOTTOM - (double) count / yMax * (BOTTOM - TOP);
    }
  }

  private static void legend(StringBuilder svg, List<Series> series, boolean hatched, String safeId) {
    double x = 24;
    double y = 80;
    for (int k = 0; k < series.size(); k++) {
      svg.append(SvgText.format("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
          + "stroke-width=\"3\"/>%n", x, y - 4, x + 22, y - 4, COLOURS[k]));
      svg.append(text(x + 28, y, 13, "normal", INK, "start", series.get(k).label()));
      x += 28 + textWidth(series.get(k).label(), 13, false) + 22;
    }
    if (series.stream().anyMatch(s -> s.steps().stream().anyMatch(st -> st.delta() == 0))) {
      svg.append(SvgText.format("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#ffffff\" "
          + "stroke=\"%s\" stroke-width=\"1.5\"/>%n", x + 6, y - 4, COLOURS[0]));
      String words = "a seat changes hands";
      svg.append(text(x + 16, y, 13, "normal", INK, "start", words));
      x += 16 + textWidth(words, 13, false) + 22;
    }
    if (hatched) {
      svg.append(SvgText.format("<rect x=\"%.1f\" y=\"%.1f\" width=\"22\" height=\"12\" "
          + "fill=\"url(#unrecorded-%s)\" stroke=\"#d5d9df\"/>%n", x, y - 10, safeId));
      svg.append(text(x + 28, y, 13, "normal", INK, "start", "not fully recorded"));
    }
  }

  /**
   * The count at the end of each series, right of its line, moved apart so that none overlap; their boxes are added
   * to {@code taken}.
   */
  private static List<String> endLabels(List<Series> series, Scale scale, List<Box> taken) {
    record End(int k, double y, String text) {}
    List<End> ends = new ArrayList<>();
    for (int k = 0; k < series.size(); k++) {
      Series s = series.get(k);
      int last = s.steps().isEmpty() ? 0 : s.steps().get(s.steps().size() - 1).count();
      ends.add(new End(k, scale.y(last) + 4, String.valueOf(last)));
    }
    ends.sort(Comparator.comparingDouble(End::y));
    List<String> out = new ArrayList<>();
    double floor = Double.NEGATIVE_INFINITY;
    double x = scale.x(scale.end) + 6;
    for (End e : ends) {
      double y = Math.max(e.y(), floor + LINE);
      floor = y;
      out.add(text(x, y, 13, "bold", COLOURS[e.k()], "start", e.text()));
      taken.add(new Box(x, y - 12, textWidth(e.text(), 13, true), 15));
    }
    return out;
  }

  /**
   * A wave's label.
   *
   * @param box where it is drawn
   * @param lines its lines, the first bold
   * @param ax the x of the point it labels
   * @param ay the y of that point
   * @param leader whether a line joins it to the point
   * @param title its hover text
   */
  record Label(Box box, List<String> lines, double ax, double ay, boolean leader, String title) {}

  /**
   * Labels for the largest waves of {@code members}, largest first, each where its box overlaps no other label, no
   * line and nothing in {@code taken}, as near its step as it can; a wave with no such place gets none.
   */
  static List<Label> labels(Series members, Scale scale, List<double[]> segments, List<Box> taken) {
    List<Step> steps = members.steps();
    // The founding members, however many days they joined over, are one wave.
    int founders = 0;
    while (founders < steps.size() && steps.get(founders).founding() && steps.get(founders).delta() > 0) {
      founders++;
    }
    record Candidate(int index, int size, List<String> lines, String title) {}
    List<Candidate> candidates = new ArrayList<>();
    Set<Integer> years = new HashSet<>();
    if (founders > 0) {
      Step last = steps.get(founders - 1);
      int firstYear = steps.get(0).day().getYear();
      String years1 = firstYear == last.day().getYear() ? "" + firstYear : firstYear + "\u2013" + last.day().getYear();
      candidates.add(new Candidate(founders - 1, Integer.MAX_VALUE,
          List.of(years1 + ": " + last.count() + " founding " + members.label()),
          steps.get(0).day() + " to " + last.day() + ": " + last.count() + " founding " + members.label()));
    }
    for (int i = founders; i < steps.size(); i++) {
      Step s = steps.get(i);
      if (s.delta() == 0) {
        continue;
      }
      List<String> lines = new ArrayList<>();
      lines.add(s.when().substring(0, 4) + ": " + MembershipSeries.signed(s.delta()));
      List<String> names = new ArrayList<>(s.joined());
      s.left().forEach(d -> names.add(d.name()));
      String joinedNames = String.join(", ", names);
      if (!names.isEmpty() && names.size() <= 3 && joinedNames.length() <= 34) {
        lines.add(joinedNames);
      }
      candidates.add(new Candidate(i, Math.abs(s.delta()), lines, s.describe(members.label())));
    }
    // Every wave may get a label when they are few; among many, only those larger than the MAX_LABELS-th largest,
    // so that no label goes to one of many waves of the same size by chance.
    candidates.sort(Comparator.comparingInt(Candidate::size).reversed().thenComparingInt(Candidate::index));
    int minimum = candidates.size() <= MAX_LABELS ? 1 : candidates.get(MAX_LABELS - 1).size() + 1;
    List<Label> placed = new ArrayList<>();
    for (Candidate c : candidates) {
      if (placed.size() >= MAX_LABELS || c.size() < minimum) {
        break;
      }
      Step s = steps.get(c.index());
      List<String> lines = new ArrayList<>(c.lines());
      if (years.contains(s.day().getYear()) && c.index() >= founders) {
        lines.set(0, s.when() + ": " + MembershipSeries.signed(s.delta()));
      }
      Label label = place(lines, scale, s, c.index() == 0 ? 0 : steps.get(c.index() - 1).count(), segments, taken,
          placed, c.title());
      if (label != null) {
        placed.add(label);
        taken.add(label.box());
        years.add(s.day().getYear());
      }
    }
    return placed;
  }

  /** The best free place for a label of {@code lines} at {@code step}, or null when there is none. */
  private static Label place(List<String> lines, Scale scale, Step step, int before, List<double[]> segments,
      List<Box> taken, List<Label> placed, String title) {
    double widest = 0;
    for (int l = 0; l < lines.size(); l++) {
      widest = Math.max(widest, textWidth(lines.get(l), FONT, l == 0));
    }
    double width = widest + 8;
    double height = lines.size() * LINE + 3;
    double ax = scale.x(step.day());
    double ay = scale.y(step.count());
    boolean rising = step.count() >= before;
    List<double[]> spots = new ArrayList<>(); // left, top, distance
    for (int k = 0; k < 10; k++) {
      double up = ay - 6 - k * 18 - height;
      double down = ay + 6 + k * 18;
      for (int j = 0; j < 4; j++) {
        double[] lefts = {ax - 6 - width - j * 24, ax + 6 + j * 24, ax - width / 2};
        for (int side = 0; side < (j == 0 ? 3 : 2); side++) {
          // A rising step has free space above-left and below-right of its corner; a falling one the mirror.
          boolean natural = rising ? side == 0 : side == 1;
          spots.add(new double[] {lefts[side], up, distance(lefts[side], up, width, height, ax, ay)
              + (natural ? 0 : 10) + side});
          spots.add(new double[] {lefts[side], down, distance(lefts[side], down, width, height, ax, ay)
              + (natural ? 10 : 0) + side});
        }
      }
    }
    spots.removeIf(s -> distance(s[0], s[1], width, height, ax, ay) > MAX_LEADER);
    spots.sort(Comparator.comparingDouble(s -> s[2]));
    for (double[] spot : spots) {
      Box box = new Box(spot[0], spot[1], width, height);
      if (box.left() < LEFT + 2 || box.right() > RIGHT + 40 || box.top() < TOP || box.bottom() > BOTTOM - 4) {
        continue;
      }
      if (taken.stream().anyMatch(t -> t.overlaps(box, 4))) {
        continue;
      }
      if (segments.stream().anyMatch(s -> box.meets(s, 3))) {
        continue;
      }
      double[] corner = nearest(box, ax, ay);
      boolean leader = Math.hypot(corner[0] - ax, corner[1] - ay) > 10;
      if (leader) {
        double[] p = nearest(box, ax, ay);
        // The leader may cross neither another label nor another label's leader's box.
        if (taken.stream().anyMatch(t -> t.touches(ax, ay, p[0], p[1], 2))) {
          continue;
        }
        // Nor a line, once clear of the corner it starts from.
        double len = Math.hypot(p[0] - ax, p[1] - ay);
        double sx = len == 0 ? ax : ax + (p[0] - ax) * Math.min(1, 6 / len);
        double sy = len == 0 ? ay : ay + (p[1] - ay) * Math.min(1, 6 / len);
        if (segments.stream().anyMatch(g -> crosses(sx, sy, p[0], p[1], g))) {
          continue;
        }
        if (placed.stream().filter(Label::leader).anyMatch(o -> {
          double[] q = nearest(o.box(), o.ax(), o.ay());
          return box.touches(o.ax(), o.ay(), q[0], q[1], 2) || intersect(ax, ay, p[0], p[1], o.ax(), o.ay(), q[0], q[1]);
        })) {
          continue;
        }
      }
      return new Label(box, lines, ax, ay, leader, title);
    }
    return null;
  }

  /** Whether the segment from (x1, y1) to (x2, y2) meets the axis-aligned segment {@code g}. */
  private static boolean crosses(double x1, double y1, double x2, double y2, double[] g) {
    Box line = new Box(Math.min(g[0], g[2]), Math.min(g[1], g[3]), Math.abs(g[2] - g[0]), Math.abs(g[3] - g[1]));
    return line.touches(x1, y1, x2, y2, 1.5);
  }

  /** How far a box at ({@code left}, {@code top}) of this size is from (x, y). */
  private static double distance(double left, double top, double width, double height, double x, double y) {
    double[] p = nearest(new Box(left, top, width, height), x, y);
    return Math.hypot(p[0] - x, p[1] - y);
  }

  /** Whether the segments a-b and c-d cross. */
  private static boolean intersect(double ax, double ay, double bx, double by, double cx, double cy, double dx,
      double dy) {
    double d1 = cross(cx, cy, dx, dy, ax, ay);
    double d2 = cross(cx, cy, dx, dy, bx, by);
    double d3 = cross(ax, ay, bx, by, cx, cy);
    double d4 = cross(ax, ay, bx, by, dx, dy);
    return d1 * d2 < 0 && d3 * d4 < 0;
  }

  private static double cross(double ox, double oy, double ax, double ay, double bx, double by) {
    return (ax - ox) * (by - oy) - (ay - oy) * (bx - ox);
  }

  /** The point of {@code box} nearest to (x, y). */
  static double[] nearest(Box box, double x, double y) {
    return new double[] {Math.max(box.left(), Math.min(box.right(), x)),
        Math.max(box.top(), Math.min(box.bottom(), y))};
  }

  /**
   * The width of {@code text} in Helvetica or Arial at {@code size} pixels, estimated generously from the widths of
   * narrow, wide and other letters: what the layout and the tests use to keep labels apart.
   */
  static double textWidth(String text, double size, boolean bold) {
    double em = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("il.,:;'!|jI ".indexOf(c) >= 0) {
        em += 0.30;
      } else if ("frt()-".indexOf(c) >= 0) {
        em += 0.38;
      } else if ("mwMW\u2014".indexOf(c) >= 0) {
        em += 0.88;
      } else if (Character.isUpperCase(c) || c == '+' || c == '\u2212' || c == '\u2013') {
        em += 0.70;
      } else {
        em += 0.58;
      }
    }
    return em * size * (bold ? 1.08 : 1.0);
  }

  /** {@code text} in lines no wider than {@code width} at {@code size} pixels, broken between words. */
  static List<String> wrap(String text, double width, double size) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String tried = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && textWidth(tried, size, false) > width) {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      } else {
        line.setLength(0);
        line.append(tried);
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static String text(double x, double y, int size, String weight, String fill, String anchor, String text) {
    return SvgText.format("<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\"%s fill=\"%s\"%s>%s</text>%n",
        x, y, size, weight.equals("bold") ? " font-weight=\"bold\"" : "", fill,
        anchor.equals("start") ? "" : " text-anchor=\"" + anchor + "\"", escape(text));
  }

  private static String escape(String text) {
    return Escaping.html(text);
  }
}
