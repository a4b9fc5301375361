package org.multilateral.dataset;

import static org.quicktheories.generators.SourceDSL.longs;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.multilateral.core.Coverage;
import org.multilateral.core.Identifier;
import org.multilateral.core.CountryName;
import org.multilateral.core.FactKind;
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
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of valid {@link Dataset}s with every core type and every optional part, present or
 * absent, and text with quotes, escapes, control characters and characters outside ASCII.
 *
 * <p>QuickTheories draws one seed per example and a dataset is built from it with a {@link SplittableRandom}: a
 * dataset takes hundreds of random choices, and drawing each through QuickTheories would cost more than loading the
 * dataset. A failing example is reported with the dataset, so it can be reproduced from the report.
 */
final class DatasetGenerator {

  private DatasetGenerator() {}

  /** The same kind of seat: the same role, or both full membership. */
  private static boolean sameKind(Role a, Role b) {
    return a == b || (a.isFullMember() && b.isFullMember());
  }

  private static final List<String> PIECES = List.of("a", "Z", "0", " ", "-", "\"", "\\", "/", "'", "\n", "\t",
      "\u0000", "\u001f", "é", "ü", "ß", "Ω", "’", "€", "中", "😀", "$", "{", "}", "[", ":", ",", "</script>",
      "\u2028", "null", "true", "1e9");

  /** Random choices from one seed. */
  static final class Draw {
    private final SplittableRandom random;

    Draw(long seed) {
      random = new SplittableRandom(seed);
    }

    int between(int from, int to) {
      return random.nextInt(from, to + 1);
    }

    boolean chance() {
      return random.nextBoolean();
    }

    <T> T pick(List<T> from) {
      return from.get(random.nextInt(from.size()));
    }

    <E extends Enum<E>> E pick(E[] from) {
      return from[random.nextInt(from.length)];
    }

    /** Any text, possibly empty or blank. */
    String text() {
      StringBuilder b = new StringBuilder();
      for (int n = between(0, 6); n > 0; n--) {
        b.append(pick(PIECES));
      }
      return b.toString();
    }

    /** Text that is not blank, for required fields. */
    String words() {
      return "T" + text();
    }

    PartialDate date(int fromYear, int toYear) {
      int year = between(fromYear, toYear);
      int month = between(1, 12);
      switch (between(0, 2)) {
        case 0:
          return PartialDate.of(java.time.Year.of(year));
        case 1:
          return PartialDate.of(java.time.YearMonth.of(year, month));
        default:
          return PartialDate.of(year, month, between(1, java.time.YearMonth.of(year, month).lengthOfMonth()));
      }
    }

    PartialDate date() {
      return date(1900, 2100);
    }

    /** Up to {@code max} distinct values of {@code from}: a fact lists each value once. */
    <T> List<T> some(List<T> from, int max) {
      java.util.LinkedHashSet<T> out = new java.util.LinkedHashSet<>();
      for (int n = between(0, max); n > 0 && !from.isEmpty(); n--) {
        out.add(pick(from));
      }
      return new ArrayList<>(out);
    }

    List<String> texts() {
      List<String> out = new ArrayList<>();
      for (int n = between(0, 3); n > 0; n--) {
        out.add(text());
      }
      return out;
    }
  }

  /** Any text, possibly empty or blank. */
  static final Gen<String> TEXT = longs().all().map(seed -> new Draw(seed).text());

  static final Gen<PartialDate> DATES = longs().all().map(seed -> new Draw(seed).date());

  /** Datasets whose facts cite a shared pool of sources and refer only to what they hold. */
  static final Gen<Dataset> DATASETS = longs().all().map(seed -> dataset(new Draw(seed)));

