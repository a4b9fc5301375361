package org.multilateral.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.multilateral.core.Country;
import org.multilateral.core.Dataset;
import org.multilateral.core.Membership;
import org.multilateral.core.Organisation;
import org.multilateral.core.Role;
import org.multilateral.query.internal.IntervalTree;

/**
 * The indexed on-date answers equal a brute-force filter over every membership with
 * {@link Membership#spellOn(LocalDate)}, on every day of every generated history, for members of an organisation
 * (with any set of roles) and for a country's memberships.
 */
class IndexPropertiesTest {

  /** What identifies an answer: the membership and the spell in force. */
  private static Map<String, Long> key(List<Member> members) {
    Map<String, Long> counts = new HashMap<>();
    members.forEach(m -> counts.merge(m.membership().label() + " " + m.spell(), 1L, Long::sum));
    return counts;
  }

  /** The memberships that satisfy {@code which}, once, to be read on each day. */
  private static List<Membership> chosen(Dataset dataset, Predicate<Membership> which) {
    return dataset.memberships().stream().filter(which).toList();
  }

  private static List<Member> bruteForce(Multilateral world, LocalDate day, List<Membership> chosen) {
    List<Member> out = new ArrayList<>();
    for (Membership m : chosen) {
      m.spellOn(day).ifPresent(s -> out.add(new Member(world.country(m.country()),
          world.dataset().organisation(m.organisation()).orElseThrow(), m, s, Certainty.CERTAIN)));
    }
    return out;
  }

  /** Every spell whose widest reading includes {@code day}. */
  private static List<Member> bruteForcePossible(Multilateral world, LocalDate day, List<Membership> chosen) {
    List<Member> out = new ArrayList<>();
    for (Membership m : chosen) {
      m.spells().stream().filter(s -> s.mayBeInForceOn(day)).forEach(s -> out.add(new Member(
          world.country(m.country()), world.dataset().organisation(m.organisation()).orElseThrow(), m, s,
          s.isInForceOn(day) ? Certainty.CERTAIN : Certainty.POSSIBLE)));
    }
    return out;
  }

  private static void assertSorted(List<Member> members, java.util.Comparator<Member> order) {
    for (int i = 1; i < members.size(); i++) {
      assertTrue(order.compare(members.get(i - 1), members.get(i)) <= 0, "out of order: " + members.get(i - 1)
          + " before " + members.get(i));
    }
  }

  @Test
  void membersOnADayAreTheSpellsInForceThatDay() {
    qt().withExamples(Histories.TRIES).forAll(Histories.datasets(), integers().between(1, 511))
        .checkAssert((dataset, bits) -> {
          Multilateral world = Multilateral.over(dataset);
          Set<Role> roles = Histories.roles(bits);
          for (Organisation o : dataset.organisations()) {
            MemberQuery query = Histories.members(world, o.id(), roles);
            List<Membership> chosen = chosen(dataset, m -> m.organisation().equals(o.id())
                && roles.contains(m.role()));
            for (LocalDate day : Histories.span(dataset)) {
              MemberQuery on = query.asOf(day);
              Map<String, Long> certain = key(on.certainOnly().list());
              Map<String, Long> answer = key(on.list());
              Map<String, Long> possible = key(on.withPossible().list());
              assertEquals(key(bruteForce(world, day, chosen)), certain, o.id() + " on " + day);
              assertEquals(key(bruteForcePossible(world, day, chosen)), possible, o.id() + " on " + day);
              assertTrue(answer.keySet().containsAll(certain.keySet()), "certain within the answer on " + day);
              assertTrue(possible.keySet().containsAll(answer.keySet()), "the answer within possible on " + day);
              assertTrue(on.withPossible().stream().allMatch(m -> m.isCertain() == m.spell().isInForceOn(day)));
              // The answers come sorted by precomputed ranks: the order is still the one the API documents.
              assertSorted(on.list(), MemberQuery.ORDER);
              assertSorted(on.certainOnly().list(), MemberQuery.ORDER);
              assertSorted(on.withPossible().list(), MemberQuery.ORDER);
            }
          }
        });
  }

