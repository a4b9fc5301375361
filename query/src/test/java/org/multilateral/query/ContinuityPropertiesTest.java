package org.multilateral.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.net.URI;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.multilateral.core.Country;
import org.multilateral.core.CountryCode;
import org.multilateral.core.Dataset;
import org.multilateral.core.DateKind;
import org.multilateral.core.DatePrecision;
import org.multilateral.core.Membership;
import org.multilateral.core.Organisation;
import org.multilateral.core.OrganisationId;
import org.multilateral.core.OrganisationKind;
import org.multilateral.core.PartialDate;
import org.multilateral.core.Role;
import org.multilateral.core.Source;
import org.multilateral.core.SourceTier;
import org.multilateral.core.Spell;
import org.multilateral.core.WebPage;

/**
 * A seat held in continuity (a successor state continuing its predecessor's membership) counts once on every day,
 * even when the hand-over is known only to the month or the year: the count of members across a hand-over is
 * constant, and the side that answers is marked possible inside the uncertain days.
 *
 * <p>The generator makes the hard case on purpose: the predecessor's end and the successor's start share one
 * imprecise date (both "1991-12", as the Soviet Union and the Russian Federation in the CSCE), or a day-precise end
 * is followed by a start the next day, or a month-precise end by a day inside that month.
 */
class ContinuityPropertiesTest {

  private static final Source SOURCE = WebPage.builder().id("generated").url(URI.create("https://example.org/c"))
      .publisher("Generator").title("Generated facts").retrieved(LocalDate.of(2030, 1, 1))
      .tier(SourceTier.FIRST_PARTY).build();
  private static final OrganisationId ORG = OrganisationId.of("ORG");

  /** Predecessor AAA from 1950; successor BBB continues its seat; CCC a member throughout. */
  private static Dataset handOver(int dayOffset, int precisionDice, int shape) {
    LocalDate day = LocalDate.of(1990, 1, 1).plusDays(dayOffset);
    PartialDate end;
    PartialDate start;
    DatePrecision precision = precisionDice < 4 ? DatePrecision.DAY
        : precisionDice < 8 ? DatePrecision.MONTH : DatePrecision.YEAR;
    switch (precision) {
      case DAY -> {
        end = PartialDate.of(day);
        start = PartialDate.of(day.plusDays(1));
      }
      case MONTH -> {
        end = PartialDate.of(YearMonth.from(day));
        // the same month, or a day of it that the hand-over may be
        start = shape == 0 ? end : PartialDate.of(YearMonth.from(day).atDay(2 + dayOffset % 27));
      }
      default -> {
        end = PartialDate.of(Year.from(day));
        start = shape == 0 ? end : PartialDate.of(YearMonth.of(day.getYear(), 2 + dayOffset % 11));
      }
    }
    return Dataset.builder().version("c").currentTo(LocalDate.of(2030, 1, 1))
        .addCountry(country("AAA", "AA", "900")).addCountry(country("BBB", "BB", "901"))
        .addCountry(country("CCC", "CC", "902"))
        .addOrganisation(Organisation.builder().id(ORG).name("Org").frenchName("Org")
            .kind(OrganisationKind.INTERGOVERNMENTAL_ORGANISATION).addSource(SOURCE).build())
        .addMembership(member("AAA", Spell.builder().start(PartialDate.of(1950, 1, 1)).startKind(DateKind.JOINED)
            .end(end).endKind(DateKind.SUCCEEDED).build()))
        .addMembership(member("BBB", Spell.builder().start(start).startKind(DateKind.SUCCEEDED)
            .continues(CountryCode.of("AAA")).build()))
        .addMembership(member("CCC", Spell.ongoing(PartialDate.of(1950, 1, 1), DateKind.JOINED)))
        .build();
  }

  private static Country country(String a3, String a2, String numeric) {
    return Country.builder().code(CountryCode.of(a3)).alpha2(a2).numeric(numeric).name("Country " + a3)
        .addSource(SOURCE).build();
  }

  private static Membership member(String country, Spell spell) {
    return Membership.builder().country(CountryCode.of(country)).organisation(ORG).role(Role.MEMBER)
        .addSpell(spell).addSource(SOURCE).build();
  }

  @Test
  void theCountOfAContinuedSeatIsConstantAcrossItsHandOver() {
    // Each example walks every day of its hand-over, so a tenth of the usual tries still checks many days.
    qt().withExamples(Math.max(100, Histories.TRIES / 10))
        .forAll(integers().between(0, 3000), integers().between(0, 9), integers().between(0, 1))
        .checkAssert((offset, dice, shape) -> {
          Dataset d = handOver(offset, dice, shape);
          Spell end = d.memberships().get(0).firstSpell();
          Spell start = d.memberships().get(1).firstSpell();
          LocalDate from = end.end().orElseThrow().earliest().minusDays(2);
          LocalDate to = start.start().latest().plusDays(2);
          MemberQuery members = Multilateral.over(d).members("ORG");
          for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            MemberQuery on = members.asOf(day);
            List<Member> list = on.list();
            assertEquals(2, list.size(), "two seats on " + day + ": " + list);
            assertTrue(on.withPossible().count() >= 2 && on.certainOnly().count() <= 2, day.toString());
            for (Member m : list) {
              if (!m.isCertain()) {
                assertTrue(m.country().code().value().matches("AAA|BBB"), m.toString());
                assertTrue(!on.completeness().isComplete(), "an uncertain side is noted on " + day);
              }
            }
          }
        });
  }

  @Test
  void theGeneratorMakesSharedImpreciseHandOvers() {
    Dataset shared = handOver(350, 5, 0);
    Spell end = shared.memberships().get(0).spells().get(0);
    Spell start = shared.memberships().get(1).spells().get(0);
    assertEquals(end.end().orElseThrow(), start.start());
    assertEquals(DatePrecision.MONTH, start.start().precision());
    assertTrue(handOver(350, 9, 0).memberships().get(1).firstSpell().start().precision() == DatePrecision.YEAR);
  }
}
