package org.multilateral.examples.cli;

import org.multilateral.query.internal.Escaping;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.multilateral.core.CountryCode;
import org.multilateral.query.Change;
import org.multilateral.query.Wave;

/**
 * An organisation's enlargement waves as an SVG chart: a time axis, one mark per wave (its area growing with the
 * number of states that joined), and labels placed in lanes above and below the axis so that none overlap.
 */
final class TimelineSvg {

  private static final int WIDTH = 1100;
  private static final int MARGIN = 60;
  private static final int LINE = 14;
  private static final double CHAR = 6.6;
  private static final int LABEL_CHARS = 30;
  private static final int LANE_GAP = 10;

  private TimelineSvg() {}

  private record Label(double x, List<String> lines, double width) {
    double left() {
      return x - width / 2;
    }

    double right() {
      return x + width / 2;
    }

    double height() {
      return lines.size() * LINE;
    }
  }

  /**
   * The most lanes of labels the chart stacks on either side of its axis and still reads well; with more (the UN's
   * hundred and more waves), {@link #fits} says no and the command draws {@link MembershipChartSvg} instead.
   */
  static final int MAX_LANES = 4;

  /**
   * Where the labels go: the years the axis spans, each wave's label, its side (even waves above) and its lane, and
   * the lanes.
   */
  private record Layout(int startYear, int endYear, List<Label> labels, List<Integer> laneOf,
      List<List<Label>> above, List<List<Label>> below) {
    int lanes() {
      return Math.max(above.size(), below.size());
    }

    /** The x of a (fractional) year on the axis. */
    double x(double year) {
      return MARGIN + (year - startYear) / (endYear - startYear) * (WIDTH - 2.0 * MARGIN);
    }
  }

  /**
   * Whether the labels of {@code waves} fit in at most {@link #MAX_LANES} lanes on each side of the axis: the rule
   * by which {@code timeline --format svg} keeps this chart or falls back to the step chart of members over time.
   */
  static boolean fits(List<Wave> waves, LocalDate today, Function<CountryCode, String> nameOf) {
    return !waves.isEmpty() && layout(waves, today, nameOf).lanes() <= MAX_LANES;
  }

  /** The lanes {@code waves} need on the busier side of the axis. */
  static int lanes(List<Wave> waves, LocalDate today, Function<CountryCode, String> nameOf) {
    return layout(waves, today, nameOf).lanes();
  }

  private static Layout layout(List<Wave> waves, LocalDate today, Function<CountryCode, String> nameOf) {
    int firstYear = waves.get(0).date().earliest().getYear();
    int lastYear = Math.max(today.getYear(), waves.get(waves.size() - 1).date().latest().getYear());
    int startYear = firstYear - firstYear % 5;
    int endYear = lastYear + (5 - lastYear % 5);
    // Labels, alternating above and below; each takes the innermost lane where it overlaps nothing.
    List<List<Label>> above = new ArrayList<>();
    List<List<Label>> below = new ArrayList<>();
    List<Integer> laneOf = new ArrayList<>();
    List<Label> labels = new ArrayList<>();
    Layout layout = new Layout(startYear, endYear, labels, laneOf, above, below);
    for (int i = 0; i < waves.size(); i++) {
      Wave wave = waves.get(i);
      Label label = label(layout.x(fractionalYear(wave.date().earliest())), wave, nameOf);
      List<List<Label>> side = i % 2 == 0 ? above : below;
      int lane = 0;
      while (lane < side.size() && overlapsAny(label, side.get(lane))) {
        lane++;
      }
      if (lane == side.size()) {
        side.add(new ArrayList<>());
      }
      side.get(lane).add(label);
      labels.add(label);
      laneOf.add(lane);
    }
    return layout;
  }

