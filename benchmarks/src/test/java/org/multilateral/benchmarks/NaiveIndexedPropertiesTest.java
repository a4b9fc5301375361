package org.multilateral.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.multilateral.core.CountryCode;
import org.multilateral.core.Dataset;
import org.multilateral.core.OrganisationId;
import org.multilateral.query.Member;
import org.multilateral.query.Multilateral;
import org.multilateral.query.Table;

/**
 * Each benchmark's two sides answer the same question: for generated organisations, countries and days, the naive
 * filter and the query API agree. A benchmark whose sides disagreed would measure nothing worth a ratio.
 */
class NaiveIndexedPropertiesTest {

  private static final int TRIES = Integer.getInteger("multilateral.property.tries", 2000);
  private static final long FIRST = LocalDate.of(1815, 1, 1).toEpochDay();
  private static final long LAST = LocalDate.of(2027, 12, 31).toEpochDay();

  private static LocalDate day(long epochDay) {
    return LocalDate.ofEpochDay(epochDay);
  }

  private static int days() {
    return (int) (LAST - FIRST);
  }

  @ParameterizedTest
  @EnumSource(SyntheticWorld.Shape.class)
  void membersOnADayAgree(SyntheticWorld.Shape shape) {
    Workload w = Workload.of(shape, 3000);
    List<OrganisationId> organisations = w.dataset.organisations().stream().map(o -> o.id()).toList();
    qt().withExamples(TRIES).forAll(integers().between(0, organisations.size() - 1), integers().between(0, days()))
        .checkAssert((o, d) -> {
          LocalDate day = day(FIRST + d);
          OrganisationId id = organisations.get(o);
          assertEquals(Naive.membersOn(w.dataset, id, day), Indexed.membersOn(w.world, id, day));
          assertSameTable(Naive.table(w.dataset, id, day), Indexed.table(w.world, id, day));
        });
  }

  @ParameterizedTest
  @EnumSource(SyntheticWorld.Shape.class)
  void aCountrysMembershipsOnADayAgree(SyntheticWorld.Shape shape) {
    Workload w = Workload.of(shape, 3000);
    List<CountryCode> countries = w.dataset.countries().stream().map(c -> c.code()).toList();
    qt().withExamples(TRIES).forAll(integers().between(0, countries.size() - 1), integers().between(0, days()))
        .checkAssert((c, d) -> assertEquals(Naive.countryOn(w.dataset, countries.get(c), day(FIRST + d)),
            Indexed.countryOn(w.world, countries.get(c), day(FIRST + d))));
  }

  @ParameterizedTest
  @EnumSource(SyntheticWorld.Shape.class)
  void setAlgebraAndChangesAgree(SyntheticWorld.Shape shape) {
    Workload w = Workload.of(shape, 3000);
    List<OrganisationId> ids = w.dataset.organisations().stream().map(o -> o.id()).toList();
    int n = ids.size() - 1;
    qt().withExamples(TRIES)
        .forAll(integers().between(0, n), integers().between(0, n), integers().between(0, n),
            integers().between(0, days()))
        .checkAssert((a, b, c, d) -> {
          LocalDate day = day(FIRST + d);
          assertEquals(Naive.bothButNot(w.dataset, ids.get(a), ids.get(b), ids.get(c), day),
              Indexed.bothButNot(w.world, ids.get(a), ids.get(b), ids.get(c), day));
          LocalDate later = day.plusYears(c % 60);
          assertEquals(Naive.changes(w.dataset, ids.get(a), day, later),
              Indexed.changes(w.world, ids.get(a), day, later));
        });
  }

  /** The same columns and rows, with the same sources; titles are the query's own words and may differ. */
  private static void assertSameTable(Table naive, Table indexed) {
    assertEquals(naive.columns(), indexed.columns());
    assertEquals(naive.rows(), indexed.rows());
  }

  /** The very questions the benchmarks ask, at a size where both sides are quick: equal, and mostly not empty. */
  @ParameterizedTest
  @EnumSource(SyntheticWorld.Shape.class)
  void theBenchmarkedQuestionsAgreeAndAreNotEmpty(SyntheticWorld.Shape shape) {
    Workload w = Workload.of(shape, 20_000);
    Dataset d = w.dataset;
    Multilateral world = w.world;
    int nonEmpty = 0;
    for (int i = 0; i < Workload.ARGS; i++) {
      List<Member> members = Naive.membersOn(d, w.organisations[i], w.days[i]);
      assertEquals(members, Indexed.membersOn(world, w.organisations[i], w.days[i]));
      assertEquals(Naive.countryOn(d, w.countries[i], w.countryDays[i]),
          Indexed.countryOn(world, w.countries[i], w.countryDays[i]));
      OrganisationId[] t = w.triples[i];
      assertEquals(Naive.bothButNot(d, t[0], t[1], t[2], w.tripleDays[i]),
          Indexed.bothButNot(world, t[0], t[1], t[2], w.tripleDays[i]));
      assertEquals(Naive.changes(d, w.organisations[i], w.days[i], w.windowEnds[i]),
          Indexed.changes(world, w.organisations[i], w.days[i], w.windowEnds[i]));
      assertSameTable(Naive.table(d, w.tableOrganisations[i], w.tableDays[i]),
          Indexed.table(world, w.tableOrganisations[i], w.tableDays[i]));
      nonEmpty += members.isEmpty() ? 0 : 1;
    }
    assertTrue(nonEmpty > Workload.ARGS / 2, nonEmpty + " of " + Workload.ARGS + " on-date answers are not empty");
  }
}
