package org.multilateral.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.multilateral.core.Country;
import org.multilateral.core.Role;

/** Members on a day, a country's memberships, compositions, set algebra, changes and waves, on the toy world. */
class MembershipQueriesTest {

  private final Multilateral world = Toy.world();

  private static List<String> codes(Query<Member> query) {
    return query.stream().map(m -> m.country().code().value()).toList();
  }

  private static List<String> names(CountrySet set) {
    return set.stream().map(Country::name).toList();
  }

  @Test
  void membersOnADayAreOrderedByAccessionThenName() {
    assertEquals(List.of("BEL", "FRA", "LUX", "NLD", "GBR", "DEU"),
        codes(world.members("ALLIANCE").asOf(LocalDate.of(1990, 1, 1))));
    assertEquals(7, world.members("ALLIANCE").count());
    assertEquals(Toy.TODAY, world.members("ALLIANCE").day());
  }

  @Test
  void theLastDayOfASpellIsADayOfMembership() {
    MemberQuery union = world.members("UNION");
    assertTrue(codes(union.asOf(LocalDate.of(2020, 1, 31))).contains("GBR"));
    assertFalse(codes(union.asOf(LocalDate.of(2020, 2, 1))).contains("GBR"));
  }

  @Test
  void anImpreciseStartCountsFromTheLastDayItMayMean() {
    MemberQuery world1960 = world.members("WORLD");
    assertFalse(codes(world1960.asOf(LocalDate.of(1960, 12, 30))).contains("CIV"));
    assertTrue(codes(world1960.asOf(LocalDate.of(1960, 12, 31))).contains("CIV"));
  }

  @Test
  void rolesChooseWhoIsCounted() {
    assertEquals(List.of("AUT"), codes(world.members("ALLIANCE").roles(Role.PARTNER)));
    assertEquals(8, world.members("ALLIANCE").anyRole().count());
    assertEquals(List.of("BEL", "FRA", "LUX", "NLD", "GBR"),
        codes(world.members("ALLIANCE").roles(Role.FOUNDING_MEMBER)));
  }

  @Test
  void partnersAreFoundByFramework() {
    Member austria = world.partners("Partnership for Progress").single();
    assertEquals("Austria", austria.country().name());
    assertEquals(austria, world.members("ALLIANCE").framework("PFP").single());
    assertTrue(world.members("ALLIANCE").framework("ALLIANCE-PFP").table().header().contains("framework"));
    assertThrows(IllegalArgumentException.class, () -> world.members("UNION").framework("ALLIANCE-PFP"));
  }

  @Test
  void aCountrysMembershipsAndRolesOnADay() {
    MembershipQuery belgium = world.memberships("Belgium").asOf(LocalDate.of(2020, 6, 1));
    assertEquals(List.of("ALLIANCE founding-member", "COUNCIL elected-member", "UNION founding-member",
        "WORLD founding-member"), belgium.stream().map(m -> m.organisation().id() + " " + m.role().id()).toList());
    assertEquals(3, world.memberships("BEL").asOf(LocalDate.of(2021, 1, 1)).count());
    assertEquals(List.of("ALLIANCE partner", "UNION member", "WORLD member"), world.memberships("AUT").stream()
        .map(m -> m.organisation().id() + " " + m.role().id()).toList());
    assertEquals(2, world.memberships("AUT").fullMembership().count());
  }

  @Test
  void theCompositionOfACouncilListsPermanentThenElectedMembers() {
    CompositionQuery council = world.composition("council").asOf(LocalDate.of(2019, 6, 1));
    assertEquals(List.of("FRA", "RUS", "GBR", "BEL", "DEU", "POL"), codes(council));
    assertEquals(3, council.permanent().count());
    // A member query is ordered by the start of the term in force.
    assertEquals(List.of("POL", "BEL", "DEU"), codes(council.elected()));
    assertEquals(List.of("FRA", "SUN", "GBR"), codes(world.composition("COUNCIL").asOf(LocalDate.of(1991, 12, 23))));
    assertEquals(List.of("FRA", "RUS", "GBR"), codes(world.composition("COUNCIL").asOf(LocalDate.of(1991, 12, 24))));
    assertEquals(Toy.TODAY, world.composition("COUNCIL").day());
  }

  @Test
  void setAlgebraAcrossOrganisationsOnADay() {
    LocalDate day = LocalDate.of(2024, 6, 1);
    assertEquals(List.of("Austria"), names(world.members("UNION").not("ALLIANCE").asOf(day)));
    assertEquals(List.of("Belgium", "France", "Germany", "Luxembourg", "Netherlands", "Poland"),
        names(world.members("UNION").and("ALLIANCE").asOf(day)));
    assertEquals(List.of("Austria", "Belgium", "France", "Germany", "Luxembourg", "Netherlands", "Poland",
        "United Kingdom"), names(world.members("UNION").or("ALLIANCE").asOf(day)));
    CountrySet notOnTheCouncil = world.members("UNION").and("ALLIANCE").not("COUNCIL").asOf(LocalDate.of(2019, 6, 1));
    assertEquals(List.of("Luxembourg", "Netherlands"), names(notOnTheCouncil));
    assertTrue(notOnTheCouncil.contains("NLD"));
    assertFalse(notOnTheCouncil.contains("GBR"));
  }

