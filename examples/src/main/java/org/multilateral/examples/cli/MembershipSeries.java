package org.multilateral.examples.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.multilateral.core.Country;
import org.multilateral.core.CountryCode;
import org.multilateral.core.Organisation;
import org.multilateral.core.PartialDate;
import org.multilateral.core.Role;
import org.multilateral.query.Change;
import org.multilateral.query.Completeness;
import org.multilateral.query.Member;
import org.multilateral.query.MemberQuery;
import org.multilateral.query.Multilateral;

/**
 * How many countries held a role in an organisation over time, as steps: the full members (the seats, for an organ
 * such as the Security Council), and, where the data has them, the partners, candidates, aspirants or observers.
 * Every count is the query API's own ({@code members(org).asOf(day)}) on each day the count may change; nothing is
 * counted here. A seat held in continuity (the Russian Federation continuing the Soviet Union's) is one hand-over,
 * not a departure and an accession.
 *
 * <p>Immutable and thread-safe.
 *
 * @param organisation the organisation
 * @param series the members first, then the other roles the data holds for the organisation
 * @param notes the limits of the counts, as the queries give them ({@link Completeness#notes()})
 * @param uncovered the periods, from the founding to the day the data is current to, outside the data's declared
 *     coverage of full membership: counts there may miss members
 * @param currentTo the day the data is current to: the last day counted
 * @param version the data version
 */