  @Test
  void aCountrysMembershipsOnADayAreItsSpellsInForceThatDay() {
    qt().withExamples(Histories.TRIES).forAll(Histories.datasets()).checkAssert(dataset -> {
      Multilateral world = Multilateral.over(dataset);
      for (Country c : dataset.countries()) {
        MembershipQuery query = world.memberships(c.code().value());
        List<Membership> chosen = chosen(dataset, m -> m.country().equals(c.code()));
        for (LocalDate day : Histories.span(dataset)) {
          Map<String, Long> answer = key(query.asOf(day).list());
          assertSorted(query.asOf(day).list(), MembershipQuery.ORDER);
          Map<String, Long> certain = key(bruteForce(world, day, chosen));
          assertTrue(answer.keySet().containsAll(certain.keySet()), c.code() + " on " + day);
          assertTrue(key(bruteForcePossible(world, day, chosen)).keySet().containsAll(answer.keySet()));
          assertTrue(query.asOf(day).stream().allMatch(m -> m.isCertain() || m.spell().continues().isPresent()
              || dataset.memberships().stream().flatMap(x -> x.spells().stream())
                  .anyMatch(x -> x.continues().equals(java.util.Optional.of(c.code())))), c.code() + " on " + day);
        }
      }
    });
  }

  @Test
  void theIntervalTreeFindsExactlyTheIntervalsThatContainADay() {
    // Intervals as [first, length] pairs; a negative length is an empty interval, 50 an open-ended one.
    qt().withExamples(Histories.TRIES)
        .forAll(lists().of(lists().of(integers().between(-5, 50)).ofSize(2)).ofSizeBetween(0, 40),
            longs().between(-10, 110))
        .check((pairs, day) -> {
          List<long[]> intervals = pairs.stream().map(p -> new long[] {p.get(0) + 50L,
              p.get(1) == 50 ? Long.MAX_VALUE : p.get(0) + 50L + p.get(1)}).toList();
          IntervalTree<long[]> tree = IntervalTree.of(intervals, i -> i[0], i -> i[1]);
          List<long[]> found = tree.at(day);
          long expected = intervals.stream().filter(i -> i[0] <= day && day <= i[1]).count();
          return found.size() == expected && found.stream().allMatch(i -> i[0] <= day && day <= i[1])
              && found.stream().distinct().count() == found.size()
              && tree.size() == intervals.stream().filter(i -> i[0] <= i[1]).count();
        });
  }

  @Test
  void generatedHistoriesExerciseTheHardCases() {
    // Not a property of the code: a check that the generator makes what the properties above need.
    int[] seen = new int[4];
    qt().withExamples(Histories.TRIES).forAll(Histories.datasets()).checkAssert(d -> count(d, seen));
    for (int i = 0; i < seen.length; i++) {
      assertTrue(seen[i] > 0, "case " + i + " never generated");
    }
  }

  private static void count(Dataset d, int[] seen) {
    for (Membership m : d.memberships()) {
      m.spells().forEach(s -> {
        seen[0] += s.start().isExact() ? 0 : 1;
        seen[1] += s.lastDay().map(l -> l.isBefore(s.firstDay()) ? 1 : 0).orElse(0);
      });
      for (int i = 1; i < m.spells().size(); i++) {
        LocalDate previousLast = m.spells().get(i - 1).lastDay().orElseThrow();
        seen[2] += previousLast.plusDays(1).equals(m.spells().get(i).firstDay()) ? 1 : 0;
      }
    }
    seen[3] += d.memberships().stream().map(m -> m.country() + "@" + m.organisation()).distinct().count()
        < d.memberships().size() ? 1 : 0;
  }
}
