package org.multilateral.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.multilateral.core.Office;
import org.multilateral.core.Source;
import org.multilateral.query.AmbiguousIdException;
import org.multilateral.query.Certainty;
import org.multilateral.query.CountryMatch;
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
    Change brexit = WORLD.members("EU").changes().between(LocalDate.of(2020, 1, 31), LocalDate.of(2020, 2, 1))
        .single();
    assertEquals("United Kingdom left on 2020-01-31",
        brexit.country().name() + " " + brexit.kind().id() + " on " + brexit.date());
  }

  @Test
  void natoHad16AlliesIn1990And19In1999And32Today() {
    assertEquals(16, WORLD.members("NATO").asOf(LocalDate.of(1990, 1, 1)).count());
    assertEquals(19, WORLD.members("NATO").asOf(LocalDate.of(1999, 6, 1)).count());
    assertEquals(32, WORLD.members("NATO").count());
    assertEquals(List.of("Czechia", "Hungary", "Poland"), WORLD.members("NATO").changes()
        .between(LocalDate.of(1990, 1, 1), LocalDate.of(1999, 6, 1)).joined().stream()
        .map(c -> c.country().name()).toList());
    // Both days of a window are included: the day of the accession alone holds it.
    assertEquals(3, WORLD.members("NATO").changes().between(LocalDate.of(1999, 3, 12), LocalDate.of(1999, 3, 12))
        .count());
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
  void russiaContinuingTheSovietSeatIsNeitherAFounderNorAnEnlargement() {
    List<Wave> russian = WORLD.members("UN").waves().stream()
        .filter(w -> w.countries().stream().anyMatch(c -> c.code().value().equals("RUS"))).toList();
    assertEquals(1, russian.size());
    assertTrue(russian.get(0).isContinuation());
    assertFalse(russian.get(0).isFounding(), "Russia keeps the founding role but is no founder");
    assertEquals("continuation", russian.get(0).kind());
    assertTrue(WORLD.members("UN").waves().stream().filter(Wave::isFounding)
        .allMatch(w -> w.date().toString().startsWith("1945")), "only 1945 waves are of founders");
    Wave syria = WORLD.members("UN").waves().stream().filter(w -> w.date().toString().equals("1961-10-13"))
        .findFirst().orElseThrow();
    assertEquals("return", syria.kind(), "Syria took back its own founding seat after the United Arab Republic");
    assertTrue(WORLD.members("UNSC").roles(org.multilateral.core.Role.ELECTED_MEMBER).waves().stream()
        .allMatch(w -> w.kind().equals("election")), "the Council's elected seats rotate; it does not enlarge");
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
    List<String> changes = WORLD.members("UNSC").roles(Role.PERMANENT_MEMBER).changes()
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
    var in2000 = concepts.until(LocalDate.of(2000, 1, 1)).last().orElseThrow();
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

  // ---------------------------------------------------------------- where the knowledge ends (complete histories)

  @Test
  void theSecurityCouncilHasAllItsElectedMembersOnEveryDaySinceItsFirstElection() {
    // Six elected seats until 1965, ten from 1966; terms run 1 January to 31 December (the first from the election
    // of 12 January 1946).
    for (LocalDate day = LocalDate.of(1946, 1, 12); !day.isAfter(WORLD.currentTo()); day = day.plusDays(1)) {
      int expected = day.getYear() < 1966 ? 6 : 10;
      var elected = WORLD.composition("UNSC").asOf(day).elected();
      assertEquals(expected, elected.count(), day.toString());
      assertTrue(elected.isComplete(), day + ": " + elected.completeness());
    }
  }

  @Test
  void beforeItsCoverageAnAnswerSaysSoAndAfterItIsComplete() {
    assertTrue(WORLD.composition("UNSC").asOf(LocalDate.of(1992, 6, 1)).isComplete());
    // The seat of "Yugoslavia" 1992-2000 is not modelled, and the coverage of UN members says so.
    var un1995 = WORLD.members("UN").asOf(LocalDate.of(1995, 6, 1));
    assertFalse(un1995.isComplete());
    assertTrue(un1995.completeness().notes().get(0).contains("only 1945-10-24..1991-12-31 and 2000-11-01.."),
        un1995.completeness().toString());
    assertTrue(WORLD.members("UN").asOf(LocalDate.of(2006, 6, 15)).isComplete());
    // The future is never known.
    var future = WORLD.members("NATO").asOf(LocalDate.of(2031, 1, 1));
    assertFalse(future.isComplete());
    assertTrue(future.completeness().notes().get(0).startsWith("The data is current to " + WORLD.currentTo()));
    assertTrue(future.table().notes().equals(future.completeness().notes()));
  }

  @Test
  void theUnCountIsRightAcrossTheSuccessionsAndUnions() {
    assertEquals(191, WORLD.members("UN").asOf(LocalDate.of(2006, 6, 2)).count()); // Serbia and Montenegro's last
    assertEquals(191, WORLD.members("UN").asOf(LocalDate.of(2006, 6, 15)).count()); // Serbia, before Montenegro
    assertEquals(192, WORLD.members("UN").asOf(LocalDate.of(2006, 6, 28)).count()); // Montenegro admitted
    assertTrue(WORLD.members("UN").asOf(LocalDate.of(1964, 1, 1)).countries().contains("Zanzibar"));
    assertFalse(WORLD.members("UN").asOf(LocalDate.of(1964, 6, 1)).countries().contains("Zanzibar"));
    assertEquals(193, WORLD.members("UN").asOf(WORLD.currentTo()).count());
  }

  /**
   * The UN's own count of its Members at the end of each year in which it changed ("Growth in United Nations
   * membership, 1945-present", un.org), for the years inside the declared coverage: a check that the declared
   * coverage really is complete.
   */
  @Test
  void theUnCountAgreesWithTheUnsOwnGrowthTableInEveryCoveredYear() {
    int[][] growth = {{1945, 51}, {1946, 55}, {1947, 57}, {1948, 58}, {1949, 59}, {1950, 60}, {1955, 76},
        {1956, 80}, {1957, 82}, {1958, 82}, {1960, 99}, {1961, 104}, {1962, 110}, {1963, 113}, {1964, 115},
        // 1965: the UN's table leaves out Indonesia (withdrawn 20 January 1965, back 28 September 1966); the UN treats
        // its membership as continuous, and the data records the withdrawal as an episode, not an exit: 118.
        {1965, 118}, {1966, 122}, {1967, 123}, {1968, 126}, {1970, 127}, {1971, 132}, {1973, 135}, {1974, 138},
        {1975, 144}, {1976, 147}, {1977, 149}, {1978, 151}, {1979, 152}, {1980, 154}, {1981, 157}, {1983, 158},
        {1984, 159}, {1990, 159}, {1991, 166}, {2000, 189}, {2002, 191}, {2006, 192}, {2011, 193}};
    List<String> wrong = new java.util.ArrayList<>();
    for (int[] year : growth) {
      var un = WORLD.members("UN").asOf(LocalDate.of(year[0], 12, 31));
      // Inside the declared coverage: the only notes may be about dates known to the year (Syria's end in 1958).
      assertTrue(un.completeness().notes().stream().noneMatch(n -> n.contains("not recorded, not absent")),
          year[0] + ": " + un.completeness());
      if (un.count() != year[1]) {
        wrong.add(year[0] + ": " + un.count() + " instead of " + year[1]);
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void aSeatHeldInContinuityCountsOnceOnEveryDayOfAnImpreciseHandOver() {
    // The Soviet Union's end and the Russian Federation's start in the CSCE are known only to the month.
    for (LocalDate day = LocalDate.of(1991, 11, 25); day.isBefore(LocalDate.of(1992, 1, 10)); day = day.plusDays(1)) {
      var osce = WORLD.members("OSCE").asOf(day);
      long seats = osce.stream().filter(m -> m.country().code().value().matches("SUN|RUS")).count();
      assertEquals(1, seats, day.toString());
      assertTrue(osce.certainOnly().count() <= osce.count() && osce.count() <= osce.withPossible().count());
    }
    var mid = WORLD.members("OSCE").asOf(LocalDate.of(1991, 12, 15));
    Member russia = mid.filter(m -> m.country().code().value().equals("RUS")).single();
    assertEquals(Certainty.POSSIBLE, russia.certainty());
    assertFalse(mid.isComplete());
    assertEquals(2, mid.withPossible().stream().filter(m -> !m.isCertain()).count());
  }

  @Test
  void everyFactCitesASourceThatCanStandAloneAndTiersAreCited() {
    for (Source s : WORLD.dataset().sources()) {
      assertTrue(s.citation().endsWith("[" + s.tier().id() + "]"), s.citation());
    }
    // Mark Rutte's term rests on secondary sources only, and the API shows it.
    Office rutte = WORLD.offices("NATO").asOf(LocalDate.of(2025, 1, 1)).single();
    assertEquals("Mark Rutte", rutte.holder());
    assertTrue(Source.strongest(rutte.sources()).canStandAlone());
  }

  // ---------------------------------------------------------------------------------- names people type

  @Test
  void formerCommonAndFormalNamesFindTheirCountryAndAFormerNameSaysSo() {
    CountryMatch turkey = WORLD.countryMatch("Turkey");
    assertEquals("TUR", turkey.country().code().value());
    assertTrue(turkey.isFormerName());
    assertEquals(Optional.of("'Turkey' is a former name of Türkiye (TUR), until 2022-05-31."), turkey.note());
    assertEquals("GBR", WORLD.country("UK").code().value());
    assertEquals("CIV", WORLD.country("ivory coast").code().value());
    assertEquals("BEL", WORLD.country("Kingdom of Belgium").code().value());
    assertEquals("COD", WORLD.country("Zaire").code().value());
    assertEquals("SUN", WORLD.country("USSR").code().value());
    assertTrue(WORLD.countryMatch("Belgium").note().isEmpty());
  }

  @Test
  void aCodeThatNamesTwoStatesIsAnsweredWithTheCandidates() {
    AmbiguousIdException e = assertThrows(AmbiguousIdException.class, () -> WORLD.country("CS"));
    assertEquals(List.of("CSK", "SCG"), e.candidates().stream().map(c -> c.code().value()).sorted().toList());
    assertTrue(e.getMessage().startsWith("'CS' names more than one country: "), e.getMessage());
  }

  @Test
  void aCommonAbbreviationWinsOverAnEditDistanceAccident() {
    UnknownIdException e = assertThrows(UnknownIdException.class, () -> WORLD.country("U.K."));
    assertEquals("UK", e.suggestions().get(0));
  }

  @Test
  void identifiersJoinOtherDataAndAWikidataItemFindsItsCountry() {
    assertEquals("BEL", WORLD.country("Q31").code().value());
    assertEquals("NATO", WORLD.organisation("Q7184").id().value());
    Country germany = WORLD.country("DEU");
    // The Correlates of War code changed at unification; Gleditsch-Ward keeps 260.
    assertEquals(Optional.of("260"), germany.identifier(org.multilateral.core.Identifier.Scheme.COW_STATE_CODE,
        LocalDate.of(1980, 1, 1)));
    assertEquals(Optional.of("255"), germany.identifier(org.multilateral.core.Identifier.Scheme.COW_STATE_CODE,
        LocalDate.of(2000, 1, 1)));
    assertEquals(Optional.of("260"), germany.identifier(org.multilateral.core.Identifier.Scheme.GLEDITSCH_WARD,
        LocalDate.of(2000, 1, 1)));
    assertTrue(WORLD.dataset().countries().stream().filter(c -> !c.isHistorical())
        .allMatch(c -> c.identifier(org.multilateral.core.Identifier.Scheme.WIKIDATA, WORLD.currentTo())
            .isPresent()), "every current state has a Wikidata item");
  }
}
