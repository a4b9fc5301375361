package org.multilateral.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.multilateral.core.CountryCode;
import org.multilateral.core.OrganisationId;

/** Looking things up by id, alias, code or name, and the errors that name the nearest known ones. */
class LookupTest {

  private final Multilateral world = Toy.world();

  @Test
  void anOrganisationIsFoundByIdAliasOrNameIgnoringCase() {
    for (String text : List.of("ALLIANCE", "alliance", " Alliance ", "the-alliance", "North Alliance",
        "north alliance", "North Alliance (fr)")) {
      assertEquals(OrganisationId.of("ALLIANCE"), world.organisation(text).id(), text);
    }
  }

  @Test
  void aCountryIsFoundByAnyIsoCodeOrEnglishNameIgnoringCaseAndAccents() {
    for (String text : List.of("BEL", "bel", "BE", "be", "056", "56", "Belgium", "BELGIUM", " belgium ")) {
      assertEquals(CountryCode.of("BEL"), world.country(text).code(), text);
    }
    assertEquals(CountryCode.of("CIV"), world.country("Cote d'Ivoire").code());
    assertEquals(CountryCode.of("CIV"), world.country("C\u00f4te d'Ivoire").code());
    assertEquals(CountryCode.of("SUN"), world.country("SUHH").code());
    assertEquals(CountryCode.of("SUN"), world.country("Soviet Union").code());
    assertEquals("Austria", world.country("040").name());
  }

  @Test
  void anUnknownOrganisationNamesTheNearestKnownOnes() {
    UnknownIdException e = assertThrows(UnknownIdException.class, () -> world.members("ALLIANSE"));
    assertEquals("unknown organisation 'ALLIANSE'; did you mean ALLIANCE?", e.getMessage());
    assertEquals("organisation", e.kind());
    assertEquals("ALLIANSE", e.input());
    assertEquals(List.of("ALLIANCE"), e.suggestions());
  }

  @Test
  void theExceptionSaysTheSameAfterSerialisationAndInItsStringForm() throws Exception {
    UnknownIdException e = assertThrows(UnknownIdException.class, () -> world.organisation("ALLIANSE"));
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(e); // before the suggestions were asked for: they are found to be written
    }
    UnknownIdException read;
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      read = (UnknownIdException) in.readObject();
    }
    assertEquals("unknown organisation 'ALLIANSE'; did you mean ALLIANCE?", read.getMessage());
    assertEquals(e.getMessage(), read.getMessage());
    assertEquals(List.of("ALLIANCE"), read.suggestions());
    assertEquals("ALLIANSE", read.input());
    assertEquals(UnknownIdException.class.getName() + ": " + e.getMessage(), e.toString());
  }

  @Test
  void anUnknownCountryNamesTheNearestKnownCodesAndNames() {
    UnknownIdException e = assertThrows(UnknownIdException.class, () -> world.country("Belgum"));
    assertTrue(e.suggestions().contains("Belgium"), e.getMessage());
    assertTrue(e.getMessage().startsWith("unknown country 'Belgum'; did you mean "), e.getMessage());
  }

  @Test
  void inputNearNothingGetsNoSuggestion() {
    UnknownIdException e = assertThrows(UnknownIdException.class, () -> world.country("Atlantis"));
    assertEquals("unknown country 'Atlantis'", e.getMessage());
    assertTrue(e.suggestions().isEmpty());
  }

  @Test
  void frameworksAndSourcesAreFoundByIdOrName() {
    assertEquals("ALLIANCE-PFP", world.framework("alliance-pfp").id());
    assertEquals("ALLIANCE-PFP", world.framework("Partnership for Progress").id());
    assertEquals("seed-alliance", world.source("SEED-ALLIANCE").id());
    UnknownIdException e = assertThrows(UnknownIdException.class, () -> world.source("seed-aliance"));
    assertEquals(List.of("seed-alliance"), e.suggestions());
    assertEquals("framework", assertThrows(UnknownIdException.class, () -> world.framework("nope")).kind());
  }

  @Test
  void aCodeTheDatasetDoesNotHoldIsUnknown() {
    assertThrows(UnknownIdException.class, () -> world.country(CountryCode.of("USA")));
    assertThrows(UnknownIdException.class, () -> world.members(OrganisationId.of("NATO")));
  }
}
