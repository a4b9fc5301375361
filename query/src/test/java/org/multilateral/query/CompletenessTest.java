package org.multilateral.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.multilateral.core.Coverage;
import org.multilateral.core.Dataset;
import org.multilateral.core.FactKind;
import org.multilateral.core.Organisation;
import org.multilateral.core.Role;

/** Answers say where the data's declared coverage ends, and when they reach past the day it is current to. */
class CompletenessTest {

  /** The toy world, with the union's members declared complete from 1958 and the alliance's offices from 2000. */
  private static Multilateral world() {
    Dataset toy = Toy.dataset();
    Dataset.Builder covered = Dataset.builder().version(toy.version()).currentTo(toy.currentTo())
        .addAllCountries(toy.countries()).addAllFrameworks(toy.frameworks()).addAllMemberships(toy.memberships())
        .addAllEvents(toy.events()).addAllInitiatives(toy.initiatives()).addAllDocuments(toy.documents())
        .addAllOffices(toy.offices());
    for (Organisation o : toy.organisations()) {
      Organisation.Builder b = Organisation.builder().from(o);
      if (o.id().value().equals("UNION")) {
        b.addCoverage(Coverage.builder().addRoles(Role.FOUNDING_MEMBER, Role.MEMBER).from(LocalDate.of(1958, 1, 1))
            .build());
      }
      if (o.id().value().equals("ALLIANCE")) {
        b.addCoverage(Coverage.builder().addFacts(FactKind.OFFICES).from(LocalDate.of(2000, 1, 1)).build());
      }
      covered.addOrganisation(b.build());
    }
    return Multilateral.over(covered.build());
  }

  private static final Multilateral WORLD = world();

  @Test
  void insideTheDeclaredCoverageAnAnswerIsComplete() {
    MemberQuery union = WORLD.members("UNION").asOf(LocalDate.of(2000, 1, 1));
    assertTrue(union.isComplete(), union.completeness().toString());
    assertEquals(List.of(), union.table().notes());
  }

  @Test
  void aDayOutsideTheDeclaredCoverageIsNoted() {
    MemberQuery union = WORLD.members("UNION").asOf(LocalDate.of(1955, 6, 1));
    assertEquals(List.of("UNION founding-member, member: the data claims to hold all of these only 1958-01-01..,"
        + " so on 1955-06-01 what is missing is not recorded, not absent."), union.completeness().notes());
    assertEquals(union.completeness().notes(), union.table().notes());
    assertTrue(union.table().toMarkdown().contains("> **Note:** UNION founding-member"));
  }

  @Test
  void aRoleNeverDeclaredIsNotedWhenItIsAskedAbout() {
    MemberQuery partners = WORLD.members("ALLIANCE").roles(Role.PARTNER).asOf(LocalDate.of(2000, 1, 1));
    assertEquals(List.of("ALLIANCE partner: the data does not claim to hold all of these, so what is missing is not"
        + " recorded, not absent."), partners.completeness().notes());
  }

  @Test
  void aDayAfterTheCurrentToDayIsNoted() {
    MemberQuery future = WORLD.members("UNION").asOf(Toy.TODAY.plusDays(1));
    assertEquals(List.of("The data is current to " + Toy.TODAY + ": what happened later is not in it."),
        future.completeness().notes());
    assertTrue(WORLD.members("UNION").isComplete(), "the current-to day itself is covered");
  }

  @Test
  void aWindowIsCheckedOverAllItsDays() {
    ChangeQuery changes = WORLD.members("UNION").changes();
    assertTrue(changes.since(LocalDate.of(1958, 1, 1)).isComplete());
    assertFalse(changes.between(LocalDate.of(1950, 1, 1), LocalDate.of(1960, 1, 1)).isComplete());
    assertTrue(changes.between(LocalDate.of(1950, 1, 1), LocalDate.of(1960, 1, 1)).completeness().notes().get(0)
        .contains("from 1950-01-01 to 1957-12-31"));
    assertFalse(changes.until(Toy.TODAY.plusYears(1)).isComplete());
  }

  @Test
  void everyStretchOutsideTheCoverageIsNamedNotOnlyTheFirst() {
    Dataset toy = WORLD.dataset();
    Dataset.Builder twoSpans = Dataset.builder().version(toy.version()).currentTo(toy.currentTo())
        .addAllCountries(toy.countries()).addAllFrameworks(toy.frameworks()).addAllMemberships(toy.memberships());
    for (Organisation o : toy.organisations()) {
      twoSpans.addOrganisation(!o.id().value().equals("UNION") ? o : Organisation.builder().from(o).coverage(List.of(
          Coverage.builder().addRoles(Role.FOUNDING_MEMBER, Role.MEMBER).from(LocalDate.of(1958, 1, 1))
              .to(LocalDate.of(1969, 12, 31)).build(),
          Coverage.builder().addRoles(Role.FOUNDING_MEMBER, Role.MEMBER).from(LocalDate.of(1980, 1, 1)).build()))
          .build());
    }
    ChangeQuery changes = Multilateral.over(twoSpans.build()).members("UNION").changes()
        .between(LocalDate.of(1950, 1, 1), LocalDate.of(1990, 1, 1));
    assertEquals(List.of("UNION founding-member, member: the data claims to hold all of these only"
        + " 1958-01-01..1969-12-31 and 1980-01-01.., so from 1950-01-01 to 1957-12-31 and from 1970-01-01 to"
        + " 1979-12-31 what is missing is not recorded, not absent."), changes.completeness().notes());
  }

  @Test
  void setAlgebraCarriesTheNotesOfEveryOperand() {
    CountrySet set = WORLD.members("UNION").not("ALLIANCE").asOf(LocalDate.of(1955, 6, 1));
    assertFalse(set.isComplete());
    assertTrue(WORLD.members("UNION").and("ALLIANCE").asOf(LocalDate.of(2000, 1, 1)).completeness().notes()
        .stream().allMatch(n -> n.startsWith("ALLIANCE")), "only the alliance's members are undeclared");
  }

  @Test
  void officeHoldersFollowTheirOwnCoverage() {
    assertTrue(WORLD.offices("ALLIANCE").asOf(LocalDate.of(2010, 1, 1)).isComplete());
    assertFalse(WORLD.offices("ALLIANCE").asOf(LocalDate.of(1999, 1, 1)).isComplete());
    assertFalse(WORLD.events("ALLIANCE").isComplete(), "events are not declared");
  }
}
