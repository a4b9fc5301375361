package org.multilateral.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.multilateral.core.CountryCode;
import org.multilateral.core.Dataset;
import org.multilateral.core.Role;

/**
 * Set algebra over organisations on a day obeys the laws of sets, and each operation equals the same operation on
 * the member lists: commutativity, associativity, De Morgan's laws for differences, A minus B disjoint from B.
 */
class SetAlgebraPropertiesTest {

  /** Three operands (organisation and roles), on one day of one generated history. */
  private record Case(Multilateral world, CountrySet a, CountrySet b, CountrySet c, LocalDate day) {
    @Override
    public String toString() {
      return a + " / " + b + " / " + c + " in " + world.dataset().memberships();
    }
  }

  private static Case operands(Dataset d, List<Integer> picks) {
    Multilateral world = Multilateral.over(d);
    List<LocalDate> span = Histories.span(d);
    LocalDate day = span.get(picks.get(0) % span.size());
    return new Case(world, operand(world, d, picks.get(1), picks.get(2)), operand(world, d, picks.get(3),
        picks.get(4)), operand(world, d, picks.get(5), picks.get(6)), day);
  }

  private static CountrySet operand(Multilateral world, Dataset d, int organisation, int roles) {
    Set<Role> chosen = Histories.roles(roles % 511 + 1);
    return Histories.members(world, d.organisations().get(organisation % d.organisations().size()).id(), chosen)
        .countries();
  }

  private static Set<CountryCode> on(CountrySet set, LocalDate day) {
    return set.asOf(day).stream().map(c -> c.code()).collect(Collectors.toSet());
  }

  private static void check(Consumer<Case> law) {
    qt().withExamples(Histories.TRIES)
        .forAll(Histories.datasets(), lists().of(integers().between(0, 100_000)).ofSize(7))
        .checkAssert((d, picks) -> law.accept(operands(d, picks)));
  }

  @Test
  void andAndOrAreTheIntersectionAndUnionOfTheMemberLists() {
    check(k -> {
      Set<CountryCode> a = on(k.a(), k.day());
      Set<CountryCode> b = on(k.b(), k.day());
      assertEquals(Sets.intersection(a, b), on(k.a().and(k.b()), k.day()));
      assertEquals(Sets.union(a, b), on(k.a().or(k.b()), k.day()));
      assertEquals(Sets.difference(a, b), on(k.a().not(k.b()), k.day()));
    });
  }

  @Test
  void andAndOrCommute() {
    check(k -> {
      assertEquals(on(k.a().and(k.b()), k.day()), on(k.b().and(k.a()), k.day()));
      assertEquals(on(k.a().or(k.b()), k.day()), on(k.b().or(k.a()), k.day()));
    });
  }

  @Test
  void andAndOrAssociate() {
    check(k -> {
      assertEquals(on(k.a().and(k.b()).and(k.c()), k.day()), on(k.a().and(k.b().and(k.c())), k.day()));
      assertEquals(on(k.a().or(k.b()).or(k.c()), k.day()), on(k.a().or(k.b().or(k.c())), k.day()));
    });
  }

  @Test
  void deMorgansLawsHoldForDifferences() {
    check(k -> {
      assertEquals(on(k.a().not(k.b().or(k.c())), k.day()), on(k.a().not(k.b()).and(k.a().not(k.c())), k.day()));
      assertEquals(on(k.a().not(k.b().and(k.c())), k.day()), on(k.a().not(k.b()).or(k.a().not(k.c())), k.day()));
    });
  }

  @Test
  void aMinusBIsDisjointFromBAndWithAAndBMakesA() {
    check(k -> {
      Set<CountryCode> minus = on(k.a().not(k.b()), k.day());
      assertTrue(Sets.intersection(minus, on(k.b(), k.day())).isEmpty());
      assertEquals(on(k.a(), k.day()), on(k.a().not(k.b()).or(k.a().and(k.b())), k.day()));
    });
  }

  @Test
  void theDayOfASetIsTheDayOfEveryOperand() {
    check(k -> {
      CountrySet dated = k.a().asOf(k.day()).and(k.b());
      assertEquals(k.day(), dated.day());
      assertEquals(on(k.a().and(k.b()), k.day()), dated.stream().map(c -> c.code()).collect(Collectors.toSet()));
      assertTrue(on(k.a(), k.day()).stream().allMatch(c -> k.a().asOf(k.day()).contains(k.world().country(c))));
    });
  }
}
