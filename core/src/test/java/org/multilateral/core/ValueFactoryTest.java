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
  void aCheckedDatasetSkipsOnlyTheChecksAcrossFacts() {
    Membership dangling = membership("FRA", "NATO", spell("1949-08-24", null)).build();
    List<Country> countries = List.of(country("BEL", "BE", "056", "Belgium"));
    List<Organisation> organisations = List.of(organisation("NATO"));
    assertThrows(IllegalArgumentException.class, () -> Dataset.builder().version("v")
        .currentTo(LocalDate.of(2026, 12, 2)).addAllCountries(countries).addAllOrganisations(organisations)
        .addMembership(dangling).build());
    Dataset checked = values.checkedDataset("v", LocalDate.of(2026, 12, 2), countries, organisations, List.of(),
        List.of(dangling), List.of(), List.of(), List.of(), List.of());
    assertEquals(List.of(dangling), checked.memberships());
    assertThrows(IllegalArgumentException.class, () -> values.checkedDataset(" ", LocalDate.of(2026, 12, 2),
        countries, organisations, List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
  }

  /** A subclass, so that it may call the protected registration: a second registration is refused. */
  private abstract static class Rogue extends ValueFactory {
    static void register() {
      ValueFactory.register(ValueFactory.get());
    }
  }
}
