package org.multilateral.dataset.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.multilateral.core.Coverage;
import org.multilateral.core.Identifier;
import org.multilateral.core.CountryName;
import org.multilateral.core.FactKind;
import org.multilateral.core.SourceTier;
import org.multilateral.core.InvalidFactException;
import org.multilateral.core.internal.NameKey;
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
import org.multilateral.core.internal.Suggestions;
import org.multilateral.dataset.DataFileException;

/**
 * Turns parsed data files into one checked {@link Dataset}. Every problem is reported as a
 * {@link DataFileException} at the JSON path of the bad value; nothing is returned unless everything is good.
 *
 * <p>Sources are shared: a fact in one file may cite a source defined in another. Ids must be unique across all
 * files, and every reference must resolve within them.
 */
public final class Assembler {

  /** A parsed file and where it came from. */
  public record Parsed(Located file, Json.DataFile data) {}

  private final Map<String, Source> sources = new HashMap<>();
  private final Set<CountryCode> countryCodes = new HashSet<>();
  private final Set<OrganisationId> organisationIds = new HashSet<>();
  private final Set<String> frameworkIds = new HashSet<>();
  private final Set<String> eventIds = new HashSet<>();
  private final Set<String> initiativeIds = new HashSet<>();
  private final Set<String> documentIds = new HashSet<>();
  private final Map<String, OrganisationId> frameworkOwners = new HashMap<>();
  /** Every alias and every organisation id, lower-case, with the organisation it names. */
  private final Map<String, OrganisationId> organisationNames = new HashMap<>();
  /** Each membership's label, with the file that defines it. */
  private final Map<String, String> membershipFiles = new HashMap<>();
  private final Dataset.Builder dataset = Dataset.builder();
  /** Where each country, organisation and membership was written, by the name core's rules give it. */
  private final Map<String, Located.At> places = new HashMap<>();

  private Assembler() {}

  /**
   * The dataset made of {@code files}, in order.
   *
   * @throws DataFileException for the first problem found, naming its file and path
   */
  public static Dataset assemble(String version, LocalDate currentTo, List<Parsed> files) {
    Assembler a = new Assembler();
    a.dataset.version(version).currentTo(currentTo);
    // Ids first, so that a file may refer to what a later file defines.
    for (Parsed p : files) {
      a.collectIds(p);
    }
    for (Parsed p : files) {
      a.collectSources(p);
    }
    for (Parsed p : files) {
      a.facts(p);
    }
    try {
      return a.dataset.build();
    } catch (InvalidFactException e) {
      // A rule across records (codes and names unique, one full membership at a time, a membership within its
      // country's life...): core checks it, and this says where the record that breaks it was written.
      Located.At at = a.places.get(e.fact());
      if (at != null) {
        throw at.file().error(at.pointer(), e.getMessage().replaceFirst("^dataset: ", ""));
      }
      Located last = files.isEmpty() ? new Located("(no file)", new byte[0]) : files.get(files.size() - 1).file();
      throw last.error("", e.getMessage());
    } catch (IllegalArgumentException | IllegalStateException e) {
      // Every reference was checked with its location above; this is a backstop for anything else.
      Located last = files.isEmpty() ? new Located("(no file)", new byte[0]) : files.get(files.size() - 1).file();
      throw last.error("", e.getMessage());
    }
  }

  private void collectIds(Parsed p) {
    Json.DataFile d = p.data();
    Located f = p.file();
    forEach(f, d.countries(), "/countries", (c, at) -> {
      CountryCode code = parse(f, at + "/alpha3", () -> CountryCode.of(required(f, at, "alpha3", c.alpha3())));
      if (!countryCodes.add(code)) {
        throw f.error(at + "/alpha3", "country " + code + " is defined twice");
      }
    });
    forEach(f, d.organisations(), "/organisations", (o, at) -> {
      OrganisationId id = parse(f, at + "/id", () -> OrganisationId.of(required(f, at, "id", o.id())));
      if (!organisationIds.add(id)) {
        throw f.error(at + "/id", "organisation " + id + " is defined twice");
      }
      name(f, at + "/id", id.value(), id);
    });
    // Aliases after all ids, so that an alias may not take the name of an organisation defined later.
    forEach(f, d.organisations(), "/organisations", (o, at) -> forEach(f, o.aliases(), at + "/aliases",
        (alias, aat) -> name(f, aat, alias, OrganisationId.of(o.id()))));
    uniqueIds(f, d.frameworks(), "/frameworks", Json.Framework::id, frameworkIds, "framework");
    uniqueIds(f, d.events(), "/events", Json.Event::id, eventIds, "event");
    uniqueIds(f, d.initiatives(), "/initiatives", Json.Initiative::id, initiativeIds, "initiative");
    uniqueIds(f, d.documents(), "/documents", Json.Document::id, documentIds, "document");
  }

