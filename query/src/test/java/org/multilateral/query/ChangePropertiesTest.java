package org.multilateral.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableMultiset;
import com.google.common.collect.Multiset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.multilateral.core.CountryCode;
import org.multilateral.core.Dataset;
import org.multilateral.core.DatePrecision;
import org.multilateral.core.Membership;
import org.multilateral.core.Role;

/**
 * Joins and departures in a window account exactly for the difference between the members around it.
 *
 * <p>The window is {@code [from, to]}, both days included: a join counts when its first day falls in it, a departure
 * when its last day does (the inclusive end convention), and a spell that starts the day after another ends
 * continues it (a same-day rejoin is no change). A country may join and leave several times within a window, so the
 * law holds counting each change once: for exact dates, the members on the day before {@code from}, plus the joins,
 * minus the departures, as multisets, are the members on {@code to} that are still members the day after (a
 * departure whose last day is the day before the window is outside it, so the starting point is the members on
 * the day before {@code from} that are still members on {@code from}). An
 * imprecise date counts in every window it may fall in.
 */
class ChangePropertiesTest {

  private record Case(MemberQuery members, LocalDate from, LocalDate middle, LocalDate to) {}

  private static void check(Consumer<Case> law) {
    check(Histories.exactDatasets(), law);
  }

  private static void check(Gen<Dataset> datasets, Consumer<Case> law) {
    qt().withExamples(Histories.TRIES)
        .forAll(datasets, lists().of(integers().between(0, 100_000)).ofSize(5))
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
  void membersAcrossTheStartPlusJoinsMinusDeparturesAreTheMembersAcrossTheEnd() {
    check(k -> {
      ChangeQuery changes = k.members().changes().between(k.from(), k.to());
      Set<CountryCode> before = new HashSet<>(on(k.members(), k.from().minusDays(1)));
      before.retainAll(on(k.members(), k.from()));
      Multiset<CountryCode> balance = HashMultiset.create(before);
      balance.addAll(countries(changes.joined()));
      for (CountryCode left : countries(changes.left())) {
        assertTrue(balance.remove(left), left + " left without being a member");
      }
      Set<CountryCode> stay = new HashSet<>(on(k.members(), k.to()));
      stay.retainAll(on(k.members(), k.to().plusDays(1)));
      assertEquals(ImmutableMultiset.copyOf(stay), ImmutableMultiset.copyOf(balance));
    });
  }

  @Test
  void bothDaysOfTheWindowAreIncluded() {
    check(k -> {
      for (Change c : k.members().changes().list()) {
        LocalDate day = c.date().earliest();
        assertTrue(k.members().changes().between(day, day).list().contains(c), c.toString());
        assertTrue(k.members().changes().since(day).list().contains(c), c.toString());
        assertTrue(k.members().changes().until(day).list().contains(c), c.toString());
        assertFalse(k.members().changes().since(day.plusDays(1)).list().contains(c), c.toString());
      }
    });
  }

  @Test
  void aCountrysChangesAlternateAndAgreeWithItsStatus() {
    check(k -> {
      for (Change c : k.members().changes().between(k.from(), k.to()).list()) {
        boolean before = on(k.members(), c.effectiveDay().minusDays(1)).contains(c.country().code());
        boolean after = on(k.members(), c.effectiveDay()).contains(c.country().code());
        assertEquals(!c.isJoined(), before, c.toString());
        assertEquals(c.isJoined(), after, c.toString());
        assertTrue(!c.date().earliest().isBefore(k.from()) && !c.date().earliest().isAfter(k.to()), c.toString());
      }
    });
  }

  @Test
  void windowsAddUp() {
    check(k -> {
      ChangeQuery all = k.members().changes();
      List<Change> whole = all.between(k.from(), k.to()).list();
      List<Change> parts = new ArrayList<>(all.between(k.from(), k.middle()).list());
      if (k.middle().isBefore(k.to())) {
        parts.addAll(all.between(k.middle().plusDays(1), k.to()).list());
      }
      assertEquals(whole, parts);
      List<Change> open = new ArrayList<>(all.until(k.middle()).list());
      open.addAll(all.since(k.middle().plusDays(1)).list());
      assertEquals(all.list(), open);
    });
  }

  @Test
  void anImpreciseDateCountsInEveryWindowItMayFallIn() {
    check(Histories.datasets(), k -> {
      List<Change> window = k.members().changes().between(k.from(), k.to()).list();
      for (Change c : k.members().changes().list()) {
        boolean mayFall = !c.date().earliest().isAfter(k.to()) && !c.date().latest().isBefore(k.from());
        assertEquals(mayFall, window.contains(c), c + " in " + k.from() + ".." + k.to());
      }
    });
  }

  @Test
  void theGeneratorsMakeTheHardCases() {
    // The laws above are only as strong as the histories they see: touching spells, open-ended spells and, for
    // the imprecise law, month and year dates must all occur.
    List<Dataset> exact = Histories.sample(Histories.exactDatasets(), 300);
    assertTrue(exact.stream().flatMap(d -> d.memberships().stream()).anyMatch(ChangePropertiesTest::touches));
    assertTrue(exact.stream().flatMap(d -> d.memberships().stream()).anyMatch(m -> m.lastSpell().isOngoing()));
    List<Dataset> any = Histories.sample(Histories.datasets(), 300);
    assertTrue(any.stream().flatMap(d -> d.memberships().stream()).flatMap(m -> m.spells().stream())
        .anyMatch(s -> s.start().precision() == DatePrecision.YEAR));
    assertTrue(any.stream().flatMap(d -> d.memberships().stream()).flatMap(m -> m.spells().stream())
        .anyMatch(s -> s.end().isPresent() && s.end().get().precision() == DatePrecision.MONTH));
  }

  private static boolean touches(Membership m) {
    for (int i = 1; i < m.spells().size(); i++) {
      LocalDate next = m.spells().get(i).firstDay();
      if (m.spells().get(i - 1).lastDay().map(d -> d.plusDays(1).equals(next)).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void wavesGroupEveryJoinByDate() {
    check(k -> {
      List<Wave> waves = k.members().changes().between(k.from(), k.to()).waves().list();
      assertEquals(k.members().changes().between(k.from(), k.to()).joined().count(), waves.stream()
          .mapToInt(Wave::size).sum());
      assertEquals(waves.size(), waves.stream().map(Wave::date).distinct().count());
      assertTrue(waves.stream().allMatch(w -> w.accessions().stream().allMatch(c -> c.date().equals(w.date()))));
    });
  }
}
