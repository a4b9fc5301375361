package org.multilateral.examples.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.multilateral.core.Country;
import org.multilateral.core.CountryCode;
import org.multilateral.core.Organisation;
import org.multilateral.core.PartnershipFramework;
import org.multilateral.core.Role;
import org.multilateral.query.Member;
import org.multilateral.query.MemberQuery;
import org.multilateral.query.Multilateral;
import org.multilateral.query.UnknownIdException;

/**
 * What a map of an organisation's members on a day shows: for every area of the boundary data (a state's shape or
 * dot, or a territory that is not a state in the data), the states that stand for it that day and their status.
 *
 * <p>Boundaries are today's. A historical state (the Soviet Union, Yugoslavia, Czechoslovakia, the German
 * Democratic Republic...) is drawn on the territory of its successors, recursively (Yugoslavia on that of Serbia and
 * Montenegro's successors too). On the territory of a state that dissolved into several successors, a successor
 * stands for itself only when it holds a role in the organisation mapped that day (the Byelorussian and Ukrainian
 * SSRs in the UN, the Baltic states in the CSCE from September 1991): otherwise the historical state stands for it
 * alone. A state that merged into a single
 * successor (the German Democratic Republic into Germany) shares its successor's territory on the map. When the
 * states that stand for one area differ in status, the area is striped. A historical state with no start date in
 * the data is taken to have existed on every day before its end.
 */
final class MembersMap {

  /** The status of a state on the map; also of an area, with {@code SHARED} and {@code NO_DATA}. */
  enum Status {
    MEMBER, POSSIBLE, OTHER_ROLE, NOT_MEMBER, SHARED, NO_DATA
  }

  /** A state standing for an area, with its status and how it reads ("founding member since 1949-08-24"). */
  record Claimant(Country country, Status status, String detail) {}

  /**
   * An area to draw: a state's shape or dot (by {@code code}), or a territory (by {@code name}), with the states
   * that stand for it on the day, the state itself first when it does.
   */
  record Area(String name, Optional<CountryCode> code, List<Claimant> claimants, boolean dot) {
    Area {
      claimants = List.copyOf(claimants);
    }

    Status status() {
      if (claimants.isEmpty()) {
        return Status.NO_DATA;
      }
      Set<Status> statuses = claimants.stream().map(Claimant::status).collect(Collectors.toSet());
      return statuses.size() == 1 ? statuses.iterator().next() : Status.SHARED;
    }

    /** The two statuses a striped area shows, the stronger first. */
    List<Status> stripes() {
      return claimants.stream().map(Claimant::status).distinct().sorted().limit(2).toList();
    }

    /** Whether a member (or, when shown, a holder of another role) stands for this area. */
    boolean isMarked() {
      return claimants.stream().anyMatch(c -> c.status() == Status.MEMBER || c.status() == Status.POSSIBLE
          || c.status() == Status.OTHER_ROLE);
    }

    /** What a reader sees on hovering: the area's name and each state's status. */
    String tooltip() {
      if (claimants.isEmpty()) {
        return name + ": no state in the data on this day";
      }
      List<String> parts = new ArrayList<>();
      for (Claimant c : claimants) {
        boolean itself = code.isPresent() && c.country().code().equals(code.get());
        parts.add((itself ? "" : c.country().name() + ", ") + c.detail());
      }
      return name + ": " + String.join("; ", parts);
    }
  }

  /** A historical state drawn on its successors' territory: the areas, and those it shares with a state itself. */
  record Historical(Country state, Claimant claimant, List<String> territory, List<String> shared, boolean striped) {}

  private final Organisation organisation;
  private final LocalDate day;
  private final List<Area> areas;
  private final List<Historical> historical;
  private final List<String> notes;
  private final List<Member> members;
  private final List<Member> possible;
  private final List<Member> others;
  private final boolean otherRoles;

  private MembersMap(Organisation organisation, LocalDate day, List<Area> areas, List<Historical> historical,
      List<String> notes, List<Member> members, List<Member> possible, List<Member> others, boolean otherRoles) {
    this.organisation = organisation;
    this.day = day;
    this.areas = List.copyOf(areas);
    this.historical = List.copyOf(historical);
    this.notes = List.copyOf(notes);
    this.members = List.copyOf(members);
    this.possible = List.copyOf(possible);
    this.others = List.copyOf(others);
    this.otherRoles = otherRoles;
  }