  /** Records {@code name} (an id or an alias) as naming {@code id}; a name may name one organisation only. */
  private void name(Located f, String at, String name, OrganisationId id) {
    OrganisationId previous = organisationNames.putIfAbsent(NameKey.of(name), id);
    if (previous != null && !previous.equals(id)) {
      throw f.error(at, "'" + name + "' already names organisation " + previous
          + "; an id or alias may name one organisation only");
    }
  }

  private static <T> void uniqueIds(Located f, List<T> list, String at, Function<T, String> id, Set<String> seen,
      String what) {
    forEach(f, list, at, (item, iat) -> {
      String value = required(f, iat, "id", id.apply(item));
      if (!seen.add(value)) {
        throw f.error(iat + "/id", what + " '" + value + "' is defined twice");
      }
    });
  }

  private void collectSources(Parsed p) {
    Located f = p.file();
    Map<String, Json.Source> defined = p.data().sources() == null ? Map.of() : p.data().sources();
    for (Map.Entry<String, Json.Source> entry : defined.entrySet()) {
      String id = entry.getKey();
      String at = "/sources/" + id.replace("~", "~0").replace("/", "~1");
      if (sources.containsKey(id)) {
        throw f.error(at, "source '" + id + "' is defined twice");
      }
      if (entry.getValue() == null) {
        throw f.error(at, "source '" + id + "' is null; expected an object");
      }
      sources.put(id, source(f, at, id, entry.getValue()));
    }
  }

  private static Source source(Located f, String at, String id, Json.Source s) {
    boolean seed = s.seed() != null || s.excerpt() != null;
    boolean web = s.url() != null || s.publisher() != null || s.title() != null || s.retrieved() != null;
    if (seed == web) {
      throw f.error(at, "a source is either a seed excerpt (seed, excerpt) or a web page (url, publisher, title,"
          + " retrieved), not " + (seed ? "both" : "neither"));
    }
    if (seed) {
      if (s.note() != null) {
        throw f.error(at + "/note", "a seed excerpt has no note");
      }
      if (s.tier() != null) {
        throw f.error(at + "/tier", "a seed excerpt has no tier: it is always 'seed'");
      }
      SeedExcerpt excerpt = check(f, at, () -> SeedExcerpt.builder().id(id)
          .file(required(f, at, "seed", s.seed()))
          .excerpt(required(f, at, "excerpt", s.excerpt()))
          .build());
      String seedText = seedText(excerpt.file());
      if (seedText == null) {
        throw f.error(at + "/seed", "unknown seed file '" + excerpt.file() + "'; the bundled seeds are "
            + String.join(", ", SEEDS) + Suggestions.didYouMean(excerpt.file(), SEEDS));
      }
      if (seedText.lines().noneMatch(line -> line.contains(excerpt.excerpt()))) {
        throw f.error(at + "/excerpt", "the excerpt is not in " + excerpt.file() + " word for word, within one line");
      }
      return excerpt;
    }
    URI url = parse(f, at + "/url", () -> {
      try {
        return new URI(required(f, at, "url", s.url()));
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("bad url: " + e.getMessage(), e);
      }
    });
    LocalDate retrieved = parse(f, at + "/retrieved", () -> {
      try {
        return LocalDate.parse(required(f, at, "retrieved", s.retrieved()));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("bad date '" + s.retrieved() + "': expected YYYY-MM-DD", e);
      }
    });
    WebPage.Builder page = WebPage.builder().id(id).url(url)
        .publisher(required(f, at, "publisher", s.publisher()))
        .title(required(f, at, "title", s.title()))
        .retrieved(retrieved)
        .tier(parse(f, at + "/tier", () -> SourceTier.fromId(required(f, at, "tier", s.tier()))));
    if (s.note() != null) {
      page.note(s.note());
    }
    return check(f, at, page::build);
  }

