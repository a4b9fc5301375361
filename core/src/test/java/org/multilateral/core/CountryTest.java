package org.multilateral.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class CountryTest {

  private final Country belgium = Fixtures.country("BEL", "BE", "056", "Belgium");

  @Test
  void localizedNamesComeFromTheJdkAndEnglishFromTheData() {
    assertEquals("Belgique", belgium.name(Locale.FRENCH));
    assertEquals("Belgien", belgium.name(Locale.GERMAN));
    assertEquals("Belgium", belgium.name(Locale.ENGLISH));
  }

  @Test
  void aHistoricalStateHasItsFormerCodeAndSuccessors() {
    Country soviet = Country.builder().code(CountryCode.of("SUN")).alpha2("SU").numeric("810").name("Soviet Union")
        .formerCode("SUHH").ended(PartialDate.parse("1991-12")).addSuccessor(CountryCode.of("RUS"))
        .addSource(Fixtures.SOURCE).build();
    assertTrue(soviet.isHistorical());
    assertFalse(belgium.isHistorical());
    assertEquals("Soviet Union", soviet.name(Locale.FRENCH));
  }

  @Test
  void onlyAStateThatEndedHasSuccessors() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Country.builder()
        .from(belgium).addSuccessor(CountryCode.of("FRA")).build());
    assertTrue(e.getMessage().startsWith("country BEL: successors [FRA]"), e.getMessage());
  }

  @Test
  void codesAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> CountryCode.of("BE"));
    assertThrows(IllegalArgumentException.class, () -> Country.builder().from(belgium).numeric("56").build());
    assertThrows(IllegalArgumentException.class, () -> Country.builder().from(belgium).alpha2("B1").build());
    assertEquals("BEL", CountryCode.of(" bel ").value());
    assertEquals("A4M", OrganisationId.of("a4m").value());
  }
}
