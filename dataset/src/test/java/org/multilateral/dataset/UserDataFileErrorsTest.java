package org.multilateral.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multilateral.core.CountryCode;
import org.multilateral.core.Dataset;

/**
 * A user's data file with a mistake is rejected with one exception type, {@link DataFileException}, whose message
 * names the file, the line and column, the JSON path and what was expected; and nothing is loaded.
 */
@DisplayName("A user data file")
class UserDataFileErrorsTest {

  @TempDir
  Path dir;

  /** A user file added on top of the bundled data; it may cite bundled sources, countries and organisations. */
  private DataFileException rejectedOnTopOfBundled(String json) throws IOException {
    Path file = dir.resolve("user.json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    DataFileException e = assertThrows(DataFileException.class, () -> MultilateralData.bundledWith(file));
    assertEquals(file.toString(), e.file());
    assertTrue(e.getMessage().startsWith(file + ":"), e.getMessage());
    return e;
  }

  private static DataFileException rejectedAlone(String json) {
    return assertThrows(DataFileException.class,
        () -> MultilateralData.read("alone.json", json.getBytes(StandardCharsets.UTF_8)));
  }

  private static void assertAt(DataFileException e, int line, int column, String path, String problem) {
    assertEquals(OptionalInt.of(line), e.line(), e.getMessage());
    assertEquals(OptionalInt.of(column), e.column(), e.getMessage());
    assertEquals(path, e.path(), e.getMessage());
    assertEquals(problem, e.problem(), e.getMessage());
    assertEquals(e.file() + ":" + line + ":" + column + ": " + path + ": " + problem, e.getMessage());
  }

  private static final String COUNTRY = """
      {"alpha3": "QQA", "alpha2": "QM", "numeric": "999", "name": "Qland", "sources": ["nato-member-countries"]}""";

  @Test
  @DisplayName("with an unknown field is rejected at that field, listing the fields expected")
  void unknownField() throws IOException {
    DataFileException e = rejectedOnTopOfBundled("""
        {
          "countries": [
            {"alpha3": "QQA", "alpha2": "QM", "numeric": "999", "name": "Qland",
             "colour": "red", "sources": ["nato-member-countries"]}
          ]
        }
        """);
    assertAt(e, 4, 16, "$.countries[0].colour", "unknown field 'colour'; expected one of: alpha2, alpha3, ended,"
        + " ids, iso3166_3, name, names, numeric, sources, started, successors");
  }

  @Test
  @DisplayName("with an unknown top-level key is rejected at that key")
  void unknownTopLevelField() throws IOException {
    DataFileException e = rejectedOnTopOfBundled("""
        {
          "countrys": []
        }
        """);
    assertEquals("$.countrys", e.path());
    assertEquals(OptionalInt.of(2), e.line());
    assertTrue(e.problem().startsWith("unknown field 'countrys'; expected one of: $schema, countries,"), e.problem());
  }

  @Test
  @DisplayName("with a number where text is expected is rejected at the number")
  void numberForText() throws IOException {
    DataFileException e = rejectedOnTopOfBundled("""
        {
          "countries": [
            {"alpha3": "QQA", "alpha2": "QA", "numeric": 999, "name": "Qland", "sources": ["nato-member-countries"]}
          ]
        }
        """);
    assertEquals(OptionalInt.of(3), e.line());
    assertEquals(OptionalInt.of(50), e.column());
    assertEquals("$.countries[0].numeric", e.path());
    assertEquals("Cannot coerce Integer value (999) to String value", e.problem());
  }

  @Test
  @DisplayName("with text where a list is expected is rejected at the text")
  void textForList() throws IOException {
    DataFileException e = rejectedOnTopOfBundled("""
        {
          "countries": [
            {"alpha3": "QQA", "alpha2": "QM", "numeric": "999", "name": "Qland", "sources": "nato-member-countries"}
          ]
        }
        """);
    assertEquals(OptionalInt.of(3), e.line());
    assertEquals("$.countries[0].sources", e.path());
    assertEquals("Cannot deserialize value of type list (a JSON array) from String value", e.problem());
  }

  @Test
  @DisplayName("with a null is rejected at the null: optional values are left out, not null")
  void explicitNull() throws IOException {
    DataFileException e = rejectedOnTopOfBundled("""
        {
          "countries": [
            {"alpha3": "QQA", "alpha2": "QM", "numeric": "999", "name": "Qland", "started": null,
             "sources": ["nato-member-countries"]}
          ]
        }
        """);
    assertAt(e, 3, 85, "$.countries[0].started", "null is not allowed here; leave an optional value out instead");
  }

  @Test
  @DisplayName("with a key given twice in one object is rejected at the second")
  void duplicateKey() throws IOException {
    DataFileException e = rejectedOnTopOfBundled("""
        {
          "countries": [
            {"alpha3": "QQA", "alpha2": "QM", "numeric": "999", "name": "Qland", "name": "Rland",
             "sources": ["nato-member-countries"]}
          ]
        }
        """);
    assertEquals(OptionalInt.of(3), e.line());
    assertEquals("$.countries[0].name", e.path());
    assertTrue(e.problem().startsWith("Duplicate Object property \"name\""), e.problem());
  }

  @Test
  @DisplayName("with a country defined twice in the file is rejected at the second definition")
  void duplicateCountryInFile() throws IOException {
    DataFileException e = rejectedOnTopOfBundled("{\n\"countries\": [\n" + COUNTRY + ",\n" + COUNTRY + "\n]}\n");
    assertAt(e, 4, 12, "$.countries[1].alpha3", "country QQA is defined twice");
  }

  @Test
  @DisplayName("with a country the bundled data already defines is rejected")
  void duplicateCountryOfBundled() throws IOException {
    DataFileException e = rejectedOnTopOfBundled("""
        {"countries": [
          {"alpha3": "BEL", "alpha2": "BE", "numeric": "056", "name": "Belgium", "sources": ["nato-member-countries"]}
        ]}
        """);
    assertAt(e, 2, 14, "$.countries[0].alpha3", "country BEL is defined twice");
  }

  @Test
  @DisplayName("with a source id the bundled data already uses is rejected")
  void duplicateSource() throws IOException {
    DataFileException e = rejectedOnTopOfBundled("""
        {"sources": {
          "nato-member-countries": {"seed": "003_8ab0c2051ddd07fd.txt", "excerpt": "NATO"}
        }}
        """);
    assertAt(e, 2, 28, "$.sources['nato-member-countries']", "source 'nato-member-countries' is defined twice");
  }

  @Test
  @DisplayName("with an event id the bundled data already uses is rejected")
  void duplicateEvent() throws IOException {
    DataFileException e = rejectedOnTopOfBundled("""
        {"events": [
          {"id": "nato-2022-06-29-madrid-summit", "organisation": "NATO", "title": "Again", "kind": "summit",
           "from": "2022-06-29", "sources": ["nato-member-countries"]}
        ]}
        """);
    assertAt(e, 2, 10, "$.events[0].id", "event 'nato-2022-06-29-madrid-summit' is defined twice");
  }

  @Test
  @DisplayName("with a membership the bundled data already has is rejected, naming the file that has it")
  void duplicateMembership() throws IOException {
    DataFileException e = rejectedOnTopOfBundled("""
        {"memberships": [
          {"country": "BEL", "organisation": "NATO", "role": "founding-member",
           "spells": [{"from": "1949-08-24", "fromKind": "entered-into-force"}], "sources": ["nato-member-countries"]}
        ]}
        """);
    assertAt(e, 2, 3, "$.memberships[0]", "membership BEL@NATO (founding-member) is already defined in nato.json;"
        + " put all its spells in one record");
  }

  @Test
  @DisplayName("with an impossible date is rejected at the date")
  void impossibleDate() throws IOException {
    DataFileException e = rejectedOnTopOfBundled("""
        {"memberships": [
          {"country": "BEL", "organisation": "NATO", "role": "observer",
           "spells": [{"from": "2020-13-01", "fromKind": "joined"}], "sources": ["nato-member-countries"]}
        ]}
        """);
    assertAt(e, 3, 24, "$.memberships[0].spells[0].from",
        "bad date '2020-13-01': Invalid value for MonthOfYear (valid values 1 - 12): 13");
  }

  @Test
  @DisplayName("with a date in another format is rejected, saying which formats are expected")
  void dateFormat() throws IOException {
    DataFileException e = rejectedOnTopOfBundled("""
        {"memberships": [
          {"country": "BEL", "organisation": "NATO", "role": "observer",
           "spells": [{"from": "24/08/1949", "fromKind": "joined"}], "sources": ["nato-member-countries"]}
        ]}
        """);
    assertAt(e, 3, 24, "$.memberships[0].spells[0].from",
        "bad date '24/08/1949': expected YYYY-MM-DD, YYYY-MM or YYYY");
  }

  @Test
  @DisplayName("with a malformed country code is rejected at the code")
  void badCode() throws IOException {
    DataFileException e = rejectedOnTopOfBundled("""
        {"memberships": [
          {"country": "BE", "organisation": "NATO", "role": "observer",
           "spells": [{"from": "2020", "fromKind": "joined"}], "sources": ["nato-member-countries"]}
        ]}
        """);
    assertAt(e, 2, 15, "$.memberships[0].country",
        "bad country code 'BE': expected an ISO 3166-1 alpha-3 code such as BEL");
  }

  @Test
  @DisplayName("with an unknown country is rejected at the reference")
  void unknownCountry() throws IOException {
    DataFileException e = rejectedOnTopOfBundled("""
        {"memberships": [
          {"country": "XYZ", "organisation": "NATO", "role": "observer",
           "spells": [{"from": "2020", "fromKind": "joined"}], "sources": ["nato-member-countries"]}
        ]}
        """);
    assertAt(e, 2, 15, "$.memberships[0].country", "unknown country 'XYZ'");
  }

  @Test
  @DisplayName("with an unknown organisation is rejected at the reference, suggesting the nearest id")
  void unknownOrganisation() throws IOException {
    DataFileException e = rejectedOnTopOfBundled("""
        {"memberships": [
          {"country": "BEL", "organisation": "NAT0", "role": "observer",
           "spells": [{"from": "2020", "fromKind": "joined"}], "sources": ["nato-member-countries"]}
        ]}
        """);
    assertAt(e, 2, 38, "$.memberships[0].organisation", "unknown organisation 'NAT0'; did you mean NATO?");
  }

  @Test
  @DisplayName("with an unknown source is rejected at the reference")
  void unknownSource() throws IOException {
    DataFileException e = rejectedOnTopOfBundled("""
        {"memberships": [
          {"country": "BEL", "organisation": "NATO", "role": "observer",
           "spells": [{"from": "2020", "fromKind": "joined"}], "sources": ["nato-member-countrie"]}
        ]}
        """);
    assertAt(e, 3, 68, "$.memberships[0].sources[0]",
        "unknown source 'nato-member-countrie'; did you mean nato-member-countries?");
  }

  @Test
  @DisplayName("with an unknown framework is rejected at the reference")
  void unknownFramework() throws IOException {
    DataFileException e = rejectedOnTopOfBundled("""
        {"memberships": [
          {"country": "BEL", "organisation": "NATO", "role": "partner", "framework": "NATO-PFX",
           "spells": [{"from": "2020", "fromKind": "joined"}], "sources": ["nato-member-countries"]}
        ]}
        """);
    assertAt(e, 2, 78, "$.memberships[0].framework",
        "unknown framework 'NATO-PFX'; did you mean NATO-PFP or NATO-PAG?");
  }

  @Test
  @DisplayName("with a framework of another organisation is rejected at the reference")
  void frameworkOfAnotherOrganisation() throws IOException {
    DataFileException e = rejectedOnTopOfBundled("""
        {"memberships": [
          {"country": "BEL", "organisation": "EU", "role": "partner", "framework": "NATO-PFP",
           "spells": [{"from": "2020", "fromKind": "joined"}], "sources": ["nato-member-countries"]}
        ]}
        """);
    assertAt(e, 2, 76, "$.memberships[0].framework", "framework 'NATO-PFP' belongs to NATO, not to EU");
  }

  @Test
  @DisplayName("with an unknown role is rejected, listing the roles expected")
  void unknownRole() throws IOException {
    DataFileException e = rejectedOnTopOfBundled("""
        {"memberships": [
          {"country": "BEL", "organisation": "NATO", "role": "chair",
           "spells": [{"from": "2020", "fromKind": "joined"}], "sources": ["nato-member-countries"]}
        ]}
        """);
    assertAt(e, 2, 54, "$.memberships[0].role", "unknown role 'chair'; expected one of: founding-member, member,"
        + " participating-state, permanent-member, elected-member, partner, candidate, aspirant, observer");
  }

  @Test
  @DisplayName("with overlapping spells is rejected at the membership, by core's invariant")
  void overlappingSpells() throws IOException {
    DataFileException e = rejectedOnTopOfBundled("""
        {"memberships": [
          {"country": "BEL", "organisation": "NATO", "role": "observer",
           "spells": [
             {"from": "1990", "fromKind": "joined", "to": "2000-06", "toKind": "left"},
             {"from": "2000-06-30", "fromKind": "joined"}
           ],
           "sources": ["nato-member-countries"]}
        ]}
        """);
    // Core's invariant, reported at the membership: the loader does not check overlaps a second time.
    assertAt(e, 2, 3, "$.memberships[0]", "membership BEL@NATO (observer): spell 1990..2000-06 overlaps spell"
        + " 2000-06-30..; spells of one country, organisation and role must not share a day (the end is the last day)");
  }

  @Test
  @DisplayName("with a spell ending before it starts is rejected at the spell")
  void spellBackwards() throws IOException {
    DataFileException e = rejectedOnTopOfBundled("""
        {"memberships": [
          {"country": "BEL", "organisation": "NATO", "role": "observer",
           "spells": [{"from": "2000", "fromKind": "joined", "to": "1999-12-31", "toKind": "left"}],
           "sources": ["nato-member-countries"]}
        ]}
        """);
    assertAt(e, 3, 15, "$.memberships[0].spells[0]", "spell end 1999-12-31 is before start 2000");
  }

  @Test
  @DisplayName("with an episode outside every spell is rejected at the membership, by core's invariant")
  void episodeOutsideSpells() throws IOException {
    DataFileException e = rejectedOnTopOfBundled("""
        {"memberships": [
          {"country": "BEL", "organisation": "NATO", "role": "observer",
           "spells": [{"from": "2000", "fromKind": "joined", "to": "2001", "toKind": "left"}],
           "episodes": [{"kind": "suspended", "from": "2005", "description": "d",
                         "sources": ["nato-member-countries"]}],
           "sources": ["nato-member-countries"]}
        ]}
        """);
    assertAt(e, 2, 3, "$.memberships[0]", "membership BEL@NATO (observer): episode suspended from 2005 lies"
        + " outside every spell; an episode happens during membership");
  }

  @Test
  @DisplayName("with a missing required field is rejected at the record that lacks it")
  void missingField() throws IOException {
    DataFileException e = rejectedOnTopOfBundled("""
        {"memberships": [
          {"country": "BEL", "organisation": "NATO",
           "spells": [{"from": "2000", "fromKind": "joined"}], "sources": ["nato-member-countries"]}
        ]}
        """);
    assertAt(e, 2, 3, "$.memberships[0]", "missing 'role'");
  }

  @Test
  @DisplayName("with a fact that has no source is rejected at the fact")
  void unsourcedFact() throws IOException {
    DataFileException e = rejectedOnTopOfBundled("""
        {"countries": [
          {"alpha3": "QQA", "alpha2": "QM", "numeric": "999", "name": "Qland", "sources": []}
        ]}
        """);
    assertAt(e, 2, 3, "$.countries[0]", "missing 'sources': every fact needs at least one source id");
  }

  @Test
  @DisplayName("with an alias that another organisation already uses is rejected at the alias")
  void aliasTaken() throws IOException {
    DataFileException e = rejectedOnTopOfBundled("""
        {"organisations": [
          {"id": "QQO", "aliases": ["otan"], "name": "Q", "nameFr": "Q", "kind": "security-forum",
           "sources": ["nato-member-countries"]}
        ]}
        """);
    assertAt(e, 2, 29, "$.organisations[0].aliases[0]",
        "'otan' already names organisation NATO; an id or alias may name one organisation only");
  }

  @Test
  @DisplayName("that is not JSON is rejected at the first character that is not")
  void malformed() throws IOException {
    DataFileException e = rejectedOnTopOfBundled("""
        {"countries": [
          {"alpha3": "QQA" "alpha2": "QA"}
        ]}
        """);
    assertEquals(OptionalInt.of(2), e.line());
    assertEquals(OptionalInt.of(20), e.column());
    assertEquals("$.countries[0].alpha3", e.path());
    assertTrue(e.problem().startsWith("Unexpected character ('\"' (code 34)): was expecting comma"), e.problem());
  }

  @Test
  @DisplayName("with content after the JSON object is rejected at that content")
  void trailingContent() throws IOException {
    DataFileException e = rejectedOnTopOfBundled("{}\n{}\n");
    assertEquals(OptionalInt.of(2), e.line());
    assertEquals(OptionalInt.of(1), e.column());
    assertEquals("content after the end of the JSON object; expected the end of the file", e.problem());
  }

  @Test
  @DisplayName("that does not exist is reported as such, without a position")
  void missingFile() {
    Path file = dir.resolve("absent.json");
    DataFileException e = assertThrows(DataFileException.class, () -> MultilateralData.bundledWith(file));
    assertEquals(OptionalInt.empty(), e.line());
    assertEquals(file + ": $: no such file", e.getMessage());
  }

  @Test
  @DisplayName("read alone must give its version")
  void aloneWithoutVersion() {
    DataFileException e = rejectedAlone("{\"currentTo\": \"2026-11-22\"}");
    assertAt(e, 1, 1, "$", "missing 'version': a file read alone gives its data version");
  }

  @Test
  @DisplayName("read alone must give a real currentTo day")
  void aloneBadCurrentTo() {
    DataFileException e = rejectedAlone("{\"version\": \"1\",\n \"currentTo\": \"2026-11\"}");
    assertAt(e, 2, 15, "$.currentTo", "bad date '2026-11': expected YYYY-MM-DD");
  }

  @Test
  @DisplayName("read alone cannot cite what only the bundled data defines")
  void aloneCannotCiteBundled() {
    DataFileException e = rejectedAlone("{\"version\": \"1\", \"currentTo\": \"2026-11-22\",\n"
        + "\"countries\": [" + COUNTRY + "]}");
    assertAt(e, 2, 96, "$.countries[0].sources[0]", "unknown source 'nato-member-countries'");
  }

  @Test
  @DisplayName("that is rejected changes nothing: the bundled data and a good file load as before")
  void noPartialLoad() throws IOException {
    Dataset before = MultilateralData.bundled();
    Path good = dir.resolve("good.json");
    Files.writeString(good, "{\"countries\": [" + COUNTRY + "]}");
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"countries\": [" + COUNTRY.replace("QQA", "QQB").replace("999", "99") + "]}");
    DataFileException e = assertThrows(DataFileException.class, () -> MultilateralData.bundledWith(good, bad));
    assertEquals(bad.toString(), e.file());
    assertSame(before, MultilateralData.bundled());
    assertTrue(MultilateralData.bundled().country(CountryCode.of("QQA")).isEmpty());
    Dataset withGood = MultilateralData.bundledWith(good);
    assertEquals(before.countries().size() + 1, withGood.countries().size());
    assertEquals(MultilateralData.version() + "+user", withGood.version());
  }