  /**
   * The chart of {@code waves}, with {@code notes} under it; {@code nameOf} names the predecessor of a seat held in
   * continuity.
   */
  static String render(String title, List<Wave> waves, LocalDate today, List<String> notes,
      Function<CountryCode, String> nameOf) {
    if (waves.isEmpty()) {
      throw new BadInputException("no membership changes to chart for " + title);
    }
    Layout layout = layout(waves, today, nameOf);
    int startYear = layout.startYear();
    int endYear = layout.endYear();
    List<List<Label>> above = layout.above();
    List<List<Label>> below = layout.below();
    List<Integer> laneOf = layout.laneOf();
    List<Label> labels = layout.labels();
    // Each lane is as tall as its tallest label; lanes stack outwards from the axis.
    double[] aboveOffsets = offsets(above);
    double[] belowOffsets = offsets(below);
    double axisY = 60 + aboveOffsets[above.size()];
    // The answer's limits go with the chart, so that a chart embedded in a report keeps them.
    List<String> noteLines = notes.isEmpty() ? List.of()
        : fill(List.of(("Note: " + String.join(" ", notes)).split(" ")), " ", (int) ((WIDTH - 2.0 * MARGIN) / CHAR));
    double notesY = axisY + 40 + belowOffsets[below.size()];
    double height = notesY + (noteLines.isEmpty() ? 0 : noteLines.size() * LINE + 16);

    StringBuilder svg = new StringBuilder();
    svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    svg.append(SvgText.format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%.0f\" "
        + "viewBox=\"0 0 %d %.0f\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"11\">%n",
        WIDTH, height, WIDTH, height));
    svg.append("<title>").append(escape(title)).append("</title>\n");
    svg.append(SvgText.format("<rect width=\"%d\" height=\"%.0f\" fill=\"#ffffff\"/>%n", WIDTH, height));
    svg.append(SvgText.format("<text x=\"%d\" y=\"28\" font-size=\"16\" font-weight=\"bold\" "
        + "fill=\"#1b2a41\">%s</text>%n", MARGIN, escape(title)));
    // Axis and ticks.
    svg.append(SvgText.format("<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#1b2a41\" "
        + "stroke-width=\"2\"/>%n", MARGIN, axisY, WIDTH - MARGIN, axisY));
    int step = endYear - startYear > 60 ? 10 : 5;
    for (int year = startYear; year <= endYear; year += step) {
      double x = layout.x(year);
      svg.append(SvgText.format("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
          + "stroke=\"#1b2a41\"/>%n", x, axisY, x, axisY + 6));
      svg.append(SvgText.format("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"#44546a\">"
          + "%d</text>%n", x, axisY + 20, year));
    }
    // Leader lines first, then marks, then labels on a white ground, so no line crosses a label's text.
    StringBuilder leaders = new StringBuilder();
    StringBuilder marks = new StringBuilder();
    StringBuilder texts = new StringBuilder();
    for (int i = 0; i < waves.size(); i++) {
      Wave wave = waves.get(i);
      Label label = labels.get(i);
      boolean up = i % 2 == 0;
      int lane = laneOf.get(i);
      double top = up ? axisY - 14 - aboveOffsets[lane] - label.height() : axisY + 30 + belowOffsets[lane];
      double radius = 4 + 2.2 * Math.sqrt(wave.size());
      double anchorY = up ? top + label.height() : top;
      double markX = layout.x(fractionalYear(wave.date().earliest()));
      leaders.append(SvgText.format("<polyline points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"none\" "
          + "stroke=\"#9aa5b1\" stroke-dasharray=\"2,2\"/>%n", markX, axisY, markX, (axisY + anchorY) / 2, label.x(),
          anchorY));
      marks.append(SvgText.format("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" "
          + "fill-opacity=\"0.85\" stroke=\"#ffffff\"><title>%s</title></circle>%n", markX, axisY, radius,
          wave.isFounding() ? "#c8102e" : wave.isContinuation() ? "#9aa5b1" : "#1f5fa8",
          escape(wave.date() + ": " + names(wave, nameOf))));
      texts.append(SvgText.format("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
          + "fill=\"#ffffff\" fill-opacity=\"0.9\"/>%n", label.left(), top, label.width(), label.height()));
      for (int l = 0; l < label.lines().size(); l++) {
        texts.append(SvgText.format("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\"%s fill=\"%s\">"
            + "%s</text>%n", label.x(), top + (l + 1) * LINE - 3, l == 0 ? " font-weight=\"bold\"" : "",
            l == 0 ? "#1b2a41" : "#44546a", escape(label.lines().get(l))));
      }
    }
    svg.append(leaders).append(marks).append(texts);
    for (int l = 0; l < noteLines.size(); l++) {
      svg.append(SvgText.format("<text x=\"%d\" y=\"%.1f\" fill=\"#44546a\" font-style=\"italic\">"
          + "%s</text>%n", MARGIN, notesY + (l + 1) * LINE, escape(noteLines.get(l))));
    }
    svg.append("</svg>\n");
    return svg.toString();
  }

  private static Label label(double x, Wave wave, Function<CountryCode, String> nameOf) {
    List<String> lines = new ArrayList<>();
    lines.add(wave.date() + (wave.isFounding() ? " · founders" : wave.isContinuation() ? " · seat continued"
        : "") + (wave.isContinuation() ? "" : " (" + wave.size() + ")"));
    lines.addAll(fill(wave.accessions().stream().map(c -> name(c, nameOf)).toList(), ", ", LABEL_CHARS));
    double width = lines.stream().mapToInt(String::length).max().orElse(0) * CHAR + 8;
    // Keep labels inside the drawing.
    double clamped = Math.max(width / 2 + 4, Math.min(WIDTH - width / 2 - 4, x));
    return new Label(clamped, lines, width);
  }

  /** The distance of each lane from the axis: the running sum of the lanes' heights inside it. */
  private static double[] offsets(List<List<Label>> lanes) {
    double[] offsets = new double[lanes.size() + 1];
    for (int i = 0; i < lanes.size(); i++) {
      double tallest = lanes.get(i).stream().mapToDouble(Label::height).max().orElse(LINE);
      offsets[i + 1] = offsets[i] + tallest + LANE_GAP;
    }
    return offsets;
  }

  /** {@code words} joined by {@code separator} into lines of at most {@code width} characters (a longer word alone). */
  private static List<String> fill(List<String> words, String separator, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : words) {
      if (line.length() > 0 && line.length() + separator.length() + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() == 0 ? "" : separator).append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static boolean overlapsAny(Label label, List<Label> lane) {
    for (Label other : lane) {
      if (label.left() < other.right() + 6 && other.left() < label.right() + 6) {
        return true;
      }
    }
    return false;
  }

  private static double fractionalYear(LocalDate day) {
    return day.getYear() + (day.getDayOfYear() - 1) / (double) day.lengthOfYear();
  }

  private static String names(Wave wave, Function<CountryCode, String> nameOf) {
    return String.join(", ", wave.accessions().stream().map(c -> name(c, nameOf)).toList());
  }

  /** {@code Russia (continues Soviet Union)} for a seat held in continuity, else the country's name. */
  private static String name(Change change, Function<CountryCode, String> nameOf) {
    return change.country().name() + change.spell().continues().map(p -> " (continues " + nameOf.apply(p) + ")")
        .orElse("");
  }

  private static String escape(String text) {
    return Escaping.html(text);
  }
}
