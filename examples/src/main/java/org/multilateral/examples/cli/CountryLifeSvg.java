package org.multilateral.examples.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.multilateral.core.Country;
import org.multilateral.core.CountryCode;
import org.multilateral.core.DatePrecision;
import org.multilateral.core.Episode;
import org.multilateral.core.Membership;
import org.multilateral.core.Milestone;
import org.multilateral.core.Organisation;
import org.multilateral.core.PartialDate;
import org.multilateral.core.PartnershipFramework;
import org.multilateral.core.Role;
import org.multilateral.core.Spell;
import org.multilateral.query.Multilateral;
import org.multilateral.query.internal.Escaping;

/**
 * A country's life in multilateral bodies as an SVG chart: one horizontal bar row per organisation and role (and
 * framework, for a partner), on one time axis from January of the first year drawn to the day the data is current
 * to. The UN Security Council's elected terms are segments on one row.
 *
 * <p>The encodings, each in the legend: the colour is the kind of role; an edge whose date is known only to the
 * month or the year fades over that month or year (at least {@value #MIN_FADE} pixels, so that a month stays
 * visible), an edge known to the day is sharp; an ongoing spell runs to the current-to day and ends in an arrow; an
 * episode within a membership (France outside NATO's integrated command) is hatched over the bar and numbered, the
 * numbers explained under the chart; a milestone (a signature, German unification) is a diamond; the seat of a
 * predecessor state that this country continues (the Soviet Union's, for Russia) is drawn in grey before its own
 * spell. Every bar segment, episode and milestone has a {@code <title>} with its dates and their precision.
 *
 * <p>The x of a day is linear in days: {@link #x} of the first instant of the day, so that a spell covering days
 * {@code a..b} (inclusive) spans {@code x(a)} to {@code x(b + 1)}. Classes and {@code data-} attributes name the
 * parts for tests and style sheets: {@code row} groups ({@code data-organisation}, {@code data-role},
 * {@code data-framework}), {@code segment} groups made of {@code fade-start}, {@code solid} and {@code fade-end}
 * rectangles, {@code tick} lines with {@code data-year}.
 */
final class CountryLifeSvg {

  static final int WIDTH = 1100;
  private static final int SIDE = 24;
  private static final int RIGHT = 44;
  private static final int ROW = 28;
  private static final int BAR = 14;
  private static final int LINE = 17;
  /** A generous width per character of 12px Helvetica, so that laid-out text never runs into its neighbour. */
  private static final double CHAR = 6.9;
  private static final double LABEL_CHAR = 7.5;
  /** The narrowest fade drawn, in pixels: a month is about one pixel wide on an eighty-year axis. */
  static final double MIN_FADE = 8;
  private static final String INK = "#1b2a41";
  private static final String MUTED = "#44546a";
  private static final String PREDECESSOR = "#aab4bf";
  /** The colour of the legend's samples of encodings that apply to every kind of role. */
  private static final String NEUTRAL = "#5b6775";

  /** The colour and legend wording of each kind of role. */
  private enum Kind {
    MEMBER("#1f5fa8", "member"),
    ELECTED("#d97a00", "elected Security Council member"),
    CANDIDATE("#8e4fa8", "candidate or aspirant"),
    PARTNER("#1d8a63", "partner"),
    OBSERVER("#6b7785", "observer");

    final String colour;
    final String words;

    Kind(String colour, String words) {
      this.colour = colour;
      this.words = words;
    }

    static Kind of(Role role) {
      switch (role) {
        case ELECTED_MEMBER:
          return ELECTED;
        case CANDIDATE:
        case ASPIRANT:
          return CANDIDATE;
        case PARTNER:
          return PARTNER;
        case OBSERVER:
          return OBSERVER;
        default:
          return MEMBER;
      }
    }
  }

  /** A spell of a predecessor state whose seat the row's country continues. */
  private record Predecessor(Country country, Spell spell) {}

  private record Row(Organisation organisation, Membership membership, List<Predecessor> predecessors,
      Optional<String> frameworkName) {
    String label() {
      return organisation.id().value() + " · " + words(membership.role()) + frameworkName.map(f -> ": " + f)
          .orElse("");
    }
  }

