package org.multilateral.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.multilateral.core.Country;
import org.multilateral.core.Dataset;
import org.multilateral.core.DatePrecision;
import org.multilateral.core.Membership;
import org.multilateral.core.OrganisationKind;
import org.multilateral.core.Spell;

/** The synthetic datasets: exact sizes, the same data for the same seed, and the shape they promise. */
class SyntheticWorldTest {

  private static long spells(Dataset d) {
    return d.memberships().stream().mapToLong(m -> m.spells().size()).sum();
  }

  @ParameterizedTest
  @CsvSource({"WIDE, 1", "WIDE, 1000", "WIDE, 12345", "DEEP, 1000", "DEEP, 60000"})
  void makesExactlyTheSpellsAskedFor(SyntheticWorld.Shape shape, int size) {
    assertEquals(size, spells(SyntheticWorld.generate(shape, size, 7)));
  }

  @Test
  void theSameSeedGivesTheSameDatasetAndAnotherSeedAnother() {
    Dataset a = SyntheticWorld.generate(SyntheticWorld.Shape.WIDE, 5000, 42);
    Dataset b = SyntheticWorld.generate(SyntheticWorld.Shape.WIDE, 5000, 42);
    Dataset c = SyntheticWorld.generate(SyntheticWorld.Shape.WIDE, 5000, 43);
    assertEquals(a.countries(), b.countries());
    assertEquals(a.organisations(), b.organisations());
    assertEquals(a.memberships(), b.memberships());
    assertNotEquals(a.memberships(), c.memberships());
  }

  @Test
  void hasAboutTwoHundredStatesSomeHistoricalWithSuccessorsInTheData() {
    Dataset d = SyntheticWorld.generate(SyntheticWorld.Shape.WIDE, 1000, 1);
    Set<Object> codes = d.countries().stream().map(Country::code).collect(Collectors.toSet());
    assertTrue(d.countries().size() >= 190 && d.countries().size() <= 210, d.countries().size() + " countries");
    long historical = d.countries().stream().filter(Country::isHistorical).count();
    assertTrue(historical >= 10, historical + " historical states");
    d.countries().forEach(c -> assertTrue(codes.containsAll(c.successors()), c + " names unknown successors"));
  }

  @Test
  void wideGrowsInOrganisationsAndDeepInHistory() {
    Dataset wide = SyntheticWorld.generate(SyntheticWorld.Shape.WIDE, 100_000, 3);
    Dataset deep = SyntheticWorld.generate(SyntheticWorld.Shape.DEEP, 100_000, 3);
    assertEquals(SyntheticWorld.DEEP_ORGANISATIONS, deep.organisations().size());
    assertTrue(wide.organisations().size() > 3 * deep.organisations().size(), wide.organisations().size() + "");
    double widePerMembership = 100_000.0 / wide.memberships().size();
    double deepPerMembership = 100_000.0 / deep.memberships().size();
    assertTrue(widePerMembership > 1.2 && widePerMembership < 1.7, "wide: " + widePerMembership);
    assertTrue(deepPerMembership > 4, "deep: " + deepPerMembership);
  }

  @Test
  void looksLikeRealHistories() {
    Dataset d = SyntheticWorld.generate(SyntheticWorld.Shape.WIDE, 20_000, 5);
    long multiSpell = d.memberships().stream().filter(m -> m.spells().size() > 1).count();
    assertTrue(multiSpell > d.memberships().size() / 6, multiSpell + " memberships with several spells");
    assertTrue(d.memberships().stream().flatMap(m -> m.spells().stream()).map(Spell::start)
        .anyMatch(s -> s.precision() == DatePrecision.YEAR), "no start known only to the year");
    assertTrue(d.memberships().stream().anyMatch(m -> !m.role().isFullMember()), "no observers");
    assertTrue(d.organisations().stream().anyMatch(o -> o.kind() == OrganisationKind.ORGAN), "no organs");
    assertTrue(d.memberships().stream().map(Membership::lastSpell).anyMatch(Spell::isOngoing), "nothing ongoing");
    assertTrue(d.organisations().stream().allMatch(o -> o.founded().isPresent()), "an organisation without founding");
  }

  @Test
  void refusesANonPositiveSize() {
    assertThrows(IllegalArgumentException.class, () -> SyntheticWorld.generate(SyntheticWorld.Shape.WIDE, 0, 1));
    assertThrows(NullPointerException.class, () -> SyntheticWorld.generate(null, 10, 1));
  }
}
