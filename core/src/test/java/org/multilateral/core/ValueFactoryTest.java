package org.multilateral.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.multilateral.core.Fixtures.SOURCE;
import static org.multilateral.core.Fixtures.country;
import static org.multilateral.core.Fixtures.membership;
import static org.multilateral.core.Fixtures.organisation;
import static org.multilateral.core.Fixtures.spell;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.multilateral.core.internal.ValueFactory;

/** The builder-free factory the compiled data's decoder uses: the same values, the same checks, one instance. */
class ValueFactoryTest {

  private final ValueFactory values = ValueFactory.get();

  @Test
  void thereIsOneFactoryAndNoOtherCanRegister() {
    assertSame(values, ValueFactory.get());
    IllegalStateException e = assertThrows(IllegalStateException.class, Rogue::register);
    assertTrue(e.getMessage().contains("only core's own"), e.getMessage());
    assertSame(values, ValueFactory.get());
  }

  @Test
  void itMakesWhatTheBuildersMake() {
    assertEquals(country("BEL", "BE", "056", "Belgium"), values.country(CountryCode.of("BEL"), "BE", "056",
        "Belgium", Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(),
        List.of(SOURCE)));
    assertEquals(organisation("NATO"), values.organisation(OrganisationId.of("NATO"), List.of(), "NATO name",
        "NATO nom", OrganisationKind.INTERGOVERNMENTAL_ORGANISATION, Optional.empty(), List.of(), Optional.empty(),
        List.of(), List.of(), List.of(), Optional.empty(), List.of(), List.of(), List.of(SOURCE)));
    assertEquals(spell("1949-08-24", "1966-07-01"), values.spell(PartialDate.parse("1949-08-24"), DateKind.ADMITTED,
        Optional.of(PartialDate.parse("1966-07-01")), Optional.of(DateKind.LEFT), Optional.empty(),
        Optional.empty()));
  }