  static Dataset dataset(Draw in) {
    List<Source> pool = new ArrayList<>();
    int sources = in.between(1, 4);
    for (int i = 0; i < sources; i++) {
      if (in.chance()) {
        // A real excerpt of a bundled seed: a loader checks that the excerpt is in its seed, word for word.
        String[][] excerpts = {{"003_8ab0c2051ddd07fd.txt", "Eight Strategic Concepts have been created since 1949."},
            {"001_c0fb550e536e8a54.txt", "Alliance for Multilateralism"}, {"000_cb242656d290b756.txt", "Belgium"}};
        String[] e = excerpts[in.between(0, excerpts.length - 1)];
        pool.add(SeedExcerpt.builder().id("seed-" + i + in.text()).file(e[0]).excerpt(e[1]).build());
      } else {
        WebPage.Builder page = WebPage.builder().id("page-" + i + in.text())
            .url(URI.create("https://example.org/p" + i + "?q=" + i + "&r=%C3%A9"))
            .publisher(in.words()).title(in.words())
            .retrieved(LocalDate.of(2000, 1, 1).plusDays(in.between(0, 10_000)))
            .tier(org.multilateral.core.SourceTier.values()[in.between(1, 3)]);
        if (in.chance()) {
          page.note(in.text());
        }
        pool.add(page.build());
      }
    }
    // Each fact cites one to three distinct sources of the pool.
    java.util.function.Supplier<List<Source>> cite = () -> {
      java.util.LinkedHashSet<Source> out = new java.util.LinkedHashSet<>(in.some(pool, 2));
      out.add(in.pick(pool));
      return List.copyOf(out);
    };

    // Countries, some historical with successors among the others.
    List<CountryCode> codes = new ArrayList<>();
    int countries = in.between(1, 5);
    for (int i = 0; i < countries; i++) {
      codes.add(CountryCode.of("Q" + (char) ('A' + i) + (char) ('A' + in.between(0, 25))));
    }
    // Codes and names find one country: alpha-2, numeric code and name are each unique.
    List<Country> countryList = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      CountryCode code = codes.get(i);
      Country.Builder c = Country.builder().code(code).alpha2("Q" + code.value().charAt(1))
          .numeric(String.format("%03d", in.between(0, 99) * 10 + i)).name("T" + i + in.text())
          .sources(cite.get());
      if (in.chance()) {
        // A historical state ended after every spell the generator lays out (they end by 1959).
        PartialDate ended = in.date(1990, 2000);
        c.ended(ended).formerCode("QQ" + code.value().substring(1));
        List<CountryCode> others = codes.stream().filter(x -> !x.equals(code)).toList();
        c.successors(new ArrayList<>(new HashSet<>(in.some(others, 2))));
        if (in.chance()) {
          c.started(in.date(1850, 1899));
        }
      }
      if (in.chance()) {
        c.addIdentifier(Identifier.builder().scheme(Identifier.Scheme.WIKIDATA).value("Q" + (100 + i))
            .sources(cite.get()).build());
        c.addIdentifier(Identifier.builder().scheme(Identifier.Scheme.COW_STATE_CODE).value(String.valueOf(200 + i))
            .to(in.date(1950, 1989)).sources(cite.get()).build());
      }
      if (in.chance()) {
        CountryName.Builder name = CountryName.builder().name("N" + i + in.text())
            .kind(in.pick(CountryName.Kind.values())).sources(cite.get());
        if (in.chance()) {
          name.until(in.date(1950, 1989));
        }
        c.addOtherName(name.build());
      }
      countryList.add(c.build());
    }

