package org.multilateral.query;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.multilateral.core.Country;
import org.multilateral.core.CountryCode;
import org.multilateral.core.Dataset;
import org.multilateral.core.DateKind;
import org.multilateral.core.Document;
import org.multilateral.core.DocumentKind;
import org.multilateral.core.Episode;
import org.multilateral.core.Event;
import org.multilateral.core.EventKind;
import org.multilateral.core.Initiative;
import org.multilateral.core.Membership;
import org.multilateral.core.Milestone;
import org.multilateral.core.Office;
import org.multilateral.core.Organisation;
import org.multilateral.core.OrganisationId;
import org.multilateral.core.OrganisationKind;
import org.multilateral.core.PartialDate;
import org.multilateral.core.PartnershipFramework;
import org.multilateral.core.Role;
import org.multilateral.core.Seat;
import org.multilateral.core.SeedExcerpt;
import org.multilateral.core.Source;
import org.multilateral.core.Spell;
import org.multilateral.core.WebPage;

/**
 * A small, hand-made world for example tests, shaped like the real one: an alliance, a union, a world organisation
 * and its council (an organ with permanent and elected members), a partnership framework, events, initiatives,
 * documents, office holders and seats.
 */
final class Toy {

  private Toy() {}

  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  static final Source ALLIANCE_PAGE = page("alliance-members", "Alliance", "Member countries");
  static final Source UNION_PAGE = page("union-countries", "Union", "Countries & members <list>");
  static final Source WORLD_PAGE = page("world-members", "World Organisation", "Member States");
  static final Source COUNCIL_PAGE = page("council-members", "World Organisation", "Council members");
  static final Source SEED = SeedExcerpt.builder().id("seed-alliance").file("003_8ab0c2051ddd07fd.txt")
      .excerpt("Eight Strategic Concepts have been created since 1949.").build();
  static final Source ISO = page("iso-codes", "ISO", "Country codes");

  static WebPage page(String id, String publisher, String title) {
    return WebPage.builder().id(id).url(URI.create("https://example.org/" + id)).publisher(publisher).title(title)
        .retrieved(TODAY).tier(org.multilateral.core.SourceTier.FIRST_PARTY).build();
  }

  static Country country(String alpha3, String alpha2, String numeric, String name) {
    return Country.builder().code(CountryCode.of(alpha3)).alpha2(alpha2).numeric(numeric).name(name).addSource(ISO)
        .build();
  }

  static final List<Country> COUNTRIES = List.of(
      country("BEL", "BE", "056", "Belgium"),
      country("NLD", "NL", "528", "Netherlands"),
      country("LUX", "LU", "442", "Luxembourg"),
      country("FRA", "FR", "250", "France"),
      country("DEU", "DE", "276", "Germany"),
      country("GBR", "GB", "826", "United Kingdom"),
      country("POL", "PL", "616", "Poland"),
      country("AUT", "AT", "040", "Austria"),
      country("CIV", "CI", "384", "C\u00f4te d'Ivoire"),
      country("RUS", "RU", "643", "Russia"),
      Country.builder().code(CountryCode.of("SUN")).alpha2("SU").numeric("810").name("Soviet Union")
          .formerCode("SUHH").ended(PartialDate.parse("1991-12")).addSuccessor(CountryCode.of("RUS")).addSource(ISO)
          .build());

  static Organisation organisation(String id, String name, OrganisationKind kind, Source source, String... aliases) {
    Organisation.Builder b = Organisation.builder().id(OrganisationId.of(id)).name(name).frenchName(name + " (fr)")
        .kind(kind).addAliases(aliases).addSource(source);
    if (kind == OrganisationKind.ORGAN) {
      b.parent(OrganisationId.of("WORLD"));
    }
    if (id.equals("ALLIANCE")) {
      b.addFounding(Milestone.builder().date(PartialDate.parse("1949-04-04")).kind(DateKind.SIGNED)
          .document("Alliance Treaty").addSource(source).build());
      b.addSeat(Seat.builder().name("Alliance Headquarters").place("Brussels").country(CountryCode.of("BEL"))
          .addSource(source).build());
      b.addSeat(Seat.builder().name("Allied Command").place("Mons").country(CountryCode.of("BEL"))
          .addSource(source).build());
    }
    return b.build();
  }

  static Spell spell(String from, String to) {
    Spell.Builder b = Spell.builder().start(PartialDate.parse(from)).startKind(DateKind.ACCEDED);
    if (to != null) {
      b.end(PartialDate.parse(to)).endKind(DateKind.LEFT);
    }
    return b.build();
  }