  @Test
  void eachValueIsCheckedAsWhenBuilt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> values.country(CountryCode.of("BEL"), "BE", "056", " ", Optional.empty(), Optional.empty(),
            Optional.empty(), List.of(), List.of(), List.of(), List.of(SOURCE)));
    assertTrue(e.getMessage().contains("BEL"), e.getMessage());
    assertThrows(NullPointerException.class, () -> values.seedExcerpt("x", null, "text"));
  }

  @Test
  void aLazyDatasetSkipsOnlyTheChecksAcrossFacts() {
    Membership dangling = membership("FRA", "NATO", spell("1949-08-24", null)).build();
    assertThrows(IllegalArgumentException.class, () -> Dataset.builder().version("v").currentTo(DAY)
        .addAllCountries(COUNTRIES).addAllOrganisations(ORGANISATIONS).addMembership(dangling).build());
    Dataset lazy = values.lazyDataset("v", DAY, new CountingParts(List.of(dangling)));
    assertEquals(List.of(dangling), lazy.memberships());
    assertThrows(IllegalArgumentException.class, () -> values.lazyDataset(" ", DAY, new CountingParts(List.of())));
  }

  @Test
  void aLazyDatasetMakesEachKindOfFactOnceAndOnlyWhenAskedFor() {
    Membership belgium = membership("BEL", "NATO", spell("1949-08-24", null)).build();
    CountingParts parts = new CountingParts(List.of(belgium));
    Dataset lazy = values.lazyDataset("v", DAY, parts);
    assertEquals(0, parts.calls());
    assertSame(lazy.memberships(), lazy.memberships());
    assertEquals(1, parts.calls("memberships"));
    assertEquals(1, parts.calls());
    assertEquals(Optional.of(COUNTRIES.get(0)), lazy.country(CountryCode.of("BEL")));
    assertEquals(2, parts.calls());
    assertEquals(List.of(SOURCE), lazy.sources()); // reads every kind of fact, each once
    assertEquals(8, parts.calls());
    assertEquals(1, parts.calls("countries"));
  }

  @Test
  void aLazyDatasetEqualsTheBuiltDatasetWithTheSameFacts() {
    Membership belgium = membership("BEL", "NATO", spell("1949-08-24", null)).build();
    Dataset built = Dataset.builder().version("v").currentTo(DAY).addAllCountries(COUNTRIES)
        .addAllOrganisations(ORGANISATIONS).addMembership(belgium).build();
    Dataset lazy = values.lazyDataset("v", DAY, new CountingParts(List.of(belgium)));
    assertEquals(built, lazy);
    assertEquals(lazy, built);
    assertEquals(built.hashCode(), lazy.hashCode());
    assertEquals(built.toString(), lazy.toString());
    assertTrue(!lazy.equals(values.lazyDataset("w", DAY, new CountingParts(List.of(belgium)))));
    assertTrue(!lazy.equals(values.lazyDataset("v", DAY, new CountingParts(List.of()))));
  }

  @Test
  void aLazyDatasetMakesEachKindOnceWhenThreadsAskTogether() throws Exception {
    Membership belgium = membership("BEL", "NATO", spell("1949-08-24", null)).build();
    CountingParts parts = new CountingParts(List.of(belgium));
    Dataset lazy = values.lazyDataset("v", DAY, parts);
    int threads = 8;
    java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(threads);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
    try {
      List<java.util.concurrent.Future<List<Membership>>> results = new java.util.ArrayList<>();
      for (int t = 0; t < threads; t++) {
        results.add(pool.submit(() -> {
          start.await();
          return lazy.memberships();
        }));
      }
      for (java.util.concurrent.Future<List<Membership>> result : results) {
        assertSame(lazy.memberships(), result.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, parts.calls("memberships"));
  }

  @Test
  void aKindOfFactThatFailsIsTriedAgainByTheNextCall() {
    CountingParts parts = new CountingParts(List.of()) {
      @Override
      public List<Event> events() {
        super.events();
        throw new IllegalStateException("cannot read the events");
      }
    };
    Dataset lazy = values.lazyDataset("v", DAY, parts);
    for (int call = 1; call <= 2; call++) {
      IllegalStateException e = assertThrows(IllegalStateException.class, lazy::events);
      assertEquals("cannot read the events", e.getMessage());
      assertEquals(call, parts.calls("events"));
    }
    assertEquals(COUNTRIES, lazy.countries());
  }

  private static final LocalDate DAY = LocalDate.of(2026, 12, 2);
  private static final List<Country> COUNTRIES = List.of(country("BEL", "BE", "056", "Belgium"));
  private static final List<Organisation> ORGANISATIONS = List.of(organisation("NATO"));

  /** One Belgium, one NATO, the given memberships and nothing else; counts the calls of each method. */
  private static class CountingParts implements ValueFactory.Parts {
    private final List<Membership> memberships;
    private final java.util.Map<String, Integer> calls = new java.util.concurrent.ConcurrentHashMap<>();

    CountingParts(List<Membership> memberships) {
      this.memberships = memberships;
    }

    int calls(String part) {
      return calls.getOrDefault(part, 0);
    }

    int calls() {
      return calls.values().stream().mapToInt(Integer::intValue).sum();
    }

    private <T> List<T> count(String part, List<T> list) {
      calls.merge(part, 1, Integer::sum);
      return list;
    }

    @Override
    public List<Country> countries() {
      return count("countries", COUNTRIES);
    }

    @Override
    public List<Organisation> organisations() {
      return count("organisations", ORGANISATIONS);
    }

    @Override
    public List<PartnershipFramework> frameworks() {
      return count("frameworks", List.of());
    }

    @Override
    public List<Membership> memberships() {
      return count("memberships", memberships);
    }

    @Override
    public List<Event> events() {
      return count("events", List.of());
    }

    @Override
    public List<Initiative> initiatives() {
      return count("initiatives", List.of());
    }

    @Override
    public List<Document> documents() {
      return count("documents", List.of());
    }

    @Override
    public List<Office> offices() {
      return count("offices", List.of());
    }
  }

  /** A subclass, so that it may call the protected registration: a second registration is refused. */
  private abstract static class Rogue extends ValueFactory {
    static void register() {
      ValueFactory.register(ValueFactory.get());
    }
  }
}
