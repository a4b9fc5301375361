package org.multilateral.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.multilateral.core.Fixtures.country;
import static org.multilateral.core.Fixtures.membership;
import static org.multilateral.core.Fixtures.organisation;
import static org.multilateral.core.Fixtures.spell;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatasetTest {

  private Dataset.Builder base() {
    return Dataset.builder().version("test").currentTo(LocalDate.of(2026, 11, 22))
        .addCountry(country("BEL", "BE", "056", "Belgium"))
        .addOrganisation(organisation("NATO"));
  }

  @Test
  void aDatasetLooksUpWhatItHolds() {
    Dataset d = base().addMembership(membership("BEL", "NATO", spell("1949-08-24", null)).build()).build();
    assertEquals("Belgium", d.country(CountryCode.of("bel")).orElseThrow().name());
    assertTrue(d.organisation(OrganisationId.of("nato")).isPresent());
    assertTrue(d.country(CountryCode.of("FRA")).isEmpty());
  }

  @Test
  void aMembershipOfAnUnknownCountryIsRejectedNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> base().addMembership(membership("FRA", "NATO", spell("1949-08-24", null)).build()).build());
    assertTrue(e.getMessage().contains("FRA@NATO") && e.getMessage().contains("'FRA'"), e.getMessage());
  }

  @Test
  void aMembershipOfAnUnknownOrganisationIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> base().addMembership(membership("BEL", "EU", spell("1958-01-01", null)).build()).build());
    assertTrue(e.getMessage().contains("'EU'"), e.getMessage());
  }

  @Test
  void idsAreUnique() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> base().addCountry(country("BEL", "BE", "056", "Belgium")).build());
    assertTrue(e.getMessage().contains("country 'BEL' appears twice"), e.getMessage());
  }

  @Test
  void aMembershipAppearsOnceWithAllItsSpells() {
    Membership first = membership("BEL", "NATO", spell("1949-08-24", "1950-01-01")).build();
    Membership second = membership("BEL", "NATO", spell("1960-01-01", null)).build();
    assertThrows(IllegalArgumentException.class,
        () -> base().addMembership(first).addMembership(second).build());
  }

  @Test
  void aVersionAndADateAreRequired() {
    assertThrows(IllegalStateException.class, () -> Dataset.builder().version("x").build());
  }
}
