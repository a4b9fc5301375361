package org.multilateral.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableMultiset;
import com.google.common.collect.Multiset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.multilateral.core.CountryCode;
import org.multilateral.core.Dataset;
import org.multilateral.core.Role;

/**
 * Joins and departures between two days account exactly for the difference between the members on those days.
 *
 * <p>The window is {@code (from, to]}: a change counts when its effective day (the first day of the new status) is
 * after {@code from} and on or before {@code to}. A departure's effective day is the day after the last day of
 * membership (the inclusive end convention), and a spell that starts the day after another ends continues it (a
 * same-day rejoin is no change). A country may join and leave several times within a window, so the law holds
 * counting each change once: members on {@code from}, plus the joins, minus the departures, as multisets, are the
 * members on {@code to}.
 */
class ChangePropertiesTest {

  private record Case(MemberQuery members, LocalDate from, LocalDate middle, LocalDate to) {}

  private static void check(Consumer<Case> law) {
    qt().withExamples(Histories.TRIES)
        .forAll(Histories.datasets(), lists().of(integers().between(0, 100_000)).ofSize(5))
        .checkAssert((d, picks) -> law.accept(window(d, picks)));
  }

  private static Case window(Dataset d, List<Integer> picks) {
    Multilateral world = Multilateral.over(d);
    Set<Role> roles = Histories.roles(picks.get(0) % 511 + 1);
    MemberQuery members = Histories.members(world, d.organisations().get(picks.get(1) % d.organisations().size())
        .id(), roles);
    List<LocalDate> span = Histories.span(d);
    List<LocalDate> days = new ArrayList<>(List.of(span.get(picks.get(2) % span.size()),
        span.get(picks.get(3) % span.size()), span.get(picks.get(4) % span.size())));
    days.sort(null);
    return new Case(members, days.get(0), days.get(1), days.get(2));
  }

  private static Set<CountryCode> on(MemberQuery members, LocalDate day) {
    return members.asOf(day).stream().map(m -> m.country().code()).collect(Collectors.toSet());
  }

  private static Multiset<CountryCode> countries(ChangeQuery changes) {
    return changes.stream().map(c -> c.country().code()).collect(Collectors.toCollection(HashMultiset::create));
  }

  @Test
  void membersAtTheStartPlusJoinsMinusDeparturesAreTheMembersAtTheEnd() {
    check(k -> {
      ChangeQuery changes = k.members().between(k.from(), k.to());
      Multiset<CountryCode> balance = HashMultiset.create(on(k.members(), k.from()));
      balance.addAll(countries(changes.joined()));
      for (CountryCode left : countries(changes.left())) {
        assertTrue(balance.remove(left), left + " left without being a member");
      }
      assertEquals(ImmutableMultiset.copyOf(on(k.members(), k.to())), ImmutableMultiset.copyOf(balance));
      assertEquals(on(k.members(), k.to()).size(), on(k.members(), k.from()).size() + changes.joined().count()
          - changes.left().count());
    });
  }

  @Test
  void aCountrysChangesAlternateAndAgreeWithItsStatus() {
    check(k -> {
      for (Change c : k.members().between(k.from(), k.to()).list()) {
        boolean before = on(k.members(), c.effectiveDay().minusDays(1)).contains(c.country().code());
        boolean after = on(k.members(), c.effectiveDay()).contains(c.country().code());
        assertEquals(!c.isJoined(), before, c.toString());
        assertEquals(c.isJoined(), after, c.toString());
        assertTrue(c.effectiveDay().isAfter(k.from()) && !c.effectiveDay().isAfter(k.to()), c.toString());
      }
    });
  }

  @Test
  void windowsAddUp() {
    check(k -> {
      List<Change> whole = k.members().between(k.from(), k.to()).list();
      List<Change> parts = new ArrayList<>(k.members().between(k.from(), k.middle()).list());
      parts.addAll(k.members().between(k.middle(), k.to()).list());
      assertEquals(whole, parts);
      assertEquals(0, k.members().between(k.to(), k.to()).count());
    });
  }

  @Test
  void wavesGroupEveryJoinByDate() {
    check(k -> {
      List<Wave> waves = k.members().between(k.from(), k.to()).waves().list();
      assertEquals(k.members().between(k.from(), k.to()).joined().count(), waves.stream().mapToInt(Wave::size)
          .sum());
      assertEquals(waves.size(), waves.stream().map(Wave::date).distinct().count());
      assertTrue(waves.stream().allMatch(w -> w.accessions().stream().allMatch(c -> c.date().equals(w.date()))));
    });
  }
}
