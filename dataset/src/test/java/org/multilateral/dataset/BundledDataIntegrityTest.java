package org.multilateral.dataset;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.multilateral.core.Country;
import org.multilateral.core.CountryCode;
import org.multilateral.core.Dataset;
import org.multilateral.core.DocumentKind;
import org.multilateral.core.Episode;
import org.multilateral.core.Event;
import org.multilateral.core.EventKind;
import org.multilateral.core.Initiative;
import org.multilateral.core.Membership;
import org.multilateral.core.Office;
import org.multilateral.core.Organisation;
import org.multilateral.core.OrganisationId;
import org.multilateral.core.PartialDate;
import org.multilateral.core.Role;
import org.multilateral.core.Seat;
import org.multilateral.core.SeedExcerpt;
import org.multilateral.core.Source;
import org.multilateral.core.Spell;
import org.multilateral.core.WebPage;

/** What the bundled data promises, one sentence per check. */
@DisplayName("The bundled data")
class BundledDataIntegrityTest {

  private static final Dataset DATA = MultilateralData.bundled();
  private static final LocalDate TODAY = DATA.currentTo();
  private static final String SEED_001 = "001_c0fb550e536e8a54.txt";
  private static final String SEED_003 = "003_8ab0c2051ddd07fd.txt";

  // ------------------------------------------------------------------------------------------------ helpers

  private static OrganisationId org(String id) {
    return OrganisationId.of(id);
  }

  private static CountryCode code(String code) {
    return CountryCode.of(code);
  }

  private static Stream<Membership> memberships(String organisation) {
    return DATA.memberships().stream().filter(m -> m.organisation().equals(org(organisation)));
  }

  private static Membership membership(String country, String organisation, Role role) {
    return memberships(organisation).filter(m -> m.country().equals(code(country)) && m.role() == role)
        .findFirst().orElseThrow(() -> new AssertionError("no membership " + country + "@" + organisation
            + " as " + role.id()));
  }

  private static Set<CountryCode> fullMembersOn(String organisation, LocalDate day) {
    return memberships(organisation).filter(m -> m.role().isFullMember() && m.isInForceOn(day))
        .map(Membership::country).collect(Collectors.toSet());
  }

  private static Organisation organisation(String id) {
    return DATA.organisation(org(id)).orElseThrow();
  }