  // ----------------------------------------------- rules a curated file must meet, beyond one record at a time

  @Test
  @DisplayName("with a country that takes a bundled country's alpha-2 code is rejected at the country")
  void alpha2TakenFromTheBundledData() throws IOException {
    DataFileException e = rejectedOnTopOfBundled("""
        {"countries": [
          {"alpha3": "QQA", "alpha2": "BE", "numeric": "998", "name": "Qland", "sources": ["nato-member-countries"]}
        ]}
        """);
    assertAt(e, 2, 3, "$.countries[0]", "country QQA: alpha-2 code 'BE' is already BEL Belgium's; codes and names"
        + " must find one country");
  }

  @Test
  @DisplayName("with a country named as a bundled one, ignoring case and spaces, is rejected at the country")
  void nameTakenFromTheBundledData() throws IOException {
    DataFileException e = rejectedOnTopOfBundled("""
        {"countries": [
          {"alpha3": "QQA", "alpha2": "QM", "numeric": "998", "name": " BELGIUM ", "sources": ["nato-member-countries"]}
        ]}
        """);
    assertAt(e, 2, 3, "$.countries[0]", "country QQA: name 'belgium' is already BEL Belgium's; codes and names"
        + " must find one country");
  }

  @Test
  @DisplayName("with a participant listed twice is rejected at the event")
  void participantListedTwice() throws IOException {
    DataFileException e = rejectedOnTopOfBundled("""
        {"events": [
          {"id": "e1", "organisation": "NATO", "title": "T", "kind": "summit", "from": "2020",
           "participants": ["BEL", "BEL"], "sources": ["nato-member-countries"]}
        ]}
        """);
    assertAt(e, 2, 3, "$.events[0]", "event e1: participant 'BEL' is listed twice");
  }

