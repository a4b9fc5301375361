package org.multilateral.core;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** Small, valid values for tests. */
final class Fixtures {

  private Fixtures() {}

  static final Source SOURCE = WebPage.builder()
      .id("test-page")
      .url(URI.create("https://www.nato.int/cps/en/natohq/topics_52044.htm"))
      .publisher("NATO")
      .title("Member countries")
      .retrieved(LocalDate.of(2026, 11, 22))
      .tier(org.multilateral.core.SourceTier.FIRST_PARTY).build();

  static Spell spell(String from, String to) {
    Spell.Builder b = Spell.builder().start(PartialDate.parse(from)).startKind(DateKind.ADMITTED);
    if (to != null) {
      b.end(PartialDate.parse(to)).endKind(DateKind.LEFT);
    }
    return b.build();
  }

  static Membership.Builder membership(String country, String organisation, Spell... spells) {
    return Membership.builder()
        .country(CountryCode.of(country))
        .organisation(OrganisationId.of(organisation))
        .role(Role.MEMBER)
        .spells(List.of(spells))
        .sources(List.of(SOURCE));
  }

  static Country country(String alpha3, String alpha2, String numeric, String name) {
    return Country.builder().code(CountryCode.of(alpha3)).alpha2(alpha2).numeric(numeric).name(name)
        .addSource(SOURCE).build();
  }

  static Organisation organisation(String id) {
    return Organisation.builder().id(OrganisationId.of(id)).name(id + " name").frenchName(id + " nom")
        .kind(OrganisationKind.INTERGOVERNMENTAL_ORGANISATION).addSource(SOURCE).build();
  }
}