  private static Initiative initiative(String id) {
    return DATA.initiatives().stream().filter(i -> i.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no initiative " + id));
  }

  static String seedText(String file) {
    try (InputStream in = MultilateralData.class.getResourceAsStream("/org/multilateral/dataset/seeds/" + file)) {
      assertNotNull(in, "seed " + file + " is bundled");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static boolean citesSeedWith(List<Source> sources, String file, String text) {
    return sources.stream().anyMatch(s -> s instanceof SeedExcerpt e && e.file().equals(file)
        && e.excerpt().contains(text));
  }

  /** Every list of sources in the data, with a label for the fact it supports. */
  private static List<Map.Entry<String, List<Source>>> allFacts() {
    Facts facts = new Facts();
    DATA.countries().forEach(c -> facts.put("country " + c.code(), c.sources()));
    for (Organisation o : DATA.organisations()) {
      facts.put("organisation " + o.id(), o.sources());
      o.founding().forEach(m -> facts.put("founding " + o.id() + " " + m, m.sources()));
      o.seats().forEach(s -> facts.put("seat " + s.name(), s.sources()));
    }
    DATA.frameworks().forEach(f -> facts.put("framework " + f.id(), f.sources()));
    for (Membership m : DATA.memberships()) {
      facts.put("membership " + m.label(), m.sources());
      m.milestones().forEach(x -> facts.put("milestone " + m.label() + " " + x, x.sources()));
      m.episodes().forEach(x -> facts.put("episode " + m.label() + " " + x.kind(), x.sources()));
    }
    DATA.events().forEach(e -> facts.put("event " + e.id(), e.sources()));
    DATA.initiatives().forEach(i -> facts.put("initiative " + i.id(), i.sources()));
    DATA.documents().forEach(d -> facts.put("document " + d.id(), d.sources()));
    DATA.offices().forEach(o -> facts.put("office " + o.title() + " " + o.holder(), o.sources()));
    return facts;
  }

  /** Labelled lists of sources, in the order found. */
  private static final class Facts extends ArrayList<Map.Entry<String, List<Source>>> {
    private static final long serialVersionUID = 1L;

    void put(String label, List<Source> sources) {
      add(Map.entry(label, sources));
    }
  }

  private static Set<Source> allSources() {
    Set<Source> sources = new HashSet<>();
    allFacts().forEach(e -> sources.addAll(e.getValue()));
    return sources;
  }

  // ------------------------------------------------------------------------------------------------ version

  @Test
  @DisplayName("is version 2026.11.0, current to 2026-11-22")
  void versionAndDate() {
    // The data version is YEAR.MONTH.PATCH of the month the data is current to.
    java.util.regex.Matcher v = java.util.regex.Pattern.compile("(\\d{4})\\.(\\d{2})\\.(\\d+)")
        .matcher(MultilateralData.version());
    assertTrue(v.matches(), MultilateralData.version());
    assertEquals(java.time.YearMonth.from(MultilateralData.currentTo()),
        java.time.YearMonth.of(Integer.parseInt(v.group(1)), Integer.parseInt(v.group(2))));
    assertEquals(DATA.version(), MultilateralData.version());
    assertEquals(DATA.currentTo(), MultilateralData.currentTo());
  }

  // ------------------------------------------------------------------------------------------------ counts

  @ParameterizedTest(name = "{0} has {1} members on the day the data is current to")
  @CsvSource({"NATO, 32", "EU, 27", "UN, 193", "OSCE, 57", "UNSC, 15"})
  @DisplayName("member counts today")
  void memberCountsToday(String organisation, int expected) {
    assertEquals(expected, fullMembersOn(organisation, TODAY).size());
  }

  @Test
  @DisplayName("the Security Council has five permanent members on every day since the Charter entered into force")
  void fivePermanentMembersEveryDay() {
    List<Membership> permanent = memberships("UNSC").filter(m -> m.role() == Role.PERMANENT_MEMBER).toList();
    for (LocalDate day = LocalDate.of(1945, 10, 24); !day.isAfter(TODAY); day = day.plusDays(1)) {
      LocalDate d = day;
      long count = permanent.stream().filter(m -> m.isInForceOn(d)).count();
      assertEquals(5, count, "permanent members on " + day);
    }
  }

  @Test
  @DisplayName("the Security Council has ten elected members on 1 January of every year from 2000 to 2026")
  void tenElectedMembersSince2000() {
    for (int year = 2000; year <= 2026; year++) {
      LocalDate day = LocalDate.of(year, 1, 1);
      long elected = memberships("UNSC").filter(m -> m.role() == Role.ELECTED_MEMBER && m.isInForceOn(day)).count();
      assertEquals(10, elected, "elected members on " + day);
    }
  }

  // ------------------------------------------------------------------------------------------------ spells

  @Test
  @DisplayName("no two spells of one membership overlap, even in their widest reading")
  void noOverlappingSpells() {
    for (Membership m : DATA.memberships()) {
      for (int i = 0; i < m.spells().size(); i++) {
        for (int j = i + 1; j < m.spells().size(); j++) {
          assertFalse(m.spells().get(i).overlaps(m.spells().get(j)), m.label());
        }
      }
    }
  }

  @Test
  @DisplayName("no full member is, on the same day, a partner, candidate or aspirant of the same organisation")
  void fullMembershipExcludesLesserRoles() {
    for (Membership full : DATA.memberships()) {
      if (!full.role().isFullMember()) {
        continue;
      }
      DATA.memberships().stream()
          .filter(m -> !m.role().isFullMember() && m.country().equals(full.country())
              && m.organisation().equals(full.organisation()))
          .forEach(lesser -> lesser.spells().forEach(s -> full.spells().forEach(f ->
              assertFalse(s.overlaps(f), full.label() + " " + f + " and " + lesser.label() + " " + s))));
    }
  }

  @Test
  @DisplayName("no spell starts before its organisation's earliest founding date")
  void noSpellBeforeTheOrganisation() {
    for (Membership m : DATA.memberships()) {
      Optional<PartialDate> founded = organisation(m.organisation().value()).founded();
      assertTrue(founded.isPresent(), "organisation " + m.organisation() + " has a founding date");
      for (Spell s : m.spells()) {
        assertFalse(s.start().latest().isBefore(founded.get().earliest()),
            m.label() + " spell " + s + " starts before " + m.organisation() + " was founded (" + founded.get() + ")");
      }
    }
  }

  @Test
  @DisplayName("no partner's spell starts before its framework was launched")
  void noPartnerBeforeTheFramework() {
    for (Membership m : DATA.memberships()) {
      m.framework().flatMap(id -> DATA.frameworks().stream().filter(f -> f.id().equals(id)).findFirst())
          .flatMap(f -> f.launched())
          .ifPresent(launched -> m.spells().forEach(s -> assertFalse(s.start().latest().isBefore(launched.earliest()),
              m.label() + " " + s + " starts before the framework's launch " + launched)));
    }
  }

  @Test
  @DisplayName("no spell of a country lies outside that country's existence")
  void noSpellOutsideTheCountry() {
    for (Membership m : DATA.memberships()) {
      Country c = DATA.country(m.country()).orElseThrow();
      for (Spell s : m.spells()) {
        c.started().ifPresent(started -> assertFalse(s.start().latest().isBefore(started.earliest()),
            m.label() + " " + s + " starts before " + c + " existed (" + started + ")"));
        if (c.ended().isPresent()) {
          LocalDate lastPossibleDay = c.ended().get().latest();
          assertTrue(s.end().isPresent(), m.label() + " " + s + " is ongoing but " + c + " ended " + c.ended().get());
          assertFalse(s.end().get().earliest().isAfter(lastPossibleDay),
              m.label() + " " + s + " ends after " + c + " ended (" + c.ended().get() + ")");
        }
      }
    }
  }

  @Test
  @DisplayName("Yugoslavia's OSCE participation ends with Yugoslavia in 1992; the suspended seat is told in notes")
  void yugoslaviaInTheOsce() {
    Membership yug = membership("YUG", "OSCE", Role.PARTICIPATING_STATE);
    assertEquals(PartialDate.parse("1992"), yug.lastSpell().end().orElseThrow());
    assertEquals(DATA.country(code("YUG")).orElseThrow().ended(), yug.lastSpell().end());
    assertTrue(yug.note().orElseThrow().contains("suspended"));
    Membership scg = membership("SCG", "OSCE", Role.PARTICIPATING_STATE);
    assertEquals(PartialDate.parse("2000-11-10"), scg.firstSpell().start());
    assertTrue(scg.note().orElseThrow().contains("suspended"));
  }

  // ------------------------------------------------------------------------------------------------ countries

  @Test
  @DisplayName("every current state's alpha-2 and alpha-3 codes agree with the JDK's ISO 3166 data")
  void codesAgreeWithTheJdk() {
    Set<String> iso2 = Set.of(Locale.getISOCountries());
    List<String> wrong = new ArrayList<>();
    for (Country c : DATA.countries()) {
      if (c.isHistorical()) {
        continue;
      }
      if (!iso2.contains(c.alpha2()) || !new Locale("", c.alpha2()).getISO3Country().equals(c.code().value())) {
        wrong.add(c.code() + "/" + c.alpha2());
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  @DisplayName("every historical state has its ISO 3166-3 code, an end and successors that exist")
  void historicalStates() {
    // Zanzibar (1963-1964) never had an ISO code: it carries user-assigned codes (QZA, QZ, 901) that ISO will never
    // give to a country, and no former code.
    Map<String, Optional<String>> expected = Map.of("SUN", Optional.of("SUHH"), "CSK", Optional.of("CSHH"), "YUG",
        Optional.of("YUCS"), "DDR", Optional.of("DDDE"), "SCG", Optional.of("CSXX"), "YMD", Optional.of("YDYE"),
        "QZA", Optional.empty());
    for (Country c : DATA.countries().stream().filter(Country::isHistorical).toList()) {
      assertEquals(expected.get(c.code().value()), c.formerCode(), c.toString());
      assertFalse(c.successors().isEmpty(), c + " has successors");
    }
    assertEquals(expected.keySet(),
        DATA.countries().stream().filter(Country::isHistorical).map(c -> c.code().value()).collect(Collectors.toSet()));
  }

  @Test
  @DisplayName("every country code and country numeric code is used once only")
  void codesUnique() {
    Set<String> numerics = new HashSet<>();
    Set<String> alpha2 = new HashSet<>();
    for (Country c : DATA.countries().stream().filter(c -> !c.isHistorical()).toList()) {
      assertTrue(numerics.add(c.numeric()), "numeric " + c.numeric() + " of " + c);
      assertTrue(alpha2.add(c.alpha2()), "alpha-2 " + c.alpha2() + " of " + c);
    }
  }

  @Test
  @DisplayName("every country a fact names exists in the data")
  void everyReferencedCountryExists() {
    Set<CountryCode> known = DATA.countries().stream().map(Country::code).collect(Collectors.toSet());
    List<CountryCode> referenced = new ArrayList<>();
    DATA.memberships().forEach(m -> referenced.add(m.country()));
    DATA.countries().forEach(c -> referenced.addAll(c.successors()));
    DATA.events().forEach(e -> referenced.addAll(e.participants()));
    DATA.initiatives().forEach(i -> {
      referenced.addAll(i.supporters());
      referenced.addAll(i.beneficiaries());
    });
    DATA.organisations().forEach(o -> o.seats().forEach(s -> referenced.add(s.country())));
    DATA.offices().forEach(o -> o.country().ifPresent(referenced::add));
    assertEquals(List.of(), referenced.stream().filter(c -> !known.contains(c)).toList());
  }

  // ------------------------------------------------------------------------------------------------ sources

  @Test
  @DisplayName("every fact rests on a source that can stand alone: never on an encyclopedia alone")
  void everyFactHasAStandAloneSource() {
    // That every fact has a source at all is core's invariant (no builder accepts a fact without one).
    List<Map.Entry<String, List<Source>>> facts = allFacts();
    assertTrue(facts.size() > 800, "facts found: " + facts.size());
    assertEquals(List.of(), facts.stream().filter(e -> !Source.strongest(e.getValue()).canStandAlone())
        .map(Map.Entry::getKey).toList());
  }

  @Test
  @DisplayName("every web page states its tier, and a secondary source names what it is in its note or publisher")
  void webPagesHaveATier() {
    for (Source s : allSources()) {
      if (s instanceof WebPage page) {
        assertTrue(page.tier() != org.multilateral.core.SourceTier.SEED, page.id());
        assertTrue(page.citation().endsWith("[" + page.tier().id() + "]"), page.citation());
      }
    }
  }

  @Test
  @DisplayName("every source id names one source only")
  void sourceIdsUnique() {
    Map<String, Source> byId = new HashMap<>();
    for (Source s : allSources()) {
      Source previous = byId.put(s.id(), s);
      assertTrue(previous == null || previous.equals(s), "source id " + s.id());
    }
  }

  @Test
  @DisplayName("every web page was consulted on or before the day the data is current to")
  void webPagesRetrieved() {
    for (Source s : allSources()) {
      if (s instanceof WebPage page) {
        assertFalse(page.retrieved().isAfter(TODAY), page.id());
      }
    }
  }

  @Test
  @DisplayName("every seed excerpt is found verbatim, within one line, in its seed file")
  void everySeedExcerptFound() {
    List<String> missing = new ArrayList<>();
    for (Source s : allSources()) {
      if (s instanceof SeedExcerpt e) {
        String text = seedText(e.file());
        if (!text.contains(e.excerpt()) || e.excerpt().contains("\n")) {
          missing.add(e.id());
        }
      }
    }
    assertEquals(List.of(), missing);
    assertTrue(allSources().stream().filter(SeedExcerpt.class::isInstance).count() > 50);
  }

  @Test
  @DisplayName("the seeds bundled in the jar are the project's seed files, byte for byte")
  void bundledSeedsEqualTheProjectSeeds() throws IOException {
    Path seeds = Path.of(System.getProperty("basedir", "."), "..", "seeds");
    List<Path> files;
    try (Stream<Path> list = Files.list(seeds)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    assertEquals(3, files.size());
    for (Path file : files) {
      try (InputStream in = MultilateralData.class.getResourceAsStream(
          "/org/multilateral/dataset/seeds/" + file.getFileName())) {
        assertNotNull(in, file.getFileName().toString());
        assertArrayEquals(Files.readAllBytes(file), in.readAllBytes(), file.getFileName().toString());
      }
    }
  }

  @Test
  @DisplayName("every goal and theme is in the words of a seed its organisation cites")
  void goalsAndThemesVerbatim() {
    for (Organisation o : DATA.organisations()) {
      List<String> texts = new ArrayList<>(o.goals());
      texts.addAll(o.themes());
      for (String text : texts) {
        boolean found = o.sources().stream().anyMatch(s -> s instanceof SeedExcerpt e
            && seedText(e.file()).contains(text));
        assertTrue(found, o.id() + ": '" + text + "'");
      }
    }
  }

  // ------------------------------------------------------------------------------------------------ successions

  @Nested
  @DisplayName("successions")
  class Successions {

    @Test
    @DisplayName("Germany is one continuous state: one unbroken spell in NATO (from 1955), the EU, the UN and the OSCE")
    void germanyContinuous() {
      Country deu = DATA.country(code("DEU")).orElseThrow();
      assertFalse(deu.isHistorical());
      for (String organisation : List.of("NATO", "EU", "UN", "OSCE")) {
        Membership m = memberships(organisation).filter(x -> x.country().equals(deu.code()) && x.role().isFullMember())
            .findFirst().orElseThrow();
        assertEquals(1, m.spells().size(), m.label());
        assertTrue(m.firstSpell().isOngoing(), m.label());
        assertTrue(m.isInForceOn(LocalDate.of(1990, 10, 2)) && m.isInForceOn(LocalDate.of(1990, 10, 3)), m.label());
      }
      assertEquals(PartialDate.parse("1955-05-06"), membership("DEU", "NATO", Role.MEMBER).firstSpell().start());
    }

    @Test
    @DisplayName("the GDR's memberships end on 2 October 1990, its last day, and Germany succeeds it")
    void gdr() {
      Country ddr = DATA.country(code("DDR")).orElseThrow();
      assertEquals(PartialDate.parse("1990-10-02"), ddr.ended().orElseThrow());
      assertEquals(List.of(code("DEU")), ddr.successors());
      for (String organisation : List.of("UN", "OSCE")) {
        Membership m = memberships(organisation).filter(x -> x.country().equals(ddr.code())).findFirst().orElseThrow();
        assertTrue(m.isInForceOn(LocalDate.of(1990, 10, 2)), m.label());
        assertFalse(m.isInForceOn(LocalDate.of(1990, 10, 3)), m.label());
      }
      assertTrue(memberships("NATO").noneMatch(m -> m.country().equals(ddr.code())), "the GDR was never an Ally");
    }

    @Test
    @DisplayName("the Soviet Union's UN and Security Council seat passes to Russia on 24 December 1991, with no gap")
    void sovietUnionToRussia() {
      assertTrue(DATA.country(code("SUN")).orElseThrow().successors().contains(code("RUS")));
      for (String organisation : List.of("UN", "UNSC")) {
        Role role = organisation.equals("UN") ? Role.FOUNDING_MEMBER : Role.PERMANENT_MEMBER;
        Membership sun = membership("SUN", organisation, role);
        Membership rus = membership("RUS", organisation, role);
        assertEquals(PartialDate.parse("1991-12-23"), sun.lastSpell().end().orElseThrow());
        assertEquals(PartialDate.parse("1991-12-24"), rus.firstSpell().start());
        assertEquals("succeeded", rus.firstSpell().startKind().id());
        assertTrue(sun.isInForceOn(LocalDate.of(1991, 12, 23)) && !sun.isInForceOn(LocalDate.of(1991, 12, 24)));
        assertTrue(rus.isInForceOn(LocalDate.of(1991, 12, 24)) && !rus.isInForceOn(LocalDate.of(1991, 12, 23)));
      }
    }

    @Test
    @DisplayName("Czechoslovakia ends on 31 December 1992; Czechia and Slovakia succeed it")
    void czechoslovakia() {
      Country csk = DATA.country(code("CSK")).orElseThrow();
      assertEquals(PartialDate.parse("1992-12-31"), csk.ended().orElseThrow());
      assertEquals(Set.of(code("CZE"), code("SVK")), Set.copyOf(csk.successors()));
      assertEquals(PartialDate.parse("1992-12-31"),
          membership("CSK", "UN", Role.FOUNDING_MEMBER).lastSpell().end().orElseThrow());
      for (String successor : List.of("CZE", "SVK")) {
        assertEquals(PartialDate.parse("1993-01-19"), membership(successor, "UN", Role.MEMBER).firstSpell().start());
        assertEquals(PartialDate.parse("1993-01-01"),
            membership(successor, "OSCE", Role.PARTICIPATING_STATE).firstSpell().start());
      }
    }

    @Test
    @DisplayName("the UK was an EU member on 31 January 2020 and not on 1 February 2020")
    void brexit() {
      Membership gbr = membership("GBR", "EU", Role.MEMBER);
      assertEquals(PartialDate.parse("2020-01-31"), gbr.lastSpell().end().orElseThrow());
      assertTrue(gbr.isInForceOn(LocalDate.of(2020, 1, 31)));
      assertFalse(gbr.isInForceOn(LocalDate.of(2020, 2, 1)));
    }

    @Test
    @DisplayName("France's 1966-2009 absence from NATO's integrated command is an episode, not a gap")
    void franceEpisode() {
      Membership fra = membership("FRA", "NATO", Role.FOUNDING_MEMBER);
      assertEquals(1, fra.spells().size());
      assertTrue(fra.isInForceOn(LocalDate.of(1980, 1, 1)));
      Episode episode = fra.episodes().stream().filter(e -> e.kind().equals("outside-integrated-military-command"))
          .findFirst().orElseThrow();
      assertEquals(PartialDate.parse("1966"), episode.start());
      assertEquals(PartialDate.parse("2009"), episode.end().orElseThrow());
    }

    @Test
    @DisplayName("Greece's 1974-1980 absence from NATO's military structure is an episode, not a gap")
    void greeceEpisode() {
      Membership grc = membership("GRC", "NATO", Role.MEMBER);
      assertEquals(1, grc.spells().size());
      assertTrue(grc.isInForceOn(LocalDate.of(1977, 1, 1)));
      assertEquals(1, grc.episodes().size());
    }
  }

  // ------------------------------------------------------------------------------------------------ Belgium

  @Nested
  @DisplayName("Belgium's roles from the seeds")
  class Belgium {

    @ParameterizedTest(name = "Belgium is a founding member of {0}")
    @CsvSource({"UN", "EU", "NATO"})
    void foundingMember(String organisation) {
      Membership m = membership("BEL", organisation, Role.FOUNDING_MEMBER);
      assertTrue(m.isInForceOn(TODAY));
    }

    @Test
    @DisplayName("Belgium was an elected member of the Security Council from 1 January 2019 to 31 December 2020")
    void securityCouncil2019() {
      Membership m = membership("BEL", "UNSC", Role.ELECTED_MEMBER);
      assertTrue(m.spells().stream().anyMatch(s -> s.start().equals(PartialDate.parse("2019-01-01"))
          && s.end().equals(Optional.of(PartialDate.parse("2020-12-31")))));
    }

    @Test
    @DisplayName("Belgium hosts NATO Headquarters in Brussels (Evere) and SHAPE in Mons, as seed 003 says")
    void natoSeats() {
      List<Seat> seats = organisation("NATO").seats();
      assertEquals(List.of("Brussels (Evere)", "Mons"), seats.stream().map(Seat::place).toList());
      for (Seat seat : seats) {
        assertEquals(code("BEL"), seat.country());
        assertTrue(citesSeedWith(seat.sources(), SEED_003, seat.place()), seat.name());
      }
      assertTrue(seats.get(1).name().contains("SHAPE"));
    }

    @Test
    @DisplayName("Belgium funds NATO capacity building with Iraq, Tunisia, Jordan and Mauritania, as seed 003 says")
    void capacityBuilding() {
      Initiative dcb = initiative("nato-dcb");
      assertEquals(org("NATO"), dcb.organisation());
      assertEquals(List.of(code("BEL")), dcb.supporters());
      assertEquals(List.of(code("IRQ"), code("TUN"), code("JOR"), code("MRT"), code("GEO"), code("MDA")),
          dcb.beneficiaries());
      assertTrue(citesSeedWith(dcb.sources(), SEED_003, "For Moldova and Georgia, our country is also contributing"
          + " tailored support"));
      assertTrue(citesSeedWith(dcb.sources(), SEED_003, "Belgium contributes to the funding of programmes with Iraq,"
          + " Tunisia, Jordan and Mauritania."));
      assertEquals(PartialDate.parse("2014-09"), dcb.launched().orElseThrow());
    }
  }

  // ------------------------------------------------------------------------------------------------ NATO

  @Nested
  @DisplayName("NATO")
  class Nato {

    @Test
    @DisplayName("has the twelve founders, in force from 24 August 1949 and signed on 4 April 1949")
    void founders() {
      List<Membership> founders = memberships("NATO").filter(m -> m.role() == Role.FOUNDING_MEMBER).toList();
      assertEquals(12, founders.size());
      for (Membership m : founders) {
        assertEquals(PartialDate.parse("1949-08-24"), m.firstSpell().start(), m.label());
        assertTrue(m.milestones().stream().anyMatch(x -> x.date().equals(PartialDate.parse("1949-04-04"))),
            m.label());
      }
    }

    @Test
    @DisplayName("has its three core tasks as goals")
    void coreTasks() {
      assertEquals(List.of("deterrence and defence", "crisis prevention and management", "cooperative security"),
          organisation("NATO").goals());
    }

    @ParameterizedTest(name = "has Article {0} of the North Atlantic Treaty, with a summary")
    @CsvSource({"5", "10"})
    void articles(String number) {
      var article = DATA.documents().stream().filter(d -> d.id().equals("nato-article-" + number)).findFirst()
          .orElseThrow();
      assertEquals(DocumentKind.ARTICLE, article.kind());
      assertTrue(article.summary().isPresent());
      assertTrue(citesSeedWith(article.sources(), SEED_003, "Article " + number + " of the North Atlantic Treaty"));
    }

    @Test
    @DisplayName("has the operations the seed names: Afghanistan 2001-2021, Kosovo and Iraq (ongoing)")
    void operations() {
      List<Event> operations = DATA.events().stream().filter(e -> e.kind() == EventKind.OPERATION).toList();
      Event afghanistan = operations.stream().filter(e -> e.place().orElse("").equals("Afghanistan")).findFirst()
          .orElseThrow();
      assertEquals(PartialDate.parse("2001"), afghanistan.start());
      assertEquals(PartialDate.parse("2021"), afghanistan.end().orElseThrow());
      Predicate<String> ongoingIn = place -> operations.stream()
          .anyMatch(e -> e.place().orElse("").startsWith(place) && e.end().isEmpty());
      assertTrue(ongoingIn.test("Kosovo"));
      assertTrue(ongoingIn.test("Iraq"));
    }

    @Test
    @DisplayName("has the Human Security Approach with its five pillars and WPS with its three principles")
    void humanSecurityAndWps() {
      assertEquals(5, initiative("nato-human-security-approach").aims().size());
      List<String> wps = initiative("nato-women-peace-security").aims();
      assertEquals(List.of("Integration", "Inclusion", "Integrity"),
          wps.stream().map(a -> a.substring(0, a.indexOf(','))).toList());
      for (String aim : initiative("nato-human-security-approach").aims()) {
        assertTrue(seedText(SEED_003).contains(aim), aim);
      }
      for (String aim : wps) {
        assertTrue(seedText(SEED_003).contains(aim), aim);
      }
    }

    @Test
    @DisplayName("has the High-Level Task Force on Conventional Arms Control")
    void hltf() {
      assertEquals("High-Level Task Force on Conventional Arms Control",
          initiative("nato-hltf-conventional-arms-control").name());
    }

    @Test
    @DisplayName("has its Secretaries General in order, each term ending before or on the day the next begins")
    void secretariesGeneral() {
      List<Office> terms = DATA.offices().stream()
          .filter(o -> o.organisation().equals(org("NATO")) && o.title().equals("Secretary General")).toList();
      assertTrue(terms.size() >= 13, "terms: " + terms.size());
      for (int i = 1; i < terms.size(); i++) {
        Office previous = terms.get(i - 1);
        Office next = terms.get(i);
        assertTrue(previous.end().isPresent(), previous.holder());
        assertFalse(previous.end().get().earliest().isAfter(next.start().latest()),
            previous.holder() + " ends after " + next.holder() + " begins");
      }
      assertEquals(PartialDate.parse("2014-10-01"),
          terms.stream().filter(o -> o.holder().equals("Jens Stoltenberg")).findFirst().orElseThrow().start());
    }

    @Test
    @DisplayName("has the eight Strategic Concepts")
    void strategicConcepts() {
      assertEquals(8, DATA.documents().stream().filter(d -> d.kind() == DocumentKind.STRATEGIC_CONCEPT).count());
    }
  }

  // ------------------------------------------------------------------------------------------------ A4M

  @Nested
  @DisplayName("the Alliance for Multilateralism")
  class A4m {

    @Test
    @DisplayName("has its three goals and seven themes, verbatim from seed 001")
    void goalsAndThemes() {
      Organisation a4m = organisation("A4M");
      assertEquals(3, a4m.goals().size());
      assertEquals(7, a4m.themes().size());
      for (String text : a4m.goals()) {
        assertTrue(citesSeedWith(a4m.sources(), SEED_001, text), text);
      }
    }

    @Test
    @DisplayName("has no membership list, only named participants per event")
    void noMembershipList() {
      assertEquals(0, memberships("A4M").count());
    }

    @Test
    @DisplayName("has the dated events of seed 001, the 25 September 2020 one with its five co-organisers")
    void events() {
      Map<String, Event> byDay = DATA.events().stream().filter(e -> e.organisation().equals(org("A4M")))
          .collect(Collectors.toMap(e -> e.start().toString(), e -> e, (a, b) -> a));
      for (String day : List.of("2019-04-02", "2020-04-16", "2020-09-25", "2020-11-12", "2021-02-24")) {
        assertTrue(byDay.containsKey(day), day);
      }
      assertTrue(byDay.get("2020-09-25").participants().containsAll(
          Arrays.stream("CAN MEX CHL SGP GHA".split(" ")).map(CountryCode::of).toList()));
      assertTrue(byDay.get("2021-02-24").topics().containsAll(List.of("Cyberspace and climate change",
          "New challenges for human rights")));
    }
  }
}