  @Test
  @DisplayName("with a second full membership of a country in an organisation at once is rejected at it")
  void twoFullMembershipsAtOnce() throws IOException {
    DataFileException e = rejectedOnTopOfBundled("""
        {"memberships": [
          {"country": "BEL", "organisation": "NATO", "role": "member",
           "spells": [{"from": "2000", "fromKind": "joined"}], "sources": ["nato-member-countries"]}
        ]}
        """);
    assertAt(e, 2, 3, "$.memberships[0]", "membership BEL@NATO (member): spell 2000.. overlaps spell 1949-08-24.. of"
        + " BEL@NATO (founding-member); a country holds one full membership of an organisation at a time");
  }

  @Test
  @DisplayName("with a membership that outlasts its country is rejected at the membership")
  void membershipOutlastsItsCountry() throws IOException {
    DataFileException e = rejectedOnTopOfBundled("""
        {"countries": [
          {"alpha3": "QQA", "alpha2": "QM", "numeric": "998", "name": "Qland", "ended": "1990",
           "iso3166_3": "QQAA", "sources": ["nato-member-countries"]}
        ],
         "memberships": [
          {"country": "QQA", "organisation": "NATO", "role": "observer",
           "spells": [{"from": "1980", "fromKind": "joined"}], "sources": ["nato-member-countries"]}
        ]}
        """);
    assertAt(e, 6, 3, "$.memberships[0]", "membership QQA@NATO (observer): spell 1980.. outlasts QQA Qland, which"
        + " ended 1990");
  }