    // Organisations; an organ names an earlier organisation as its parent.
    List<Organisation> organisations = new ArrayList<>();
    int orgs = in.between(1, 3);
    for (int i = 0; i < orgs; i++) {
      OrganisationKind kind = i == 0 ? in.pick(List.of(OrganisationKind.MILITARY_ALLIANCE,
          OrganisationKind.INFORMAL_ALLIANCE)) : in.pick(OrganisationKind.values());
      Organisation.Builder o = Organisation.builder().id(OrganisationId.of("ORG" + i)).kind(kind)
          .name(in.words()).frenchName(in.words()).sources(cite.get())
          .goals(in.texts()).themes(in.texts());
      if (kind == OrganisationKind.ORGAN) {
        o.parent(OrganisationId.of("ORG0"));
      }
      for (int a = 0, count = in.between(0, 3); a < count; a++) {
        o.addAlias("alias-" + i + "-" + a);
      }
      for (int m = 0, count = in.between(0, 3); m < count; m++) {
        o.addFounding(milestone(in, cite, in.date(1800, 1899)));
      }
      for (int s = 0, count = in.between(0, 3); s < count; s++) {
        o.addSeat(Seat.builder().name(in.words()).place(in.words()).country(in.pick(codes))
            .sources(cite.get()).build());
      }
      if (in.chance()) {
        o.headquarters(in.text());
      }
      if (in.chance()) {
        o.website(URI.create("https://org" + i + ".example.org/"));
      }
      for (int c = 0, count = in.between(0, 2); c < count; c++) {
        Coverage.Builder coverage = Coverage.builder().from(LocalDate.of(1900, 1, 1).plusDays(in.between(0, 20_000)));
        if (in.chance()) {
          coverage.addRoles(in.pick(Role.values()));
        } else {
          coverage.addFacts(in.pick(FactKind.values()));
        }
        if (in.chance()) {
          coverage.to(LocalDate.of(1960, 1, 1).plusDays(in.between(0, 20_000)));
        }
        if (in.chance()) {
          coverage.note(in.text());
        }
        o.addCoverage(coverage.build());
      }
      organisations.add(o.build());
    }
    List<OrganisationId> orgIds = organisations.stream().map(Organisation::id).toList();

    List<PartnershipFramework> frameworks = new ArrayList<>();
    for (int i = 0, count = in.between(0, 3); i < count; i++) {
      PartnershipFramework.Builder f = PartnershipFramework.builder().id("FW-" + i + in.text())
          .organisation(in.pick(orgIds)).name(in.words()).sources(cite.get());
      if (in.chance()) {
        f.launched(in.date());
      }
      frameworks.add(f.build());
    }

    // Memberships: one per country, organisation and role (and framework); spells in separate decades.
    List<Membership> memberships = new ArrayList<>();
    Set<String> labels = new HashSet<>();
    for (int i = 0, count = in.between(0, 6); i < count; i++) {
      OrganisationId org = in.pick(orgIds);
      List<PartnershipFramework> own = frameworks.stream().filter(f -> f.organisation().equals(org)).toList();
      Role role = in.pick(Role.values());
      if (role == Role.PARTNER && own.isEmpty()) {
        role = Role.MEMBER;
      }
      CountryCode country = in.pick(codes);
      Role asked = role;
      if (role.isFullMember() && memberships.stream().anyMatch(x -> x.country().equals(country)
          && x.organisation().equals(org) && x.role().isFullMember() && x.role() != asked)) {
        continue; // one full membership of an organisation at a time
      }
      boolean ended = countryList.stream().anyMatch(c -> c.code().equals(country) && c.isHistorical());
      Membership.Builder m = Membership.builder().country(country).organisation(org).role(role)
          .sources(cite.get());
      if (role == Role.PARTNER) {
        m.framework(in.pick(own).id());
      }
      int spells = in.between(1, 3);
      List<Spell> spellList = new ArrayList<>();
      for (int s = 0; s < spells; s++) {
        int decade = 1900 + 20 * s;
        Spell.Builder spell = Spell.builder().start(in.date(decade, decade + 4)).startKind(in.pick(DateKind.values()));
        if (s < spells - 1 || ended || in.chance()) {
          spell.end(in.date(decade + 5, decade + 9)).endKind(in.pick(DateKind.values()));
        }
        if (in.chance()) {
          spell.note(in.text());
        }
        Spell built = spell.build();
        spellList.add(built);
      }
      m.spells(spellList);
      for (int x = 0, milestones = in.between(0, 3); x < milestones; x++) {
        m.addMilestone(milestone(in, cite, in.date()));
      }
      if (in.chance()) {
        Spell during = in.pick(spellList);
        Episode.Builder e = Episode.builder().kind("kind-" + in.between(0, 9))
            .start(during.start()).description(in.words()).sources(cite.get());
        during.end().ifPresent(e::end);
        m.addEpisode(e.build());
      }
      if (in.chance()) {
        m.note(in.text());
      }
      Membership built = m.build();
      if (labels.add(built.label())) {
        memberships.add(built);
      }
    }
    // Seats held in continuity: a membership's first spell continues another country's seat of the same kind in the
    // same organisation, where no membership of that kind of the predecessor is certainly in force on its first day.
    for (int i = 0; i < memberships.size(); i++) {
      Membership m = memberships.get(i);
      if (!in.chance()) {
        continue;
      }
      Spell first = m.firstSpell();
      Optional<CountryCode> predecessor = memberships.stream()
          .filter(o -> o.organisation().equals(m.organisation()) && !o.country().equals(m.country()))
          .map(Membership::country).distinct()
          .filter(c -> memberships.stream().filter(o -> o.country().equals(c) && o.organisation()
                  .equals(m.organisation()) && sameKind(o.role(), m.role()))
              .flatMap(o -> o.spells().stream()).noneMatch(x -> x.isInForceOn(first.firstDay())))
          .findFirst();
      if (predecessor.isPresent()) {
        List<Spell> spells = new ArrayList<>(m.spells());
        spells.set(0, Spell.builder().from(first).continues(predecessor.get()).build());
        memberships.set(i, Membership.builder().from(m).spells(spells).build());
      }
    }