  /**
   * The map of {@code organisation}'s members on {@code day}; with {@code otherRoles}, partners, candidates, aspirants
   * and observers too.
   */
  static MembersMap of(Multilateral world, String organisation, LocalDate day, boolean otherRoles) {
    Boundaries boundaries = Boundaries.get();
    // Every member that may have been one that day: those whose spell is certain on it, and apart from them those
    // only possibly in force (the day falls inside a date known only to the month or year), which the map shows as
    // such rather than as non-members.
    MemberQuery query = world.members(organisation).asOf(day).withPossible();
    List<Member> members = query.stream().filter(Member::isCertain).toList();
    List<Member> possible = query.stream().filter(m -> !m.isCertain()).toList();
    List<Member> others = otherRoles
        ? query.anyRole().list().stream().filter(m -> !m.role().isFullMember()).toList() : List.of();
    List<String> notes = new ArrayList<>();
    Organisation mapped = world.organisation(organisation);
    mapped.founded().filter(f -> day.isBefore(f.earliest())).ifPresent(f -> notes.add(mapped.name() + " did not exist"
        + " yet on " + day + ": the earliest of its founding dates is " + f + ", so it has no members to show."));
    notes.addAll(query.completeness().notes());
    if (otherRoles) {
      query.anyRole().completeness().notes().stream().filter(n -> !notes.contains(n)).forEach(notes::add);
    }
    Map<CountryCode, Claimant> statuses = new LinkedHashMap<>();
    for (Member m : members) {
      statuses.putIfAbsent(m.country().code(), new Claimant(m.country(), Status.MEMBER, detail(world, m)));
    }
    for (Member m : possible) {
      statuses.putIfAbsent(m.country().code(), new Claimant(m.country(), Status.POSSIBLE, detail(world, m)));
    }
    for (Member m : others) {
      statuses.putIfAbsent(m.country().code(), new Claimant(m.country(), Status.OTHER_ROLE, detail(world, m)));
    }
    // The states that hold a role in any organisation that day: evidence that a successor stood for itself.
    Set<CountryCode> active = new HashSet<>();
    for (Organisation o : world.dataset().organisations()) {
      world.members(o.id()).asOf(day).anyRole().stream().forEach(m -> active.add(m.country().code()));
    }
    Set<CountryCode> here = new HashSet<>();
    query.anyRole().stream().forEach(m -> here.add(m.country().code()));
    Lineage lineage = new Lineage(world.dataset().countries(), day, active, here);
    java.util.function.Function<Country, Claimant> claimant = c -> statuses.getOrDefault(c.code(),
        new Claimant(c, Status.NOT_MEMBER, "not a member"));

    List<Area> areas = new ArrayList<>();
    Map<CountryCode, List<String>> territoryOf = new LinkedHashMap<>();
    Map<CountryCode, List<String>> sharedOf = new LinkedHashMap<>();
    List<Country> drawable = world.dataset().countries().stream()
        .filter(c -> boundaries.has(c.code()))
        .sorted(Comparator.comparing((Country c) -> boundaries.shape(c.code()).isEmpty()).thenComparing(c -> c.name()))
        .toList();
    for (Country country : drawable) {
      List<Claimant> claimants = new ArrayList<>();
      if (lineage.stands(country)) {
        claimants.add(claimant.apply(country));
      }
      for (Country h : lineage.predecessors(country.code())) {
        claimants.add(claimant.apply(h));
        (lineage.stands(country) ? sharedOf : territoryOf).computeIfAbsent(h.code(), k -> new ArrayList<>())
            .add(country.name());
      }
      areas.add(new Area(country.name(), Optional.of(country.code()), claimants,
          boundaries.shape(country.code()).isEmpty()));
    }
    for (Boundaries.Territory t : boundaries.territories()) {
      List<Claimant> claimants = new ArrayList<>();
      if (t.partOf().isPresent()) {
        for (Country h : lineage.predecessorsOfPart(t.partOf().get())) {
          claimants.add(claimant.apply(h));
          territoryOf.computeIfAbsent(h.code(), k -> new ArrayList<>()).add(t.name());
        }
      }
      areas.add(new Area(t.name(), Optional.empty(), claimants, false));
    }
    List<Historical> historical = new ArrayList<>();
    for (Country h : lineage.standing()) {
      if (h.isHistorical()) {
        List<String> shared = sharedOf.getOrDefault(h.code(), List.of());
        boolean striped = areas.stream().anyMatch(a -> shared.contains(a.name()) && a.status() == Status.SHARED);
        historical.add(new Historical(h, claimant.apply(h), territoryOf.getOrDefault(h.code(), List.of()), shared,
            striped));
      }
    }
    return new MembersMap(mapped, day, areas, historical, notes, members, possible,
        others, otherRoles);
  }