  @Test
  @DisplayName("with an organ that is its own parent is rejected at the organisation")
  void organItsOwnParent() throws IOException {
    DataFileException e = rejectedOnTopOfBundled("""
        {"organisations": [
          {"id": "SELF", "name": "Self", "nameFr": "Soi", "kind": "organ", "parent": "SELF",
           "sources": ["nato-member-countries"]}
        ]}
        """);
    assertAt(e, 2, 3, "$.organisations[0]", "organisation SELF: is its own parent");
  }

  @Test
  @DisplayName("with a seed excerpt of a seed that does not exist, or not in its seed, is rejected at the excerpt")
  void seedCitations() throws IOException {
    DataFileException e = rejectedOnTopOfBundled("""
        {"sources": {"s1": {"seed": "003_8ab0c2051ddd07fe.txt", "excerpt": "NATO"}}}
        """);
    assertAt(e, 1, 29, "$.sources.s1.seed", "unknown seed file '003_8ab0c2051ddd07fe.txt'; the bundled seeds are"
        + " 000_cb242656d290b756.txt, 001_c0fb550e536e8a54.txt, 003_8ab0c2051ddd07fd.txt; did you mean"
        + " 003_8ab0c2051ddd07fd.txt?");
    e = rejectedOnTopOfBundled("""
        {"sources": {"s1": {"seed": "003_8ab0c2051ddd07fd.txt", "excerpt": "NATO was founded on Mars."}}}
        """);
    assertAt(e, 1, 68, "$.sources.s1.excerpt", "the excerpt is not in 003_8ab0c2051ddd07fd.txt word for word,"
        + " within one line");
  }

  @Test
  @DisplayName("with a date before the year 1000 is rejected at the date, so that every date loaded prints back")
  void yearOutOfRange() throws IOException {
    DataFileException e = rejectedOnTopOfBundled("""
        {"memberships": [
          {"country": "BEL", "organisation": "NATO", "role": "observer",
           "spells": [{"from": "0999", "fromKind": "joined"}], "sources": ["nato-member-countries"]}
        ]}
        """);
    assertAt(e, 3, 24, "$.memberships[0].spells[0].from", "date 0999-01-01 is out of range: years 1000 to 9999"
        + " only");
  }
}