  private CountryLifeSvg() {}

  /** Whether {@code country} has any membership or role in the data: the chart has a row to draw. */
  static boolean hasRows(Multilateral world, Country country) {
    return world.dataset().memberships().stream().anyMatch(m -> m.country().equals(country.code()));
  }

  /**
   * The chart of {@code country}'s memberships and roles, from the first year any of them (or a milestone, or a
   * predecessor's seat it continues) begins to {@code world.currentTo()}.
   *
   * @throws BadInputException if the country has no membership or role in the data
   */
  static String render(Multilateral world, Country country) {
    List<Row> rows = rows(world, country);
    if (rows.isEmpty()) {
      throw new BadInputException("no memberships or roles of " + country.name() + " to chart");
    }
    return new Drawing(world, country, rows).svg();
  }

  private static List<Row> rows(Multilateral world, Country country) {
    List<Membership> memberships = world.dataset().memberships().stream()
        .filter(m -> m.country().equals(country.code())).toList();
    // Organisations in the order the country entered them; within one, roles in the order it took them up.
    Map<String, LocalDate> entered = new LinkedHashMap<>();
    memberships.forEach(m -> entered.merge(m.organisation().value(), m.firstSpell().start().earliest(),
        (a, b) -> a.isBefore(b) ? a : b));
    return memberships.stream()
        .sorted(Comparator.comparing((Membership m) -> entered.get(m.organisation().value()))
            .thenComparing(m -> m.organisation().value())
            .thenComparing(m -> m.firstSpell().start())
            .thenComparing(Membership::role)
            .thenComparing(m -> m.framework().orElse("")))
        .map(m -> new Row(world.dataset().organisation(m.organisation()).orElseThrow(), m, predecessors(world, m),
            m.framework().map(f -> world.dataset().frameworks().stream().filter(p -> p.id().equals(f)).findFirst()
                .map(PartnershipFramework::name).orElse(f))))
        .toList();
  }

  /** The spells of the states whose seat {@code membership} continues, in the same organisation. */
  private static List<Predecessor> predecessors(Multilateral world, Membership membership) {
    List<Predecessor> found = new ArrayList<>();
    for (Spell spell : membership.spells()) {
      if (spell.continues().isEmpty()) {
        continue;
      }
      CountryCode code = spell.continues().get();
      Country predecessor = world.country(code);
      world.dataset().memberships().stream()
          .filter(m -> m.country().equals(code) && m.organisation().equals(membership.organisation()))
          .sorted(Comparator.comparing((Membership m) -> m.role() != membership.role()))
          .findFirst()
          .ifPresent(m -> m.spells().stream().filter(s -> s.start().compareTo(spell.start()) < 0)
              .forEach(s -> found.add(new Predecessor(predecessor, s))));
    }
    return found;
  }

  /** One chart being drawn: the axis, the layout and the output. */
  private static final class Drawing {
    private final Multilateral world;
    private final Country country;
    private final List<Row> rows;
    private final LocalDate axisStart;
    private final LocalDate axisEnd;
    private final double plotLeft;
    private final double plotRight = WIDTH - RIGHT;
    private final StringBuilder svg = new StringBuilder();
    private final List<String> episodeNotes = new ArrayList<>();
    private final Set<Kind> kinds = EnumSet.noneOf(Kind.class);
    private boolean fuzzy;
    private boolean ongoing;
    private boolean milestones;
    private boolean predecessors;

    Drawing(Multilateral world, Country country, List<Row> rows) {
      this.world = world;
      this.country = country;
      this.rows = rows;
      LocalDate first = world.currentTo();
      for (Row row : rows) {
        for (Spell s : row.membership().spells()) {
          first = min(first, s.start().earliest());
        }
        for (Predecessor p : row.predecessors()) {
          first = min(first, p.spell().start().earliest());
        }
        for (Milestone m : row.membership().milestones()) {
          first = min(first, m.date().earliest());
        }
        for (Episode e : row.membership().episodes()) {
          first = min(first, e.start().earliest());
        }
      }
      this.axisStart = LocalDate.of(first.getYear(), 1, 1);
      this.axisEnd = world.currentTo().plusDays(1);
      double longest = rows.stream().mapToInt(r -> r.label().length()).max().orElse(10);
      // Row labels get a wider allowance than other text: nothing else may move them if they run long.
      this.plotLeft = SIDE + Math.min(420, longest * LABEL_CHAR) + 12;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
      return a.isBefore(b) ? a : b;
    }

