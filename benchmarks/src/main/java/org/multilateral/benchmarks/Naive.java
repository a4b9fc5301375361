package org.multilateral.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.multilateral.core.Country;
import org.multilateral.core.CountryCode;
import org.multilateral.core.Dataset;
import org.multilateral.core.Membership;
import org.multilateral.core.Organisation;
import org.multilateral.core.OrganisationId;
import org.multilateral.core.PartialDate;
import org.multilateral.core.Spell;
import org.multilateral.query.Certainty;
import org.multilateral.query.Member;
import org.multilateral.query.Table;

/**
 * The baselines: each question answered by a plain stream filter over {@link Dataset#memberships()}, with no
 * index, giving the same answer as {@link Indexed} (a test checks that they agree). Lookups of a country or an
 * organisation by id go through the dataset's own maps.
 */
public final class Naive {

  /** The order of a members query: the day the spell began, then the country's name, then the role. */
  static final Comparator<Member> MEMBER_ORDER = Comparator
      .comparing((Member m) -> m.spell().firstDay())
      .thenComparing(m -> m.country().name())
      .thenComparing(m -> m.membership().role());

  /** The order of a country's memberships: by organisation, then role. */
  static final Comparator<Member> COUNTRY_ORDER = Comparator
      .comparing((Member m) -> m.organisation().id())
      .thenComparing(m -> m.membership().role());

  private Naive() {}

  /** The full members of {@code organisation} on {@code day}. */
  public static List<Member> membersOn(Dataset dataset, OrganisationId organisation, LocalDate day) {
    Organisation o = dataset.organisation(organisation).orElseThrow();
    return dataset.memberships().stream()
        .filter(m -> m.organisation().equals(organisation) && m.role().isFullMember())
        .flatMap(m -> member(dataset, o, m, day))
        .sorted(MEMBER_ORDER)
        .toList();
  }

  /** Every role {@code country} holds on {@code day}, in any organisation. */
  public static List<Member> countryOn(Dataset dataset, CountryCode country, LocalDate day) {
    return dataset.memberships().stream()
        .filter(m -> m.country().equals(country))
        .flatMap(m -> member(dataset, dataset.organisation(m.organisation()).orElseThrow(), m, day))
        .sorted(COUNTRY_ORDER)
        .toList();
  }

  /**
   * The full members of {@code a} and of {@code b} that are not full members of {@code c} on {@code day}, by name:
   * one pass over the memberships, then set operations.
   */
  public static List<Country> bothButNot(Dataset dataset, OrganisationId a, OrganisationId b, OrganisationId c,
      LocalDate day) {
    Set<OrganisationId> asked = Set.copyOf(List.of(a, b, c));
    Map<OrganisationId, Set<CountryCode>> members = new HashMap<>();
    dataset.memberships().stream()
        .filter(m -> asked.contains(m.organisation()) && m.role().isFullMember() && m.isInForceOn(day))
        .forEach(m -> members.computeIfAbsent(m.organisation(), k -> new TreeSet<>()).add(m.country()));
    Set<CountryCode> result = new TreeSet<>(members.getOrDefault(a, Set.of()));
    result.retainAll(members.getOrDefault(b, Set.of()));
    result.removeAll(members.getOrDefault(c, Set.of()));
    return result.stream().map(code -> dataset.country(code).orElseThrow())
        .sorted(Comparator.comparing(Country::name)).toList();
  }

  /**
   * The changes of full membership of {@code organisation} whose date may fall from {@code from} to {@code to}, both
   * included (a join's date is its spell's start, a departure's its spell's end): a country's spells (in every
   * full-member role) taken together, a spell that starts the day after another ends continuing it; ordered by the
   * first day of the new status, departures first, then by country name.
   */
  public static List<Transition> changes(Dataset dataset, OrganisationId organisation, LocalDate from,
      LocalDate to) {
    Map<CountryCode, List<Spell>> spells = new HashMap<>();
    dataset.memberships().stream()
        .filter(m -> m.organisation().equals(organisation) && m.role().isFullMember())
        .forEach(m -> spells.computeIfAbsent(m.country(), k -> new ArrayList<>()).addAll(m.spells()));
    List<Transition> changes = new ArrayList<>();
    spells.forEach((country, list) -> {
      List<Spell> runs = list.stream()
          .filter(s -> s.lastDay().map(last -> !s.firstDay().isAfter(last)).orElse(true))
          .sorted(Comparator.comparing(Spell::firstDay).thenComparing(Naive::lastDay))
          .toList();
      for (int i = 0; i < runs.size(); i++) {
        Spell first = runs.get(i);
        Spell last = first;
        while (i + 1 < runs.size() && (lastDay(last) == Long.MAX_VALUE
            || runs.get(i + 1).firstDay().toEpochDay() <= lastDay(last) + 1)) {
          Spell next = runs.get(++i);
          last = lastDay(next) > lastDay(last) ? next : last;
        }
        if (mayFallIn(first.start(), from, to)) {
          changes.add(new Transition(first.firstDay(), true, country));
        }
        if (last.end().isPresent() && mayFallIn(last.end().get(), from, to)) {
          changes.add(new Transition(last.lastDay().get().plusDays(1), false, country));
        }
      }
    });
    changes.sort(Comparator.comparing(Transition::day).thenComparing(Transition::joined)
        .thenComparing(t -> dataset.country(t.country()).orElseThrow().name()));
    return changes;
  }

  private static long lastDay(Spell s) {
    return s.lastDay().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
  }

  private static boolean mayFallIn(PartialDate date, LocalDate from, LocalDate to) {
    return !date.earliest().isAfter(to) && !date.latest().isBefore(from);
  }

  /**
   * The full members of {@code organisation} on {@code day} as a report table with the columns of a members
   * query's table.
   */
  public static Table table(Dataset dataset, OrganisationId organisation, LocalDate day) {
    Table.Builder table = Table.builder("members of " + organisation + " on " + day)
        .column("iso3", Table.ColumnType.TEXT)
        .column("iso2", Table.ColumnType.TEXT)
        .column("name", Table.ColumnType.TEXT)
        .column("role", Table.ColumnType.TEXT)
        .column("start", Table.ColumnType.DATE)
        .column("end", Table.ColumnType.DATE)
        .column("certainty", Table.ColumnType.TEXT);
    for (Member m : membersOn(dataset, organisation, day)) {
      table.row(m.sources(), m.country().code().value(), m.country().alpha2(), m.country().name(),
          m.membership().role().id(), m.start().toString(), m.end().map(Object::toString).orElse(""),
          m.certainty().id());
    }
    return table.build();
  }

  private static Stream<Member> member(Dataset dataset, Organisation organisation, Membership m, LocalDate day) {
    return m.spellOn(day).stream()
        .map(s -> new Member(dataset.country(m.country()).orElseThrow(), organisation, m, s, Certainty.CERTAIN));
  }
}