  private static String detail(Multilateral world, Member m) {
    String role = m.role().id().replace('-', ' ');
    Optional<String> framework = m.membership().framework().flatMap(id -> {
      try {
        return Optional.of(world.framework(id).name());
      } catch (UnknownIdException e) {
        return Optional.of(id);
      }
    });
    return role + framework.map(f -> " (" + f + ")").orElse("") + " since " + m.start()
        + (m.isCertain() ? "" : " (possibly: a date known only to the month or year)");
  }

  Organisation organisation() {
    return organisation;
  }

  LocalDate day() {
    return day;
  }

  List<Area> areas() {
    return areas;
  }

  List<Historical> historical() {
    return historical;
  }

  /** The limits of the answer, as the members query gives them. */
  List<String> notes() {
    return notes;
  }

  /** The full members on the day whose membership is certain on it, one answer per membership in force. */
  List<Member> members() {
    return members;
  }

  /** The full members only possibly in force on the day: it falls inside a date known only to the month or year. */
  List<Member> possible() {
    return possible;
  }

  /** The partners, candidates, aspirants and observers on the day, when asked for. */
  List<Member> others() {
    return others;
  }

  boolean showsOtherRoles() {
    return otherRoles;
  }

  /** The word for a member: "participating state" when every member is one (the OSCE), else "member". */
  String memberWord() {
    List<Member> all = new ArrayList<>(members);
    all.addAll(possible);
    return !all.isEmpty() && all.stream().allMatch(m -> m.role() == Role.PARTICIPATING_STATE)
        ? "participating state" : "member";
  }

  /** Which states stand for which territory on a day: see the class comment. */
  private static final class Lineage {
    private final Map<CountryCode, Country> byCode = new LinkedHashMap<>();
    private final LocalDate day;
    private final Set<CountryCode> active;
    private final Set<CountryCode> here;

    /**
     * Over {@code countries} on {@code day}; {@code active} hold a role in some organisation that day, {@code here}
     * in the organisation mapped.
     */
    Lineage(List<Country> countries, LocalDate day, Set<CountryCode> active, Set<CountryCode> here) {
      countries.forEach(c -> byCode.put(c.code(), c));
      this.day = day;
      this.active = active;
      this.here = here;
    }

    /** Whether {@code c} existed on the day, as far as the data says. */
    boolean exists(Country c) {
      if (c.started().isPresent() && c.started().get().earliest().isAfter(day)) {
        return false;
      }
      if (c.ended().isEmpty()) {
        return true;
      }
      // Inside the precision of an end ("1991-12"), only while it still holds a role somewhere.
      return !day.isAfter(c.ended().get().earliest())
          || (!day.isAfter(c.ended().get().latest()) && active.contains(c.code()));
    }

    /** Whether {@code c} stands for itself on the day: it exists and no dissolved predecessor stands for it. */
    boolean stands(Country c) {
      if (!exists(c)) {
        return false;
      }
      if (here.contains(c.code())) {
        return true;
      }
      return byCode.values().stream().noneMatch(g -> g.successors().size() > 1 && exists(g)
          && !g.code().equals(c.code()) && descendants(g).contains(c.code()) && stands(g));
    }

    /** The historical states that stand on the day for territory that is now {@code code}'s. */
    List<Country> predecessors(CountryCode code) {
      return byCode.values().stream()
          .filter(h -> h.isHistorical() && !h.code().equals(code) && descendants(h).contains(code) && stands(h))
          .toList();
    }

    /** The historical states that stand on the day for a territory drawn with {@code part} while it existed. */
    List<Country> predecessorsOfPart(CountryCode part) {
      return byCode.values().stream()
          .filter(h -> h.isHistorical() && descendants(h).contains(part) && stands(h))
          .toList();
    }

    /** The states that stand for themselves on the day. */
    List<Country> standing() {
      return byCode.values().stream().filter(this::stands).toList();
    }

    /** {@code h} and its successors, recursively. */
    Set<CountryCode> descendants(Country h) {
      Set<CountryCode> all = new LinkedHashSet<>();
      List<CountryCode> todo = new ArrayList<>(List.of(h.code()));
      while (!todo.isEmpty()) {
        CountryCode next = todo.remove(todo.size() - 1);
        if (all.add(next)) {
          Country c = byCode.get(next);
          if (c != null) {
            todo.addAll(c.successors());
          }
        }
      }
      return all;
    }
  }
}
