package org.multilateral.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.multilateral.core.Fixtures.spell;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SpellTest {

  @Test
  void theEndIsTheLastDayOfMembership() {
    Spell unitedKingdomInTheEu = spell("1973-01-01", "2020-01-31");
    assertTrue(unitedKingdomInTheEu.isInForceOn(LocalDate.of(2020, 1, 31)));
    assertFalse(unitedKingdomInTheEu.isInForceOn(LocalDate.of(2020, 2, 1)));
    assertTrue(unitedKingdomInTheEu.isInForceOn(LocalDate.of(1973, 1, 1)));
    assertFalse(unitedKingdomInTheEu.isInForceOn(LocalDate.of(1972, 12, 31)));
  }

  @Test
  void anOngoingSpellIsInForceEverAfter() {
    Spell spell = spell("1949-08-24", null);
    assertTrue(spell.isOngoing());
    assertTrue(spell.isInForceOn(LocalDate.of(2999, 1, 1)));
  }

  @Test
  void impreciseDatesAreReadConservatively() {
    Spell spell = spell("1955-05", "1992");
    assertEquals(LocalDate.of(1955, 5, 31), spell.firstDay());
    assertFalse(spell.isInForceOn(LocalDate.of(1955, 5, 30)));
    assertTrue(spell.isInForceOn(LocalDate.of(1992, 1, 1)));
    assertFalse(spell.isInForceOn(LocalDate.of(1992, 1, 2)));
  }

  @Test
  void anEndBeforeTheStartIsRejectedNamingBothDates() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> spell("1949-08-24", "1948-01-01"));
    assertTrue(e.getMessage().contains("1948-01-01") && e.getMessage().contains("1949-08-24"), e.getMessage());
  }

  @Test
  void anEndNeedsAnEndKind() {
    assertThrows(IllegalArgumentException.class, () -> Spell.builder().start(PartialDate.parse("2000"))
        .startKind(DateKind.ADMITTED).end(PartialDate.parse("2001")).build());
  }

  @Test
  void overlapUsesTheWidestReading() {
    assertTrue(spell("1990", "1992").overlaps(spell("1992-12-31", null)));
    assertFalse(spell("1990", "1992").overlaps(spell("1993-01-01", null)));
  }
}
