package org.multilateral.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.multilateral.core.Fixtures.membership;
import static org.multilateral.core.Fixtures.spell;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MembershipTest {

  @Test
  void overlappingSpellsAreRejectedWithAMessageNamingTheRecordAndTheSpells() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> membership("BEL", "NATO", spell("1949-08-24", "1990-01-01"), spell("1989-01-01", null)).build());
    assertEquals("membership BEL@NATO (member): spell 1949-08-24..1990-01-01 overlaps spell 1989-01-01..; spells of"
        + " one country, organisation and role must not share a day (the end is the last day)", e.getMessage());
  }

  @Test
  void spellsAreKeptInOrderWhateverOrderTheyWereGivenIn() {
    Membership m = membership("SYR", "UN", spell("1961-10-13", null), spell("1945-10-24", "1958-02-20")).build();
    assertEquals("1945-10-24", m.firstSpell().start().toString());
    assertEquals("1961-10-13", m.lastSpell().start().toString());
    assertFalse(m.isInForceOn(LocalDate.of(1960, 1, 1)));
    assertTrue(m.isInForceOn(LocalDate.of(1962, 1, 1)));
  }

  @Test
  void aMembershipNeedsASpellAndASource() {
    assertThrows(IllegalArgumentException.class, () -> membership("BEL", "NATO").build());
    assertThrows(IllegalArgumentException.class,
        () -> membership("BEL", "NATO", spell("1949", null)).sources(List.of()).build());
  }

  @Test
  void onlyAPartnerNamesAFrameworkAndAPartnerMustNameOne() {
    assertThrows(IllegalArgumentException.class,
        () -> membership("AUT", "NATO", spell("1995", null)).role(Role.PARTNER).build());
    assertThrows(IllegalArgumentException.class,
        () -> membership("AUT", "NATO", spell("1995", null)).framework("NATO-PFP").build());
    assertEquals("AUT@NATO (partner in NATO-PFP)",
        membership("AUT", "NATO", spell("1995", null)).role(Role.PARTNER).framework("NATO-PFP").build().label());
  }

  @Test
  void anEpisodeIsNotAnExitButMustLieWithinASpell() {
    Episode outsideCommand = Episode.builder().kind("outside-integrated-military-command")
        .start(PartialDate.parse("1966")).end(PartialDate.parse("2009"))
        .description("France outside the integrated military command").addSource(Fixtures.SOURCE).build();
    Membership france = membership("FRA", "NATO", spell("1949-08-24", null)).addEpisode(outsideCommand).build();
    assertTrue(france.isInForceOn(LocalDate.of(1980, 1, 1)));
    assertEquals(1, france.spells().size());

    Episode before = Episode.builder().from(outsideCommand).start(PartialDate.parse("1940"))
        .end(PartialDate.parse("1941")).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> membership("FRA", "NATO", spell("1949-08-24", null)).addEpisode(before).build());
    assertTrue(e.getMessage().contains("lies outside every spell"), e.getMessage());
  }

  @Test
  void anEpisodeNeedsADescription() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Episode.builder()
        .kind("suspended").start(PartialDate.parse("1992")).description(" ").addSource(Fixtures.SOURCE).build());
    assertEquals("episode suspended from 1992: blank description", e.getMessage());
  }

  @Test
  void collectionsRefuseModification() {
    Membership m = membership("BEL", "NATO", spell("1949-08-24", null)).build();
    assertThrows(UnsupportedOperationException.class, () -> m.spells().clear());
    assertThrows(UnsupportedOperationException.class, () -> m.sources().add(Fixtures.SOURCE));
  }
}