    /** The x of the first instant of {@code day}. */
    double x(LocalDate day) {
      double span = axisEnd.toEpochDay() - axisStart.toEpochDay();
      return plotLeft + (day.toEpochDay() - axisStart.toEpochDay()) / span * (plotRight - plotLeft);
    }

    String svg() {
      // Body first, into its own buffer, so that the legend knows which encodings the chart uses.
      StringBuilder body = new StringBuilder();
      double legendTop = 62;
      List<String[]> legend = new ArrayList<>();
      double rowsTop;
      // The rows need the legend's height, the legend needs the rows' encodings: draw the rows at y 0, then shift.
      StringBuilder rowsSvg = new StringBuilder();
      drawRows(rowsSvg);
      legendItems(legend);
      double legendHeight = layoutLegend(legend, legendTop, body);
      rowsTop = legendTop + legendHeight + 18;
      double rowsBottom = rowsTop + rows.size() * ROW;
      drawAxis(body, rowsTop, rowsBottom);
      body.append(SvgText.format("<g class=\"rows\" transform=\"translate(0,%.0f)\">%n", rowsTop))
          .append(rowsSvg).append("</g>\n");
      double notesTop = rowsBottom + 44;
      List<String> notes = new ArrayList<>();
      int width = (int) ((WIDTH - 2.0 * SIDE) / CHAR);
      for (String note : episodeNotes) {
        notes.addAll(SvgText.fill(note, width));
      }
      statehood().ifPresent(text -> notes.addAll(SvgText.fill(text, width)));
      String about = "Data " + world.dataset().version() + ", current to " + world.currentTo()
          + ". Bars run from the first to the last day of each spell; hover over a bar for its dates and their"
          + " precision.";
      notes.addAll(SvgText.fill(about, width));
      for (int i = 0; i < notes.size(); i++) {
        body.append(SvgText.format("<text x=\"%d\" y=\"%.1f\" fill=\"%s\">%s</text>%n", SIDE,
            notesTop + i * LINE, MUTED, escape(notes.get(i))));
      }
      double height = notesTop + (notes.size() - 1) * LINE + 16;

      svg.append(SvgText.format("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"country-life\" "
          + "width=\"%d\" height=\"%.0f\" viewBox=\"0 0 %d %.0f\" font-family=\"Helvetica, Arial, sans-serif\" "
          + "font-size=\"12\">%n", WIDTH, height, WIDTH, height));
      String title = title();
      svg.append("<title>").append(escape(title)).append("</title>\n");
      defs(svg);
      svg.append(SvgText.format("<rect width=\"%d\" height=\"%.0f\" fill=\"#ffffff\"/>%n", WIDTH,
          height));
      svg.append(SvgText.format("<text x=\"%d\" y=\"28\" font-size=\"17\" font-weight=\"bold\" "
          + "fill=\"%s\">%s</text>%n", SIDE, INK, escape(title)));
      svg.append(SvgText.format("<text x=\"%d\" y=\"48\" fill=\"%s\">%s</text>%n", SIDE, MUTED,
          escape("One bar per organisation and role, " + axisStart.getYear() + " to " + world.currentTo()
              + " (the day the data is current to)")));
      svg.append(body).append("</svg>\n");
      return svg.toString();
    }

    /** What the data says of the state's end and of the states it succeeded, if anything. */
    private Optional<String> statehood() {
      List<String> sentences = new ArrayList<>();
      country.ended().ifPresent(end -> sentences.add(country.name() + " ceased to exist "
          + (end.isExact() ? "on " : "in ") + end + (country.successors().isEmpty() ? "" : "; successor states: "
              + String.join(", ", country.successors().stream().map(c -> world.country(c).name()).toList()))
          + " (dashed line)."));
      List<String> predecessors = world.dataset().countries().stream()
          .filter(c -> c.successors().contains(country.code()))
          .map(c -> c.name() + c.ended().map(e -> " (ended " + e + ")").orElse("")).toList();
      if (!predecessors.isEmpty()) {
        sentences.add((predecessors.size() == 1 ? "Predecessor state: " : "Predecessor states: ")
            + String.join(", ", predecessors) + ", charted on its own.");
      }
      return sentences.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", sentences));
    }