  /** The seed documents bundled with the data, which seed excerpts cite. */
  static final List<String> SEEDS = List.of("000_cb242656d290b756.txt", "001_c0fb550e536e8a54.txt",
      "003_8ab0c2051ddd07fd.txt");

  private static final Map<String, String> SEED_TEXTS = new java.util.concurrent.ConcurrentHashMap<>();

  /** The text of a bundled seed document, or null if there is none of that name. */
  private static String seedText(String file) {
    if (!SEEDS.contains(file)) {
      return null;
    }
    return SEED_TEXTS.computeIfAbsent(file, name -> {
      try (java.io.InputStream in = Assembler.class.getResourceAsStream("/org/multilateral/dataset/seeds/" + name)) {
        return in == null ? "" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  private void facts(Parsed p) {
    Located f = p.file();
    Json.DataFile d = p.data();
    forEach(f, d.countries(), "/countries", (c, at) -> {
      Country country = country(f, at, c);
      places.put("country " + country.code(), new Located.At(f, at));
      dataset.addCountry(country);
    });
    forEach(f, d.organisations(), "/organisations", (o, at) -> {
      Organisation organisation = organisation(f, at, o);
      places.put("organisation " + organisation.id(), new Located.At(f, at));
      dataset.addOrganisation(organisation);
    });
    forEach(f, d.frameworks(), "/frameworks", (fw, at) -> dataset.addFramework(check(f, at, () -> {
      PartnershipFramework.Builder b = PartnershipFramework.builder()
          .id(fw.id())
          .organisation(organisationRef(f, at + "/organisation", required(f, at, "organisation", fw.organisation())))
          .name(required(f, at, "name", fw.name()))
          .sources(sources(f, at, fw.sources()));
      optional(f, at + "/launched", fw.launched(), PartialDate::parse).ifPresent(b::launched);
      PartnershipFramework framework = b.build();
      frameworkOwners.put(framework.id(), framework.organisation());
      return framework;
    })));
    forEach(f, d.memberships(), "/memberships", (m, at) -> {
      Membership membership = membership(f, at, m);
      String first = membershipFiles.putIfAbsent(membership.label(), f.name());
      if (first != null) {
        throw f.error(at, "membership " + membership.label() + " is already defined"
            + (first.equals(f.name()) ? " in this file" : " in " + first) + "; put all its spells in one record");
      }
      places.put(membership.label(), new Located.At(f, at));
      dataset.addMembership(membership);
    });
    forEach(f, d.events(), "/events", (e, at) -> dataset.addEvent(event(f, at, e)));
    forEach(f, d.initiatives(), "/initiatives", (i, at) -> dataset.addInitiative(check(f, at, () -> {
      Initiative.Builder b = Initiative.builder()
          .id(required(f, at, "id", i.id()))
          .organisation(organisationRef(f, at + "/organisation", required(f, at, "organisation", i.organisation())))
          .name(required(f, at, "name", i.name()))
          .aims(strings(f, at + "/aims", i.aims()))
          .supporters(countryRefs(f, at + "/supporters", i.supporters()))
          .beneficiaries(countryRefs(f, at + "/beneficiaries", i.beneficiaries()))
          .sources(sources(f, at, i.sources()));
      optional(f, at + "/launched", i.launched(), PartialDate::parse).ifPresent(b::launched);
      return b.build();
    })));
    forEach(f, d.documents(), "/documents", (doc, at) -> dataset.addDocument(check(f, at, () -> {
      Document.Builder b = Document.builder()
          .id(required(f, at, "id", doc.id()))
          .organisation(organisationRef(f, at + "/organisation",
              required(f, at, "organisation", doc.organisation())))
          .title(required(f, at, "title", doc.title()))
          .kind(parse(f, at + "/kind", () -> DocumentKind.fromId(required(f, at, "kind", doc.kind()))))
          .sources(sources(f, at, doc.sources()));
      optional(f, at + "/adopted", doc.adopted(), PartialDate::parse).ifPresent(b::adopted);
      if (doc.event() != null) {
        if (!eventIds.contains(doc.event())) {
          throw f.error(at + "/event", "unknown event '" + doc.event() + "'");
        }
        b.event(doc.event());
      }
      if (doc.summary() != null) {
        b.summary(doc.summary());
      }
      return b.build();
    })));
    forEach(f, d.offices(), "/offices", (o, at) -> dataset.addOffice(check(f, at, () -> {
      Office.Builder b = Office.builder()
          .organisation(organisationRef(f, at + "/organisation", required(f, at, "organisation", o.organisation())))
          .title(required(f, at, "title", o.title()))
          .holder(required(f, at, "holder", o.holder()))
          .start(parse(f, at + "/from", () -> PartialDate.parse(required(f, at, "from", o.from()))))
          .sources(sources(f, at, o.sources()));
      if (o.country() != null) {
        b.country(countryRef(f, at + "/country", o.country()));
      }
      optional(f, at + "/to", o.to(), PartialDate::parse).ifPresent(b::end);
      return b.build();
    })));
  }

  private Country country(Located f, String at, Json.Country c) {
    return check(f, at, () -> {
      Country.Builder b = Country.builder()
          .code(CountryCode.of(c.alpha3()))
          .alpha2(required(f, at, "alpha2", c.alpha2()))
          .numeric(required(f, at, "numeric", c.numeric()))
          .name(required(f, at, "name", c.name()))
          .successors(countryRefs(f, at + "/successors", c.successors()))
          .sources(sources(f, at, c.sources()));
      if (c.iso3166_3() != null) {
        b.formerCode(c.iso3166_3());
      }
      optional(f, at + "/started", c.started(), PartialDate::parse).ifPresent(b::started);
      optional(f, at + "/ended", c.ended(), PartialDate::parse).ifPresent(b::ended);
      forEach(f, c.ids(), at + "/ids", (i, iat) -> b.addIdentifier(identifier(f, iat, i)));
      forEach(f, c.names(), at + "/names", (n, nat) -> b.addOtherName(check(f, nat, () -> {
        CountryName.Builder name = CountryName.builder()
            .name(required(f, nat, "name", n.name()))
            .kind(parse(f, nat + "/kind", () -> CountryName.Kind.fromId(required(f, nat, "kind", n.kind()))))
            .sources(sources(f, nat, n.sources()));
        optional(f, nat + "/from", n.from(), PartialDate::parse).ifPresent(name::from);
        optional(f, nat + "/until", n.until(), PartialDate::parse).ifPresent(name::until);
        return name.build();
      })));
      return b.build();
    });
  }

  private Identifier identifier(Located f, String at, Json.Identifier i) {
    return check(f, at, () -> {
      Identifier.Builder b = Identifier.builder()
          .scheme(parse(f, at + "/scheme", () -> Identifier.Scheme.fromId(required(f, at, "scheme", i.scheme()))))
          .value(required(f, at, "value", i.value()))
          .sources(sources(f, at, i.sources()));
      optional(f, at + "/from", i.from(), PartialDate::parse).ifPresent(b::from);
      optional(f, at + "/to", i.to(), PartialDate::parse).ifPresent(b::to);
      return b.build();
    });
  }

  private Organisation organisation(Located f, String at, Json.Organisation o) {
    return check(f, at, () -> {
      Organisation.Builder b = Organisation.builder()
          .id(OrganisationId.of(o.id()))
          .aliases(lowerCase(f, at + "/aliases", o.aliases()))
          .name(required(f, at, "name", o.name()))
          .frenchName(required(f, at, "nameFr", o.nameFr()))
          .kind(parse(f, at + "/kind", () -> OrganisationKind.fromId(required(f, at, "kind", o.kind()))))
          .founding(milestones(f, at + "/founded", o.founded()))
          .goals(strings(f, at + "/goals", o.goals()))
          .themes(strings(f, at + "/themes", o.themes()))
          .sources(sources(f, at, o.sources()));
      if (o.parent() != null) {
        b.parent(organisationRef(f, at + "/parent", o.parent()));
      }
      forEach(f, o.seats(), at + "/seats", (s, sat) -> b.addSeat(check(f, sat, () -> Seat.builder()
          .name(required(f, sat, "name", s.name()))
          .place(required(f, sat, "place", s.place()))
          .country(countryRef(f, sat + "/country", required(f, sat, "country", s.country())))
          .sources(sources(f, sat, s.sources()))
          .build())));
      if (o.headquarters() != null) {
        b.headquarters(o.headquarters());
      }
      forEach(f, o.ids(), at + "/ids", (i, iat) -> b.addIdentifier(identifier(f, iat, i)));
      forEach(f, o.coverage(), at + "/coverage", (c, cat) -> b.addCoverage(check(f, cat, () -> {
        Coverage.Builder cb = Coverage.builder()
            .from(parse(f, cat + "/from", () -> day(required(f, cat, "from", c.from()))));
        forEach(f, c.roles(), cat + "/roles", (r, rat) -> cb.addRoles(parse(f, rat, () -> Role.fromId(r))));
        forEach(f, c.facts(), cat + "/facts", (k, kat) -> cb.addFacts(parse(f, kat, () -> FactKind.fromId(k))));
        optional(f, cat + "/to", c.to(), Assembler::day).ifPresent(cb::to);
        if (c.note() != null) {
          cb.note(c.note());
        }
        return cb.build();
      })));
      if (o.website() != null) {
        b.website(parse(f, at + "/website", () -> URI.create(o.website())));
      }
      return b.build();
    });
  }

  private Membership membership(Located f, String at, Json.Membership m) {
    return check(f, at, () -> {
      Membership.Builder b = Membership.builder()
          .country(countryRef(f, at + "/country", required(f, at, "country", m.country())))
          .organisation(organisationRef(f, at + "/organisation", required(f, at, "organisation", m.organisation())))
          .role(parse(f, at + "/role", () -> Role.fromId(required(f, at, "role", m.role()))))
          .milestones(milestones(f, at + "/milestones", m.milestones()))
          .sources(sources(f, at, m.sources()));
      if (m.framework() != null) {
        OrganisationId owner = frameworkOwners.get(m.framework());
        if (owner == null) {
          throw f.error(at + "/framework", "unknown framework '" + m.framework() + "'"
              + Suggestions.didYouMean(m.framework(), frameworkIds));
        }
        if (!owner.value().equalsIgnoreCase(m.organisation().trim())) {
          throw f.error(at + "/framework", "framework '" + m.framework() + "' belongs to " + owner + ", not to "
              + m.organisation());
        }
        b.framework(m.framework());
      }
      if (m.spells() == null || m.spells().isEmpty()) {
        throw f.error(at, "missing 'spells': a membership needs at least one spell");
      }
      // Overlapping spells and episodes outside every spell are core's invariants: Membership's check rejects
      // them, and check() below reports its message at this membership's place in the file.
      List<Spell> spells = new ArrayList<>();
      forEach(f, m.spells(), at + "/spells", (s, sat) -> spells.add(spell(f, sat, s)));
      b.spells(spells);
      forEach(f, m.episodes(), at + "/episodes", (e, eat) -> b.addEpisode(check(f, eat, () -> {
        Episode.Builder eb = Episode.builder()
            .kind(required(f, eat, "kind", e.kind()))
            .start(parse(f, eat + "/from", () -> PartialDate.parse(required(f, eat, "from", e.from()))))
            .description(required(f, eat, "description", e.description()))
            .sources(sources(f, eat, e.sources()));
        optional(f, eat + "/to", e.to(), PartialDate::parse).ifPresent(eb::end);
        return eb.build();
      })));
      if (m.note() != null) {
        b.note(m.note());
      }
      return b.build();
    });
  }

  private Spell spell(Located f, String at, Json.Spell s) {
    return check(f, at, () -> {
      Spell.Builder b = Spell.builder()
          .start(parse(f, at + "/from", () -> PartialDate.parse(required(f, at, "from", s.from()))))
          .startKind(parse(f, at + "/fromKind", () -> DateKind.fromId(required(f, at, "fromKind", s.fromKind()))));
      optional(f, at + "/to", s.to(), PartialDate::parse).ifPresent(b::end);
      optional(f, at + "/toKind", s.toKind(), DateKind::fromId).ifPresent(b::endKind);
      if (s.continues() != null) {
        b.continues(countryRef(f, at + "/continues", s.continues()));
      }
      if (s.note() != null) {
        b.note(s.note());
      }
      return b.build();
    });
  }

  private Event event(Located f, String at, Json.Event e) {
    return check(f, at, () -> {
      Event.Builder b = Event.builder()
          .id(e.id())
          .organisation(organisationRef(f, at + "/organisation", required(f, at, "organisation", e.organisation())))
          .title(required(f, at, "title", e.title()))
          .kind(parse(f, at + "/kind", () -> EventKind.fromId(required(f, at, "kind", e.kind()))))
          .start(parse(f, at + "/from", () -> PartialDate.parse(required(f, at, "from", e.from()))))
          .topics(strings(f, at + "/topics", e.topics()))
          .participants(countryRefs(f, at + "/participants", e.participants()))
          .sources(sources(f, at, e.sources()));
      optional(f, at + "/to", e.to(), PartialDate::parse).ifPresent(b::end);
      if (e.place() != null) {
        b.place(e.place());
      }
      return b.build();
    });
  }

  private List<Milestone> milestones(Located f, String at, List<Json.Milestone> list) {
    List<Milestone> out = new ArrayList<>();
    forEach(f, list, at, (m, mat) -> out.add(check(f, mat, () -> {
      Milestone.Builder b = Milestone.builder()
          .date(parse(f, mat + "/date", () -> PartialDate.parse(required(f, mat, "date", m.date()))))
          .kind(parse(f, mat + "/kind", () -> DateKind.fromId(required(f, mat, "kind", m.kind()))))
          .sources(sources(f, mat, m.sources()));
      if (m.document() != null) {
        b.document(m.document());
      }
      if (m.note() != null) {
        b.note(m.note());
      }
      return b.build();
    })));
    return out;
  }

  private List<Source> sources(Located f, String at, List<String> ids) {
    if (ids == null || ids.isEmpty()) {
      throw f.error(at, "missing 'sources': every fact needs at least one source id");
    }
    List<Source> out = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      Source s = ids.get(i) == null ? null : sources.get(ids.get(i));
      if (s == null) {
        throw f.error(at + "/sources/" + i, "unknown source '" + ids.get(i) + "'"
            + Suggestions.didYouMean(ids.get(i), sources.keySet()));
      }
      out.add(s);
    }
    return out;
  }

  private CountryCode countryRef(Located f, String at, String code) {
    CountryCode c = parse(f, at, () -> CountryCode.of(code));
    if (!countryCodes.contains(c)) {
      throw f.error(at, "unknown country '" + code + "'" + Suggestions.didYouMean(c.value(),
          countryCodes.stream().map(CountryCode::value).toList()));
    }
    return c;
  }

  private List<CountryCode> countryRefs(Located f, String at, List<String> codes) {
    List<CountryCode> out = new ArrayList<>();
    forEach(f, codes, at, (code, cat) -> out.add(countryRef(f, cat, code)));
    return out;
  }

  private OrganisationId organisationRef(Located f, String at, String id) {
    OrganisationId o = parse(f, at, () -> OrganisationId.of(id));
    if (!organisationIds.contains(o)) {
      throw f.error(at, "unknown organisation '" + id + "'" + Suggestions.didYouMean(o.value(),
          organisationIds.stream().map(OrganisationId::value).toList()));
    }
    return o;
  }

  private static List<String> strings(Located f, String at, List<String> list) {
    List<String> out = new ArrayList<>();
    forEach(f, list, at, (s, sat) -> out.add(s));
    return out;
  }

  private static Set<String> lowerCase(Located f, String at, List<String> list) {
    Set<String> out = new java.util.LinkedHashSet<>();
    for (String s : strings(f, at, list)) {
      out.add(s.toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** A day, {@code YYYY-MM-DD}. */
  private static LocalDate day(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("bad date '" + text + "': expected YYYY-MM-DD", e);
    }
  }

  private static String required(Located f, String at, String field, String value) {
    if (value == null || value.isBlank()) {
      throw f.error(at, "missing '" + field + "'");
    }
    return value;
  }

  private static <T> java.util.Optional<T> optional(Located f, String at, String value, Function<String, T> parser) {
    return value == null ? java.util.Optional.empty() : java.util.Optional.of(parse(f, at, () -> parser.apply(value)));
  }

  /** Runs {@code parser}; an {@link IllegalArgumentException} becomes a {@link DataFileException} at {@code at}. */
  private static <T> T parse(Located f, String at, Supplier<T> parser) {
    try {
      return parser.get();
    } catch (IllegalArgumentException e) {
      throw f.error(at, e.getMessage());
    }
  }

  /** Builds a record; a violated invariant becomes a {@link DataFileException} at the record's path. */
  private static <T> T check(Located f, String at, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw f.error(at, e.getMessage());
    }
  }

  private interface IndexedAction<T> {
    void accept(T item, String pointer);
  }

  private static <T> void forEach(Located f, List<T> list, String at, IndexedAction<T> action) {
    if (list == null) {
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      T item = list.get(i);
      String pointer = at + "/" + i;
      if (item == null) {
        throw f.error(pointer, DataReader.NULL_NOT_ALLOWED);
      }
      action.accept(item, pointer);
    }
  }

}
