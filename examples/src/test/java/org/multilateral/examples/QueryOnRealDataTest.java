package org.multilateral.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.multilateral.core.Country;
import org.multilateral.core.DocumentKind;
import org.multilateral.core.Role;
import org.multilateral.dataset.MultilateralData;
import org.multilateral.query.Change;
import org.multilateral.query.Member;
import org.multilateral.query.Multilateral;
import org.multilateral.query.Query;
import org.multilateral.query.Table;
import org.multilateral.query.UnknownIdException;
import org.multilateral.query.Wave;

/** The query API on the bundled data: each test is a question a reader might ask, and its answer. */
class QueryOnRealDataTest {

  private static final Multilateral WORLD = Multilateral.over(MultilateralData.bundled());

  private static List<String> names(Query<Country> countries) {
    return countries.stream().map(Country::name).toList();
  }

  private static List<String> memberNames(Query<Member> members) {
    return members.stream().map(m -> m.country().name()).toList();
  }

  @Test
  void theEuMembersNotInNatoOnFirstJune2024AreAustriaCyprusIrelandAndMalta() {
    assertEquals(List.of("Austria", "Cyprus", "Ireland", "Malta"),
        names(WORLD.members("EU").not("NATO").asOf(LocalDate.of(2024, 6, 1))));
  }

  @Test
  void theUnitedKingdomWasAnEuMemberOnItsLastDayAndNotTheDayAfter() {
    assertTrue(WORLD.members("EU").asOf(LocalDate.of(2020, 1, 31)).countries().contains("United Kingdom"));
    assertFalse(WORLD.members("EU").asOf(LocalDate.of(2020, 2, 1)).countries().contains("GBR"));
    Change brexit = WORLD.members("EU").between(LocalDate.of(2020, 1, 31), LocalDate.of(2020, 2, 1)).single();
    assertEquals("United Kingdom left on 2020-01-31",
        brexit.country().name() + " " + brexit.kind().id() + " on " + brexit.date());
  }

  @Test
  void natoHad16AlliesIn1990And19In1999And32Today() {
    assertEquals(16, WORLD.members("NATO").asOf(LocalDate.of(1990, 1, 1)).count());
    assertEquals(19, WORLD.members("NATO").asOf(LocalDate.of(1999, 6, 1)).count());
    assertEquals(32, WORLD.members("NATO").count());
    assertEquals(List.of("Czechia", "Hungary", "Poland"), WORLD.members("NATO")
        .between(LocalDate.of(1990, 1, 1), LocalDate.of(1999, 6, 1)).joined().stream()
        .map(c -> c.country().name()).toList());
  }

  @Test
  void natosBiggestEnlargementWasSevenCountriesOn29March2004() {
    var biggest = WORLD.members("NATO").waves().stream().filter(w -> !w.isFounding())
        .max(Comparator.comparingInt(Wave::size)).orElseThrow();
    assertEquals("2004-03-29", biggest.date().toString());
    assertEquals(List.of("Bulgaria", "Estonia", "Latvia", "Lithuania", "Romania", "Slovakia", "Slovenia"),
        biggest.countries().stream().map(Country::name).toList());
    assertEquals(12, WORLD.members("NATO").waves().first().orElseThrow().size());
  }

  @Test
  void theSecurityCouncilHad15MembersOnFirstJune2020AndBelgiumWasOne() {
    var council = WORLD.composition("UNSC").asOf(LocalDate.of(2020, 6, 1));
    assertEquals(15, council.count());
    assertEquals(List.of("China", "France", "Russia", "United Kingdom", "United States"),
        memberNames(council.permanent()).stream().sorted().toList());
    assertEquals(10, council.elected().count());
    Member belgium = council.elected().filter(m -> m.country().name().equals("Belgium")).single();
    assertEquals("2019-01-01..2020-12-31", belgium.spell().toString());
  }

  @Test
  void russiaTookTheSovietSeatOnTheSecurityCouncilOn24December1991() {
    List<String> changes = WORLD.members("UNSC").roles(Role.PERMANENT_MEMBER)
        .between(LocalDate.of(1991, 12, 1), LocalDate.of(1991, 12, 31)).stream()
        .map(c -> c.kind().id() + " " + c.country().name() + " " + c.effectiveDay()).toList();
    assertEquals(List.of("left Soviet Union 1991-12-24", "joined Russia 1991-12-24"), changes);
  }

  @Test
  void belgiumsMembershipsOnFirstJune2020() {
    assertEquals(List.of("EU founding-member", "NATO founding-member", "OSCE participating-state",
        "UN founding-member", "UNSC elected-member"), WORLD.memberships("Belgium").asOf(LocalDate.of(2020, 6, 1))
        .stream().map(m -> m.organisation().id() + " " + m.role().id()).toList());
  }

  @Test
  void theStrategicConceptInForceIn2000WasAdoptedAtTheWashingtonSummit() {
    var concepts = WORLD.documents("NATO").kinds(DocumentKind.STRATEGIC_CONCEPT);
    assertEquals(8, concepts.count());
    var in2000 = concepts.asOf(LocalDate.of(2000, 1, 1)).last().orElseThrow();
    assertEquals("1999-04-24", in2000.adopted().orElseThrow().toString());
    assertEquals("Washington Summit", WORLD.events("NATO").filter(e -> e.id().equals(in2000.event().orElseThrow()))
        .single().title());
  }

  @Test
  void namesCodesAndAliasesAllFindTheSameThing() {
    assertEquals("NATO", WORLD.organisation("otan").id().value());
    assertEquals("UNSC", WORLD.organisation("Security Council").id().value());
    for (String belgium : List.of("BEL", "be", "056", "belgium")) {
      assertEquals("Belgium", WORLD.country(belgium).name());
    }
    assertEquals("unknown organisation 'NAT0'; did you mean NATO?",
        assertThrows(UnknownIdException.class, () -> WORLD.members("NAT0"))
            .getMessage());
  }

  @Test
  void everyRowOfAReportCitesItsSources() {
    Table table = WORLD.members("EU").and("NATO").and("UNSC").asOf(LocalDate.of(2020, 6, 1)).table();
    assertEquals(List.of("Belgium", "Estonia", "France", "Germany"),
        table.rows().stream().map(r -> r.cells().get(2)).toList());
    assertTrue(table.rows().stream().allMatch(r -> !table.sourceNumbers(r).isEmpty()));
    assertTrue(table.toMarkdown().contains("[^1]: "));
    assertTrue(table.toHtml().contains("<li id=\"source-1\">"));
  }
}
