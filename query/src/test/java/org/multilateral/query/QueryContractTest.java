package org.multilateral.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.multilateral.core.Role;

/** What every query promises: each step is a new query, the old one is unchanged, and results are unmodifiable. */
class QueryContractTest {

  private final Multilateral world = Toy.world();

  @Test
  void eachStepReturnsANewQueryAndLeavesTheOldOneAlone() {
    MemberQuery today = world.members("UNION");
    MemberQuery in2000 = today.asOf(LocalDate.of(2000, 1, 1));
    MemberQuery partners = today.roles(Role.PARTNER);
    assertNotSame(today, in2000);
    assertEquals(Toy.TODAY, today.day());
    assertEquals(LocalDate.of(2000, 1, 1), in2000.day());
    assertEquals(MemberQuery.FULL_MEMBERS, today.roles());
    assertEquals(Set.of(Role.PARTNER), partners.roles());
    assertEquals(7, today.count());
    assertEquals(7, in2000.count());
    assertEquals(7, today.count());

    CountrySet union = today.countries();
    CountrySet notAlliance = union.not("ALLIANCE");
    assertEquals(7, union.count());
    assertEquals(1, notAlliance.count());

    ChangeQuery history = today.changes();
    assertEquals(history.count(), history.joined().count() + history.left().count());
  }

  @Test
  void resultsAreUnmodifiable() {
    List<Member> members = world.members("UNION").list();
    assertThrows(UnsupportedOperationException.class, () -> members.remove(0));
    Table table = world.members("UNION").table();
    assertThrows(UnsupportedOperationException.class, () -> table.rows().clear());
    assertThrows(UnsupportedOperationException.class, () -> table.rows().get(0).cells().set(0, "x"));
    assertThrows(UnsupportedOperationException.class, () -> world.members("UNION").roles().clear());
  }

  @Test
  void oneQueryServesManyThreadsWithTheSameAnswer() throws Exception {
    Multilateral fresh = Toy.world();
    CountrySet query = fresh.members("UNION").and("ALLIANCE").asOf(LocalDate.of(2019, 6, 1));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> answers = pool.invokeAll(Collections.nCopies(32,
          () -> query.stream().map(c -> c.code().value()).toList()));
      for (Future<List<String>> answer : answers) {
        assertEquals(List.of("BEL", "FRA", "DEU", "LUX", "NLD", "POL", "GBR"), answer.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aQuerySaysWhatItAsks() {
    assertEquals("Union of States members on 2000-01-01",
        world.members("UNION").asOf(LocalDate.of(2000, 1, 1)).toString());
    assertEquals("North Alliance (partner) in ALLIANCE-PFP on 2026-11-22",
        world.partners("ALLIANCE-PFP").toString());
    assertEquals("countries in (UNION or ALLIANCE) but not COUNCIL on 2026-11-22",
        world.members("UNION").or("ALLIANCE").not("COUNCIL").toString());
    assertEquals("Union of States members who left, from 2000-01-01 to 2020-12-31",
        world.members("UNION").changes().between(LocalDate.of(2000, 1, 1), LocalDate.of(2020, 12, 31)).left()
            .toString());
  }
}