    private String title() {
      return country.name() + " in multilateral bodies";
    }

    private void defs(StringBuilder out) {
      out.append("<defs>\n");
      for (Kind kind : Kind.values()) {
        gradients(out, kind.name().toLowerCase(Locale.ROOT), kind.colour);
      }
      gradients(out, "predecessor", PREDECESSOR);
      gradients(out, "neutral", NEUTRAL);
      out.append("<pattern id=\"life-episode\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
          + "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\" fill-opacity=\"0.35\"/>"
          + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#ffffff\" stroke-width=\"3\"/></pattern>\n");
      out.append("</defs>\n");
    }

    private static void gradients(StringBuilder out, String key, String colour) {
      out.append(SvgText.format("<linearGradient id=\"life-in-%s\"><stop offset=\"0\" "
          + "stop-color=\"%s\" stop-opacity=\"0\"/><stop offset=\"1\" stop-color=\"%s\"/></linearGradient>%n",
          key, colour, colour));
      out.append(SvgText.format("<linearGradient id=\"life-out-%s\"><stop offset=\"0\" "
          + "stop-color=\"%s\"/><stop offset=\"1\" stop-color=\"%s\" stop-opacity=\"0\"/></linearGradient>%n",
          key, colour, colour));
    }

    private void drawAxis(StringBuilder out, double top, double bottom) {
      double perYear = (plotRight - plotLeft) / ((axisEnd.toEpochDay() - axisStart.toEpochDay()) / 365.25);
      int step = 1;
      for (int candidate : new int[] {1, 2, 5, 10, 20, 50}) {
        step = candidate;
        if (candidate * perYear >= 44) {
          break;
        }
      }
      for (int year = axisStart.getYear(); !LocalDate.of(year, 1, 1).isAfter(axisEnd); year++) {
        double x = x(LocalDate.of(year, 1, 1));
        if (year % step == 0) {
          out.append(SvgText.format("<line class=\"tick\" data-year=\"%d\" x1=\"%.3f\" y1=\"%.1f\" "
              + "x2=\"%.3f\" y2=\"%.1f\" stroke=\"#d5dbe2\"/>%n", year, x, top - 4, x, bottom + 6));
          out.append(SvgText.format("<text class=\"tick-label\" x=\"%.3f\" y=\"%.1f\" "
              + "text-anchor=\"middle\" fill=\"%s\">%d</text>%n", x, bottom + 22, MUTED, year));
        } else if (perYear >= 4) {
          out.append(SvgText.format("<line class=\"minor-tick\" x1=\"%.3f\" y1=\"%.1f\" x2=\"%.3f\" "
              + "y2=\"%.1f\" stroke=\"#9aa5b1\"/>%n", x, bottom, x, bottom + 4));
        }
      }
      out.append(SvgText.format("<line class=\"axis\" x1=\"%.3f\" y1=\"%.1f\" x2=\"%.3f\" y2=\"%.1f\" "
          + "stroke=\"%s\"/>%n", plotLeft, bottom, plotRight, bottom, INK));
      country.ended().ifPresent(end -> {
        double x = x(end.latest().plusDays(1));
        out.append(SvgText.format("<line class=\"state-ended\" x1=\"%.3f\" y1=\"%.1f\" x2=\"%.3f\" "
            + "y2=\"%.1f\" stroke=\"%s\" stroke-width=\"1.5\" stroke-dasharray=\"6,3\"><title>%s</title></line>%n",
            x, top - 4, x, bottom, INK, escape(country.name() + " ceased to exist " + end)));
      });
      // The current-to day, where open bars end.
      out.append(SvgText.format("<line class=\"current-to\" x1=\"%.3f\" y1=\"%.1f\" x2=\"%.3f\" "
          + "y2=\"%.1f\" stroke=\"%s\" stroke-dasharray=\"3,3\"><title>%s</title></line>%n", plotRight, top - 4,
          plotRight, bottom + 6, MUTED, escape("The data is current to " + world.currentTo())));
    }

    private void drawRows(StringBuilder out) {
      String previousOrganisation = "";
      int episodeNumber = 0;
      for (int i = 0; i < rows.size(); i++) {
        Row row = rows.get(i);
        Membership m = row.membership();
        double top = i * ROW;
        double cy = top + ROW / 2.0;
        String organisation = row.organisation().id().value();
        if (!organisation.equals(previousOrganisation) && i > 0) {
          out.append(SvgText.format("<line x1=\"%d\" y1=\"%.1f\" x2=\"%.3f\" y2=\"%.1f\" "
              + "stroke=\"#c9d1da\"/>%n", SIDE, top, plotRight, top));
        }
        previousOrganisation = organisation;
        if (i % 2 == 1) {
          out.append(SvgText.format("<rect x=\"%.3f\" y=\"%.1f\" width=\"%.3f\" height=\"%d\" "
              + "fill=\"#f4f6f9\"/>%n", plotLeft, top + 1, plotRight - plotLeft, ROW - 2));
        }
        out.append(SvgText.format("<g class=\"row\" data-organisation=\"%s\" data-role=\"%s\" "
            + "data-framework=\"%s\">%n", escape(organisation), m.role().id(), escape(m.framework().orElse(""))));
        out.append(SvgText.format("<text class=\"row-label\" x=\"%d\" y=\"%.1f\" fill=\"%s\">%s"
            + "<title>%s</title></text>%n", SIDE, cy + 4, INK, escape(row.label()),
            escape(row.organisation().name() + ": " + words(m.role())
                + m.framework().map(f -> " in " + frameworkName(f)).orElse(""))));
        Kind kind = Kind.of(m.role());
        kinds.add(kind);
        for (Predecessor p : row.predecessors()) {
          predecessors = true;
          segment(out, "predecessor", "predecessor", PREDECESSOR, p.spell(), cy,
              p.country().name() + ", " + row.organisation().name() + ": " + words(m.role()) + ", "
                  + range(p.spell()) + " (seat continued by " + country.name() + ")");
        }
        for (Spell spell : m.spells()) {
          String key = kind.name().toLowerCase(Locale.ROOT);
          segment(out, "segment", key, kind.colour, spell, cy, row.organisation().name() + " ("
              + organisation + "), " + words(m.role()) + m.framework().map(f -> " in " + frameworkName(f))
                  .orElse("") + ": " + range(spell)
              + spell.continues().map(c -> "; continues the seat of " + world.country(c).name()).orElse("")
              + spell.note().map(n -> ". " + n).orElse(""));
        }
        double numberRight = Double.NEGATIVE_INFINITY;
        for (Episode e : m.episodes()) {
          episodeNumber++;
          double x0 = x(e.start().earliest());
          double x1 = Math.max(x0 + 4, e.end().isPresent() ? x(e.end().get().latest().plusDays(1)) : plotRight);
          String dates = (e.start() + " to " + e.end().map(PartialDate::toString).orElse("today")) + precisionNote(
              e.start(), e.end());
          out.append(SvgText.format("<g class=\"episode\" data-kind=\"%s\"><title>%s</title>%n",
              escape(e.kind()), escape(words(e.kind()) + ", " + dates + ": " + e.description())));
          out.append(SvgText.format("<rect x=\"%.3f\" y=\"%.1f\" width=\"%.3f\" height=\"%d\" "
              + "fill=\"url(#life-episode)\" stroke=\"%s\" stroke-width=\"1\"/>%n", x0, cy - BAR / 2.0 - 2,
              x1 - x0, BAR + 4, INK));
          // The number on the hatching, or beside an episode too narrow to hold it; never on another number.
          double cx = Math.max(x1 - x0 >= 20 ? (x0 + x1) / 2 : x1 + 10, numberRight + 9);
          numberRight = cx + 8;
          out.append(SvgText.format("<rect x=\"%.3f\" y=\"%.1f\" width=\"16\" height=\"14\" rx=\"3\" "
              + "fill=\"#ffffff\" stroke=\"%s\"/>%n", cx - 8, cy - 7, INK));
          out.append(SvgText.format("<text class=\"episode-number\" x=\"%.3f\" y=\"%.1f\" "
              + "text-anchor=\"middle\" font-weight=\"bold\" fill=\"%s\">%d</text>%n", cx, cy + 4, INK,
              episodeNumber));
          out.append("</g>\n");
          episodeNotes.add(episodeNumber + ": " + capitalised(words(e.kind())) + " (" + organisation + "), "
              + dates + ".");
        }
        for (Milestone milestone : m.milestones()) {
          milestones = true;
          double mx = (x(milestone.date().earliest()) + x(milestone.date().latest().plusDays(1))) / 2;
          out.append(SvgText.format("<path class=\"milestone\" d=\"M%.3f %.1f l5 5 l-5 5 l-5 -5 z\" "
              + "fill=\"%s\" stroke=\"#ffffff\" stroke-width=\"1\"><title>%s</title></path>%n", mx, cy - 5, INK,
              escape(capitalised(milestone.kind().id().replace('-', ' ')) + " " + milestone.date()
                  + precisionNote(milestone.date(), Optional.empty())
                  + milestone.document().map(d -> ": " + d).orElse("")
                  + milestone.note().map(n -> ". " + n).orElse(""))));
        }
        out.append("</g>\n");
      }
    }

    /**
     * One spell as a group with a title: a sharp or fading start, a solid middle, a sharp or fading end, and an
     * arrow when the spell is ongoing.
     */
    private void segment(StringBuilder out, String cssClass, String key, String colour, Spell spell, double cy,
        String title) {
      double x0 = x(spell.start().earliest());
      double x1 = spell.end().isPresent() ? x(spell.end().get().latest().plusDays(1)) : plotRight;
      double top = cy - BAR / 2.0;
      double fadeIn = spell.start().isExact() ? 0
          : Math.min(Math.max(x(spell.start().latest().plusDays(1)) - x0, MIN_FADE), (x1 - x0) / 2);
      boolean fuzzyEnd = spell.end().isPresent() && !spell.end().get().isExact();
      double fadeOut = !fuzzyEnd ? 0
          : Math.min(Math.max(x1 - x(spell.end().get().earliest()), MIN_FADE), (x1 - x0) / 2);
      fuzzy |= fadeIn > 0 || fadeOut > 0;
      out.append(SvgText.format("<g class=\"%s\"><title>%s</title>%n", cssClass, escape(title)));
      if (fadeIn > 0) {
        out.append(SvgText.format("<rect class=\"fade-start\" x=\"%.3f\" y=\"%.1f\" width=\"%.3f\" "
            + "height=\"%d\" fill=\"url(#life-in-%s)\"/>%n", x0, top, fadeIn, BAR, key));
      }
      out.append(SvgText.format("<rect class=\"solid\" x=\"%.3f\" y=\"%.1f\" width=\"%.3f\" "
          + "height=\"%d\" fill=\"%s\"/>%n", x0 + fadeIn, top, Math.max(0, x1 - fadeOut - x0 - fadeIn), BAR,
          colour));
      if (fadeOut > 0) {
        out.append(SvgText.format("<rect class=\"fade-end\" x=\"%.3f\" y=\"%.1f\" width=\"%.3f\" "
            + "height=\"%d\" fill=\"url(#life-out-%s)\"/>%n", x1 - fadeOut, top, fadeOut, BAR, key));
      }
      if (spell.isOngoing()) {
        ongoing = true;
        out.append(SvgText.format("<path class=\"ongoing\" d=\"M%.3f %.1f l9 %.1f l-9 %.1f z\" "
            + "fill=\"%s\"/>%n", x1, top - 2, BAR / 2.0 + 2, BAR / 2.0 + 2, colour));
      }
      out.append("</g>\n");
    }

    private void legendItems(List<String[]> items) {
      for (Kind kind : kinds) {
        items.add(new String[] {"kind", kind.colour, kind.words});
      }
      if (predecessors) {
        items.add(new String[] {"predecessor", PREDECESSOR, "seat of a predecessor state, continued"});
      }
      items.add(new String[] {"sharp", NEUTRAL, "sharp edge: date known to the day"});
      if (fuzzy) {
        items.add(new String[] {"fuzzy", NEUTRAL, "faded edge: known only to the month or year"});
      }
      if (ongoing) {
        items.add(new String[] {"ongoing", NEUTRAL, "ongoing on " + world.currentTo()});
      }
      if (!episodeNotes.isEmpty()) {
        items.add(new String[] {"episode", NEUTRAL, "episode within a membership (numbered below)"});
      }
      if (milestones) {
        items.add(new String[] {"milestone", INK, "milestone, such as a signature"});
      }
    }

    /** Lays the legend out in lines that fit the width; returns its height. */
    private double layoutLegend(List<String[]> items, double top, StringBuilder out) {
      out.append("<g class=\"legend\">\n");
      double x = SIDE;
      double y = top;
      for (String[] item : items) {
        double width = 30 + item[2].length() * CHAR;
        if (x + width > WIDTH - SIDE && x > SIDE) {
          x = SIDE;
          y += 22;
        }
        swatch(out, item[0], item[1], x, y);
        out.append(SvgText.format("<text x=\"%.1f\" y=\"%.1f\" fill=\"%s\">%s</text>%n", x + 30, y + 11,
            INK, escape(item[2])));
        x += width + 18;
      }
      out.append("</g>\n");
      return y - top + 16;
    }

    private static void swatch(StringBuilder out, String what, String colour, double x, double y) {
      String bar = "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"12\" fill=\"%s\"/>%n";
      switch (what) {
        case "fuzzy":
          out.append(SvgText.format("<rect x=\"%.1f\" y=\"%.1f\" width=\"12\" height=\"12\" "
              + "fill=\"url(#life-in-neutral)\"/>%n", x, y + 1));
          out.append(SvgText.format(bar, x + 12, y + 1, 12.0, colour));
          break;
        case "sharp":
          out.append(SvgText.format(bar, x + 6, y + 1, 18.0, colour));
          break;
        case "ongoing":
          out.append(SvgText.format(bar, x, y + 1, 16.0, colour));
          out.append(SvgText.format("<path d=\"M%.1f %.1f l8 7 l-8 7 z\" fill=\"%s\"/>%n", x + 16, y,
              colour));
          break;
        case "episode":
          out.append(SvgText.format(bar, x, y + 1, 24.0, colour));
          out.append(SvgText.format("<rect x=\"%.1f\" y=\"%.1f\" width=\"24\" height=\"14\" "
              + "fill=\"url(#life-episode)\" stroke=\"%s\"/>%n", x, y, INK));
          break;
        case "milestone":
          out.append(SvgText.format("<path d=\"M%.1f %.1f l6 6 l-6 6 l-6 -6 z\" fill=\"%s\"/>%n",
              x + 12, y + 1, colour));
          break;
        default:
          out.append(SvgText.format(bar, x, y + 1, 24.0, colour));
      }
    }

    private String frameworkName(String id) {
      return world.dataset().frameworks().stream().filter(f -> f.id().equals(id)).findFirst()
          .map(f -> f.name() + " (" + id + ")").orElse(id);
    }
  }

  /** {@code 1949-08-24 (day) to 2004-03 (month)}, or {@code from 1994 (year), ongoing}. */
  private static String range(Spell spell) {
    return spell.start() + " (" + spell.start().precision().id() + ")" + spell.end()
        .map(e -> " to " + e + " (" + e.precision().id() + ")").orElse(", ongoing");
  }

  private static String precisionNote(PartialDate start, Optional<PartialDate> end) {
    boolean day = start.precision() == DatePrecision.DAY && end.map(PartialDate::isExact).orElse(true);
    if (day) {
      return "";
    }
    DatePrecision coarsest = end.isPresent() && end.get().precision().compareTo(start.precision()) > 0
        ? end.get().precision() : start.precision();
    return " (dates known to the " + coarsest.id() + ")";
  }

  /** {@code founding member} for {@code founding-member}. */
  static String words(Role role) {
    return words(role.id());
  }

  private static String words(String kebab) {
    return kebab.replace('-', ' ');
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String escape(String text) {
    return Escaping.html(text);
  }
}