  static Membership membership(String country, String organisation, Role role, Source source, Spell... spells) {
    Membership.Builder b = Membership.builder().country(CountryCode.of(country))
        .organisation(OrganisationId.of(organisation)).role(role).addSpells(spells).addSource(source);
    if (role == Role.PARTNER) {
      b.framework("ALLIANCE-PFP");
    }
    return b.build();
  }

  private static void founders(Dataset.Builder d, String organisation, String day, Source source,
      String... countries) {
    for (String c : countries) {
      d.addMembership(membership(c, organisation, Role.FOUNDING_MEMBER, source, spell(day, null)));
    }
  }

  static Dataset dataset() {
    Dataset.Builder d = Dataset.builder().version("toy-1").currentTo(TODAY).addAllCountries(COUNTRIES)
        .addOrganisation(organisation("ALLIANCE", "North Alliance", OrganisationKind.MILITARY_ALLIANCE,
            ALLIANCE_PAGE, "the-alliance"))
        .addOrganisation(organisation("UNION", "Union of States", OrganisationKind.SUPRANATIONAL_UNION,
            UNION_PAGE, "union-of-states"))
        .addOrganisation(organisation("WORLD", "World Organisation", OrganisationKind.INTERGOVERNMENTAL_ORGANISATION,
            WORLD_PAGE))
        .addOrganisation(organisation("COUNCIL", "World Council", OrganisationKind.ORGAN, COUNCIL_PAGE, "council"))
        .addFramework(PartnershipFramework.builder().id("ALLIANCE-PFP").organisation(OrganisationId.of("ALLIANCE"))
            .name("Partnership for Progress").launched(PartialDate.parse("1994-01-10")).addSource(ALLIANCE_PAGE)
            .build());
    founders(d, "ALLIANCE", "1949-08-24", ALLIANCE_PAGE, "BEL", "NLD", "LUX", "GBR");
    d.addMembership(Membership.builder().from(membership("FRA", "ALLIANCE", Role.FOUNDING_MEMBER, ALLIANCE_PAGE,
        spell("1949-08-24", null))).addEpisode(Episode.builder().kind("outside-integrated-command")
        .start(PartialDate.parse("1966-07-01")).end(PartialDate.parse("2009-04-03"))
        .description("France outside the integrated command").addSource(ALLIANCE_PAGE).build()).build());
    d.addMembership(membership("DEU", "ALLIANCE", Role.MEMBER, ALLIANCE_PAGE, spell("1955-05-06", null)));
    d.addMembership(membership("POL", "ALLIANCE", Role.MEMBER, ALLIANCE_PAGE, spell("1999-03-12", null)));
    d.addMembership(membership("AUT", "ALLIANCE", Role.PARTNER, ALLIANCE_PAGE, spell("1995-02-10", null)));

    founders(d, "UNION", "1958-01-01", UNION_PAGE, "BEL", "NLD", "LUX", "FRA", "DEU");
    d.addMembership(membership("GBR", "UNION", Role.MEMBER, UNION_PAGE, spell("1973-01-01", "2020-01-31")));
    d.addMembership(membership("AUT", "UNION", Role.MEMBER, UNION_PAGE, spell("1995-01-01", null)));
    d.addMembership(membership("POL", "UNION", Role.MEMBER, UNION_PAGE, spell("2004-05-01", null)));

    founders(d, "WORLD", "1945-10-24", WORLD_PAGE, "BEL", "NLD", "LUX", "FRA", "GBR", "POL");
    d.addMembership(membership("SUN", "WORLD", Role.FOUNDING_MEMBER, WORLD_PAGE, spell("1945-10-24", "1991-12-23")));
    d.addMembership(membership("RUS", "WORLD", Role.MEMBER, WORLD_PAGE, spell("1991-12-24", null)));
    d.addMembership(membership("AUT", "WORLD", Role.MEMBER, WORLD_PAGE, spell("1955-12-14", null)));
    d.addMembership(membership("DEU", "WORLD", Role.MEMBER, WORLD_PAGE, spell("1973-09-18", null)));
    d.addMembership(membership("CIV", "WORLD", Role.MEMBER, WORLD_PAGE, spell("1960", null)));

    for (String p : List.of("FRA", "GBR")) {
      d.addMembership(membership(p, "COUNCIL", Role.PERMANENT_MEMBER, COUNCIL_PAGE, spell("1945-10-24", null)));
    }
    d.addMembership(membership("SUN", "COUNCIL", Role.PERMANENT_MEMBER, COUNCIL_PAGE,
        spell("1945-10-24", "1991-12-23")));
    d.addMembership(membership("RUS", "COUNCIL", Role.PERMANENT_MEMBER, COUNCIL_PAGE, spell("1991-12-24", null)));
    d.addMembership(membership("BEL", "COUNCIL", Role.ELECTED_MEMBER, COUNCIL_PAGE,
        spell("1947-01-01", "1948-12-31"), spell("2019-01-01", "2020-12-31")));
    d.addMembership(membership("DEU", "COUNCIL", Role.ELECTED_MEMBER, COUNCIL_PAGE,
        spell("2019-01-01", "2020-12-31")));
    d.addMembership(membership("POL", "COUNCIL", Role.ELECTED_MEMBER, COUNCIL_PAGE,
        spell("2018-01-01", "2019-12-31")));
    d.addMembership(membership("NLD", "COUNCIL", Role.ELECTED_MEMBER, COUNCIL_PAGE,
        spell("2018-01-01", "2018-12-31")));

    d.addEvent(event("alliance-1999-summit", "ALLIANCE", "Washington Summit", EventKind.SUMMIT, "1999-04-23",
        "1999-04-25", List.of("1999 Strategic Concept", "enlargement")));
    d.addEvent(event("alliance-2022-summit", "ALLIANCE", "Madrid Summit", EventKind.SUMMIT, "2022-06-29",
        "2022-06-30", List.of("2022 Strategic Concept")));
    d.addEvent(event("alliance-operation", "ALLIANCE", "Operation Long Watch", EventKind.OPERATION, "2001-10",
        "2014-12", List.of("security assistance")));
    d.addEvent(Event.builder().from(event("union-2020-withdrawal", "UNION", "Withdrawal of the United Kingdom",
        EventKind.DECLARATION, "2020-01-31", null, List.of("withdrawal"))).addParticipant(CountryCode.of("GBR"))
        .build());

    d.addInitiative(Initiative.builder().id("world-climate").organisation(OrganisationId.of("WORLD"))
        .name("Climate and Security").launched(PartialDate.parse("2019-09")).addSupporters(CountryCode.of("FRA"),
            CountryCode.of("DEU"), CountryCode.of("BEL")).addSource(WORLD_PAGE).build());
    d.addInitiative(Initiative.builder().id("world-cyber").organisation(OrganisationId.of("WORLD"))
        .name("Call for Cyber Peace").addSupporters(CountryCode.of("FRA"), CountryCode.of("NLD"))
        .addSource(SEED).build());

    d.addDocument(document("alliance-treaty", DocumentKind.TREATY, "Alliance Treaty", "1949-04-04", null));
    d.addDocument(document("alliance-sc-1991", DocumentKind.STRATEGIC_CONCEPT, "New Strategic Concept", "1991-11",
        null));
    d.addDocument(document("alliance-sc-1999", DocumentKind.STRATEGIC_CONCEPT, "Strategic Concept", "1999-04-24",
        "alliance-1999-summit"));
    d.addDocument(document("alliance-sc-2022", DocumentKind.STRATEGIC_CONCEPT, "2022 Strategic Concept",
        "2022-06-29", "alliance-2022-summit"));

    d.addOffice(office("Anna Holder", "NLD", "2004-01-01", "2009-07-31"));
    d.addOffice(office("Bert Holder", "DEU", "2009-08-01", "2014-09-30"));
    d.addOffice(office("Carla Holder", "BEL", "2014-10-01", null));
    return d.build();
  }