record MembershipSeries(Organisation organisation, List<Series> series, List<String> notes, List<Period> uncovered,
    LocalDate currentTo, String version) {

  MembershipSeries {
    Objects.requireNonNull(organisation, "organisation");
    series = List.copyOf(series);
    notes = List.copyOf(notes);
    uncovered = List.copyOf(uncovered);
    Objects.requireNonNull(currentTo, "currentTo");
    Objects.requireNonNull(version, "version");
  }

  /**
   * A period of days, both included.
   *
   * @param from the first day
   * @param to the last day
   */
  record Period(LocalDate from, LocalDate to) {}

  /**
   * One role's count over time.
   *
   * @param label what is counted, plural: {@code members}, {@code partners}
   * @param steps the days the count changed (or a seat changed hands), in date order; before the first, none
   */
  record Series(String label, List<Step> steps) {
    Series {
      Objects.requireNonNull(label, "label");
      steps = List.copyOf(steps);
    }

    /** The count on {@code day}: that of the last step on or before it, or 0 before the first. */
    int countOn(LocalDate day) {
      int count = 0;
      for (Step s : steps) {
        if (s.day().isAfter(day)) {
          break;
        }
        count = s.count();
      }
      return count;
    }

    /** The largest count. */
    int max() {
      return steps.stream().mapToInt(Step::count).max().orElse(0);
    }
  }

  /**
   * A day the count changed, or a seat changed hands.
   *
   * @param day the first day of the new count
   * @param when the date as the sources give it: the day, or a month or year when the changes that day are known
   *     only to the month or year (the day is then the first day they certainly took effect)
   * @param count the count from that day
   * @param delta the change from the day before
   * @param joined the countries that started to hold the role that day, by name
   * @param left the countries that ceased to hold it (their last day was the day before)
   * @param handovers the seats that changed hands: {@code seat passes from Soviet Union to Russia (continuity, not a
   *     new member)}
   * @param founding whether every country that joined that day is a founding member
   */
  record Step(LocalDate day, String when, int count, int delta, List<String> joined, List<Departure> left,
      List<String> handovers, boolean founding) {
    Step {
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(when, "when");
      joined = List.copyOf(joined);
      left = List.copyOf(left);
      handovers = List.copyOf(handovers);
    }

    /** {@code 1955-12-14: 16 joined (Albania, ...); 76 members}, for a reader hovering over the step. */
    String describe(String label) {
      List<String> parts = new ArrayList<>();
      if (!joined.isEmpty()) {
        parts.add(joined.size() + (founding ? " founding member" + (joined.size() == 1 ? "" : "s") : "")
            + " joined: " + String.join(", ", joined));
      }
      if (!left.isEmpty()) {
        parts.add(left.size() + " left: " + Departure.list(left));
      }
      parts.addAll(handovers);
      String date = when.equals(day.toString()) ? when
          : when + " (known only to the " + (when.length() == 4 ? "year" : "month") + "; counted from " + day + ")";
      return date + ": " + String.join("; ", parts) + ". " + count + " " + label
          + (delta == 0 ? " (no change)" : " (" + signed(delta) + ")") + ".";
    }
  }

  /**
   * A country that ceased to hold the role: counted from the day after its last day, but named with the last day, as
   * the sources give it.
   */
  record Departure(String name, PartialDate lastDay) {
    Departure {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(lastDay, "lastDay");
    }

    /** {@code United Kingdom (last day 2020-01-31), Czechoslovakia (last day 1992-12-31)}. */
    static String list(List<Departure> departures) {
      return departures.stream().map(d -> d.name() + " (last day " + d.lastDay() + ")")
          .collect(Collectors.joining(", "));
    }
  }

  /** {@code +3}, {@code -1}, {@code 0}. */
  static String signed(int n) {
    return n > 0 ? "+" + n : n < 0 ? "\u2212" + (-n) : "0";
  }

  /** The roles other than full membership, each a series where the data has any, in this order. */
  private static final List<Map.Entry<Role, String>> OTHER_ROLES = List.of(Map.entry(Role.PARTNER, "partners"),
      Map.entry(Role.CANDIDATE, "candidates"), Map.entry(Role.ASPIRANT, "aspirants"),
      Map.entry(Role.OBSERVER, "observers"));

  /**
   * The series of {@code organisation} (an id, alias or name) in {@code world}.
   *
   * @throws org.multilateral.query.UnknownIdException if no organisation matches
   * @throws BadInputException if the data holds no member of it
   */
  static MembershipSeries of(Multilateral world, String organisation) {
    Organisation org = world.organisation(organisation);
    MemberQuery members = world.members(org.id());
    List<Series> series = new ArrayList<>();
    Completeness notes = members.changes().completeness();
    Series full = series("members", members, false, world.currentTo());
    if (full.steps().isEmpty()) {
      throw new BadInputException("no members of " + org.id() + " in the data to chart");
    }
    series.add(full);
    for (Map.Entry<Role, String> role : OTHER_ROLES) {
      MemberQuery q = members.roles(role.getKey());
      Series s = series(role.getValue(), q, true, world.currentTo());
      if (!s.steps().isEmpty()) {
        series.add(s);
        notes = notes.and(q.changes().completeness());
      }
    }
    return new MembershipSeries(org, series, notes.notes(), uncovered(world, org, full), world.currentTo(),
        world.dataset().version());
  }

  /**
   * The steps of {@code query}'s count: its count on every day it may change (the first day of each join and
   * departure, and the first and last days an imprecise date may mean), kept where it changes or where a seat
   * changes hands, up to {@code end} (the data may know of later changes: the end of a Security Council term). With
   * {@code countries}, a country holding the role in two frameworks counts once.
   */
  private static Series series(String label, MemberQuery query, boolean countries, LocalDate end) {
    List<Change> changes = query.changes().list();
    // The seats handed over: a join that continues a predecessor's seat, and that predecessor's departure when its
    // date meets the join's (the same day, or, for dates known only to the month, the same month).
    List<Change> successions = changes.stream().filter(c -> c.isJoined() && c.spell().continues().isPresent())
        .toList();
    java.util.function.Predicate<Change> handedOver = c -> !c.isJoined() && successions.stream().anyMatch(j ->
        j.spell().continues().get().equals(c.country().code())
            && !j.date().earliest().isAfter(c.date().latest().plusDays(1))
            && !c.date().earliest().isAfter(j.date().latest()));
    TreeMap<LocalDate, List<Change>> byDay = new TreeMap<>();
    TreeSet<LocalDate> days = new TreeSet<>();
    for (Change c : changes) {
      byDay.computeIfAbsent(c.effectiveDay(), d -> new ArrayList<>()).add(c);
      days.add(c.effectiveDay());
      days.add(c.date().earliest());
      days.add(c.date().latest().plusDays(1));
    }
    List<Step> steps = new ArrayList<>();
    int previous = 0;
    for (LocalDate day : days.headSet(end, true)) {
      List<Member> on = query.asOf(day).list();
      int count = countries ? (int) on.stream().map(m -> m.country().code()).distinct().count() : on.size();
      List<Change> today = byDay.getOrDefault(day, List.of());
      if (count == previous && today.isEmpty()) {
        continue;
      }
      List<String> joined = new ArrayList<>();
      List<Departure> left = new ArrayList<>();
      List<String> handovers = new ArrayList<>();
      boolean founding = true;
      for (Change c : today) {
        if (c.isJoined() && c.spell().continues().isPresent()) {
          handovers.add("seat passes from " + predecessor(changes, c.spell().continues().get()) + " to "
              + c.country().name() + " (continuity, not a new member)");
        } else if (c.isJoined()) {
          joined.add(c.country().name());
          founding &= c.role() == Role.FOUNDING_MEMBER;
        } else if (!handedOver.test(c)) {
          left.add(new Departure(c.country().name(), c.date()));
        }
      }
      if (count == previous && joined.isEmpty() && left.isEmpty() && handovers.isEmpty()) {
        continue; // only the departure side of a hand-over
      }
      Set<String> dates = today.stream().map(c -> c.date().toString()).collect(Collectors.toSet());
      String when = dates.size() == 1 && !today.get(0).date().isExact() ? dates.iterator().next() : day.toString();
      steps.add(new Step(day, when, count, count - previous, joined, left, handovers,
          founding && !joined.isEmpty()));
      previous = count;
    }
    return new Series(label, steps);
  }

  private static String predecessor(List<Change> changes, CountryCode code) {
    return changes.stream().map(Change::country).filter(c -> c.code().equals(code)).findFirst()
        .map(Country::name).orElse(code.value());
  }

  /**
   * The periods from the first step to the day the data is current to that no declared coverage of the full-member
   * roles the organisation uses includes.
   */
  private static List<Period> uncovered(Multilateral world, Organisation org, Series full) {
    Set<Role> roles = world.members(org.id()).changes().stream().map(Change::role).collect(Collectors.toSet());
    LocalDate start = full.steps().get(0).day();
    LocalDate end = world.currentTo();
    TreeSet<LocalDate> edges = new TreeSet<>(List.of(start, end.plusDays(1)));
    org.coverage().forEach(c -> {
      edges.add(c.from());
      c.to().ifPresent(t -> edges.add(t.plusDays(1)));
    });
    List<Period> out = new ArrayList<>();
    LocalDate from = null;
    for (LocalDate edge : edges.subSet(start, true, end, true)) {
      boolean covered = roles.stream().allMatch(r -> org.coverage(r, edge, end).isPresent());
      if (!covered && from == null) {
        from = edge;
      } else if (covered && from != null) {
        out.add(new Period(from, edge.minusDays(1)));
        from = null;
      }
    }
    if (from != null) {
      out.add(new Period(from, end));
    }
    return out;
  }
}