    List<Event> events = new ArrayList<>();
    for (int i = 0, count = in.between(0, 3); i < count; i++) {
      PartialDate start = in.date(1950, 2000);
      Event.Builder e = Event.builder().id("event-" + i + in.text()).organisation(in.pick(orgIds))
          .title(in.words()).kind(in.pick(EventKind.values())).start(start)
          .topics(in.texts()).participants(in.some(codes, 3)).sources(cite.get());
      if (in.chance()) {
        e.end(in.date(2001, 2020));
      }
      if (in.chance()) {
        e.place(in.text());
      }
      events.add(e.build());
    }
    List<String> eventIds = events.stream().map(Event::id).toList();

    List<Initiative> initiatives = new ArrayList<>();
    for (int i = 0, count = in.between(0, 3); i < count; i++) {
      Initiative.Builder b = Initiative.builder().id("initiative-" + i).organisation(in.pick(orgIds))
          .name(in.words()).aims(in.texts()).supporters(in.some(codes, 2))
          .beneficiaries(in.some(codes, 2)).sources(cite.get());
      if (in.chance()) {
        b.launched(in.date());
      }
      initiatives.add(b.build());
    }

    List<Document> documents = new ArrayList<>();
    for (int i = 0, count = in.between(0, 3); i < count; i++) {
      Document.Builder b = Document.builder().id("document-" + i).organisation(in.pick(orgIds))
          .title(in.words()).kind(in.pick(DocumentKind.values())).sources(cite.get());
      if (in.chance()) {
        b.adopted(in.date());
      }
      if (!eventIds.isEmpty() && in.chance()) {
        b.event(in.pick(eventIds));
      }
      if (in.chance()) {
        b.summary(in.text());
      }
      documents.add(b.build());
    }

    List<Office> offices = new ArrayList<>();
    for (int i = 0, count = in.between(0, 3); i < count; i++) {
      Office.Builder b = Office.builder().organisation(in.pick(orgIds)).title(in.words())
          .holder(in.words()).start(in.date(1950, 1999)).sources(cite.get());
      if (in.chance()) {
        b.country(in.pick(codes));
      }
      if (in.chance()) {
        b.end(in.date(2000, 2020));
      }
      offices.add(b.build());
    }

    return Dataset.builder().version(in.words()).currentTo(LocalDate.of(2026, 11, 22)
            .minusDays(in.between(0, 5000)))
        .addAllCountries(countryList).addAllOrganisations(organisations).addAllFrameworks(frameworks)
        .addAllMemberships(memberships).addAllEvents(events).addAllInitiatives(initiatives)
        .addAllDocuments(documents).addAllOffices(offices).build();
  }

  private static Milestone milestone(Draw in, java.util.function.Supplier<List<Source>> cite, PartialDate date) {
    Milestone.Builder m = Milestone.builder().date(date).kind(in.pick(DateKind.values()))
        .sources(cite.get());
    if (in.chance()) {
      m.document(in.text());
    }
    if (in.chance()) {
      m.note(in.text());
    }
    return m.build();
  }
}