  @Test
  void setsOnDifferentDaysDoNotMix() {
    CountrySet a = world.members("UNION").asOf(LocalDate.of(2000, 1, 1)).countries();
    CountrySet b = world.members("ALLIANCE").asOf(LocalDate.of(2010, 1, 1)).countries();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.and(b));
    assertTrue(e.getMessage().contains("2000-01-01") && e.getMessage().contains("2010-01-01"), e.getMessage());
    assertEquals(LocalDate.of(2000, 1, 1), a.and(world.members("ALLIANCE").countries()).day());
    assertEquals(LocalDate.of(2030, 1, 1), a.and(b.asOf(LocalDate.of(2000, 1, 1))).asOf(LocalDate.of(2030, 1, 1))
        .day());
  }

  @Test
  void aSetOfCountriesTellsWhyEachIsInIt() {
    Table table = world.members("UNION").and("COUNCIL").asOf(LocalDate.of(2019, 6, 1)).table();
    assertEquals(List.of("iso3", "iso2", "name", "basis"), table.header());
    assertEquals(List.of("BEL", "BE", "Belgium", "COUNCIL, UNION"), table.rows().get(0).cells());
    assertEquals(List.of("union-countries", "council-members"), table.sources().stream().map(s -> s.id()).toList());
    assertEquals("countries in UNION and COUNCIL on 2019-06-01", table.title());
  }

  @Test
  void listedCountriesAndInitiativeSupportersTakePartInSetAlgebra() {
    assertEquals(List.of("Luxembourg", "Netherlands"),
        names(world.countries("BEL", "NLD", "LUX").not("COUNCIL").asOf(LocalDate.of(2020, 1, 1))));
    assertEquals(List.of("Belgium", "France", "Germany", "Netherlands"), names(world.initiatives().supporters()));
    assertEquals(List.of("France", "Germany", "Netherlands"), names(world.initiatives().supporters().and("ALLIANCE")
        .not(world.countries("BEL"))));
  }

  @Test
  void whoJoinedAndWhoLeftInAWindowWithBothDaysIncluded() {
    ChangeQuery changes = world.members("UNION").changes();
    Change uk = changes.between(LocalDate.of(2020, 1, 31), LocalDate.of(2020, 1, 31)).single();
    assertEquals(Change.Kind.LEFT, uk.kind());
    assertEquals("2020-01-31", uk.date().toString());
    assertEquals(LocalDate.of(2020, 2, 1), uk.effectiveDay());
    assertEquals(uk, changes.since(LocalDate.of(2020, 1, 31)).single());
    assertEquals(0, changes.since(LocalDate.of(2020, 2, 1)).count());
    assertEquals(0, changes.between(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 30)).count());
    assertEquals(List.of("AUT", "POL"), changes.between(LocalDate.of(1990, 1, 1), LocalDate.of(2010, 1, 1))
        .joined().stream().map(c -> c.country().code().value()).toList());
    assertEquals(0, changes.between(LocalDate.of(1990, 1, 1), LocalDate.of(2010, 1, 1)).left().count());
    assertEquals(changes.count(), changes.until(LocalDate.of(2004, 12, 31)).count()
        + changes.since(LocalDate.of(2005, 1, 1)).count());
  }

  @Test
  void aCountryThatLeftAndCameBackAppearsTwice() {
    List<String> changes = world.members("COUNCIL").roles(Role.ELECTED_MEMBER).changes().stream()
        .filter(c -> c.country().code().value().equals("BEL")).map(c -> c.kind().id() + " " + c.date()).toList();
    assertEquals(List.of("joined 1947-01-01", "left 1948-12-31", "joined 2019-01-01", "left 2020-12-31"), changes);
  }

  @Test
  void aSuccessorTakingOverTheNextDayIsAChangeOfCountry() {
    List<String> changes = world.members("COUNCIL").roles(Role.PERMANENT_MEMBER).changes()
        .between(LocalDate.of(1991, 12, 1), LocalDate.of(1991, 12, 31)).stream()
        .map(c -> c.kind().id() + " " + c.country().code() + " " + c.effectiveDay()).toList();
    assertEquals(List.of("left SUN 1991-12-24", "joined RUS 1991-12-24"), changes);
  }

  @Test
  void theFirstDayMustNotBeAfterTheLast() {
    assertThrows(IllegalArgumentException.class,
        () -> world.members("UNION").changes().between(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1)));
  }

  @Test
  void enlargementWavesGroupAccessionsByDate() {
    List<Wave> waves = world.members("ALLIANCE").waves().list();
    assertEquals(List.of("1949-08-24", "1955-05-06", "1999-03-12"),
        waves.stream().map(w -> w.date().toString()).toList());
    assertTrue(waves.get(0).isFounding());
    assertEquals(5, waves.get(0).size());
    assertFalse(waves.get(2).isFounding());
    assertEquals(List.of("1999-03-12", "enlargement", "1", "Poland"), world.members("ALLIANCE").waves().table()
        .rows().get(2).cells());
  }

  @Test
  void aWaveHasAtLeastOneAccession() {
    assertThrows(IllegalArgumentException.class,
        () -> new Wave(org.multilateral.core.PartialDate.parse("1999-03-12"), List.of()));
  }

  @Test
  void singleTellsNoneFromSeveral() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> world.members("UNION").single());
    assertTrue(e.getMessage().endsWith("found 7"), e.getMessage());
    assertThrows(NoSuchElementException.class, () -> world.members("UNION").asOf(LocalDate.of(1900, 1, 1))
        .single());
    assertTrue(world.members("UNION").asOf(LocalDate.of(1900, 1, 1)).first().isEmpty());
    assertEquals("BEL", world.members("UNION").first().orElseThrow().country().code().value());
    assertEquals("POL", world.members("UNION").last().orElseThrow().country().code().value());
  }
}