  private static Event event(String id, String organisation, String title, EventKind kind, String start,
      String end, List<String> topics) {
    Event.Builder b = Event.builder().id(id).organisation(OrganisationId.of(organisation)).title(title).kind(kind)
        .start(PartialDate.parse(start)).addAllTopics(topics).addSource(organisation.equals("ALLIANCE")
            ? ALLIANCE_PAGE : UNION_PAGE);
    if (end != null) {
      b.end(PartialDate.parse(end));
    }
    return b.build();
  }

  private static Document document(String id, DocumentKind kind, String title, String adopted, String event) {
    Document.Builder b = Document.builder().id(id).organisation(OrganisationId.of("ALLIANCE")).kind(kind)
        .title(title).adopted(PartialDate.parse(adopted)).addSource(SEED);
    if (event != null) {
      b.event(event);
    }
    return b.build();
  }

  private static Office office(String holder, String country, String from, String to) {
    Office.Builder b = Office.builder().organisation(OrganisationId.of("ALLIANCE")).title("Secretary General")
        .holder(holder).country(CountryCode.of(country)).start(PartialDate.parse(from)).addSource(ALLIANCE_PAGE);
    if (to != null) {
      b.end(PartialDate.parse(to));
    }
    return b.build();
  }

  /** Queries over the toy dataset. */
  static Multilateral world() {
    return Multilateral.over(dataset());
  }
}
