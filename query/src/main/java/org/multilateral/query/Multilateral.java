package org.multilateral.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.multilateral.core.Country;
import org.multilateral.core.CountryCode;
import org.multilateral.core.Dataset;
import org.multilateral.core.Identifier;
import org.multilateral.core.Organisation;
import org.multilateral.core.OrganisationId;
import org.multilateral.core.PartnershipFramework;
import org.multilateral.core.Source;
import org.multilateral.core.WebPage;
import org.multilateral.core.internal.Suggestions;
import org.multilateral.query.internal.Index;

/**
 * The entry point of the query API: {@code Multilateral.over(dataset)}, then a dot.
 *
 * <pre>{@code
 * Multilateral world = Multilateral.over(MultilateralData.bundled());
 * world.members("NATO").asOf(LocalDate.of(1999, 6, 1)).count();                          // 19
 * world.members("EU").not("NATO").asOf(LocalDate.of(2024, 6, 1)).list();                 // AUT, CYP, IRL, MLT
 * world.members("EU").between(LocalDate.of(2020, 1, 31), LocalDate.of(2020, 2, 1)).left().single();  // GBR
 * world.composition("UNSC").asOf(LocalDate.of(2020, 6, 1)).elected().list();
 * world.events("NATO").kinds(EventKind.SUMMIT).table().toMarkdown();
 * }</pre>
 *
 * <p><b>Lookups.</b> Organisations are found by id, alias or name, countries by ISO 3166-1 alpha-3, alpha-2 or
 * numeric code, former ISO 3166-3 code or English name: ignoring case and accents. Input that matches nothing
 * throws {@link UnknownIdException} naming the nearest known ids and names.
 *
 * <p><b>Dates.</b> A query answers for the dataset's {@link Dataset#currentTo()} day unless given one with
 * {@code asOf}. On-date answers read a spell as {@link org.multilateral.core.Spell#isInForceOn} does: the end is the
 * last day of membership, and an imprecise date counts from the last day it may mean (for a start) or until the
 * first (for an end). A day inside an imprecise date is neither silently in nor silently out: see
 * {@link MemberQuery#withPossible()} and every query's {@link Query#completeness()}.
 *
 * <p><b>Speed.</b> The indexes over the dataset (interval trees of spells by organisation and by country, sorted
 * joins and departures) are built once, on the first query, and shared by every query made from this object.
 *
 * <p>No method accepts {@code null}: a null argument throws {@link NullPointerException} at once.
 *
 * <p>Immutable and thread-safe.
 */
public final class Multilateral {

  private final Dataset dataset;
  /** Built by the first query, under {@code lock}; later reads take no lock. */
  private volatile Index index;
  private final Object lock = new Object();

  private Multilateral(Dataset dataset) {
    this.dataset = dataset;
  }

  /**
   * Queries over {@code dataset}.
   *
   * @param dataset any dataset: {@code MultilateralData.bundled()}, the bundled data with files of your own, or a
   *     dataset you built; it is immutable, so the answers never change under a kept query
   * @return the entry point; its indexes are built on the first query and shared by every query made from it, so
   *     keep one per dataset rather than one per question
   */
  public static Multilateral over(Dataset dataset) {
    return new Multilateral(Objects.requireNonNull(dataset, "dataset"));
  }

  /** The dataset queried. */
  public Dataset dataset() {
    return dataset;
  }

  /**
   * The day the data's knowledge is current to ({@link Dataset#currentTo()}): the day on-date queries answer for
   * when no day is given with {@code asOf}. Facts after it are not in the data.
   */
  public LocalDate currentTo() {
    return dataset.currentTo();
  }

  /**
   * The organisation with this id, alias or name, ignoring case: {@code "nato"}, {@code "UNSC"},
   * {@code "alliance-for-multilateralism"}, {@code "European Union"}.
   *
   * @throws UnknownIdException naming the nearest known ids when nothing matches
   */
  public Organisation organisation(String idOrAlias) {
    Objects.requireNonNull(idOrAlias, "idOrAlias");
    return index().findOrganisation(idOrAlias).orElseThrow(() -> new UnknownIdException("organisation",
        idOrAlias, () -> Suggestions.nearest(idOrAlias, index().organisationNames(), 3)));
  }

  /**
   * The country with this ISO alpha-3, alpha-2 or numeric code, former ISO 3166-3 code, English name, or one of its
   * formal, common or former names, ignoring case, accents and runs of spaces: {@code "BEL"}, {@code "be"},
   * {@code "056"}, {@code "Belgium"}, {@code "Kingdom of Belgium"}, {@code "SUHH"}, {@code "Turkey"}. Like
   * {@code countryMatch(codeOrName).country()}.
   *
   * @throws UnknownIdException naming the nearest known codes and names when nothing matches
   * @throws AmbiguousIdException naming the candidates when the input names several countries
   */
  public Country country(String codeOrName) {
    return countryMatch(codeOrName).country();
  }

  /**
   * The country {@code codeOrName} finds, with the name it was found by: see {@link CountryMatch#note()} for a
   * former name.
   *
   * @throws UnknownIdException naming the nearest known codes and names when nothing matches
   * @throws AmbiguousIdException naming the candidates when the input names several countries
   */
  public CountryMatch countryMatch(String codeOrName) {
    Objects.requireNonNull(codeOrName, "codeOrName");
    List<Index.CountryMatchKey> found = index().findCountries(codeOrName);
    if (found.isEmpty()) {
      throw new UnknownIdException("country", codeOrName, () -> Suggestions.nearest(codeOrName,
          index().countryNames(), 3));
    }
    if (found.size() > 1) {
      throw new AmbiguousIdException(codeOrName, found.stream().map(Index.CountryMatchKey::country)
          .sorted(java.util.Comparator.comparing(Country::name)).toList());
    }
    return new CountryMatch(found.get(0).country(), found.get(0).name());
  }

  /**
   * The country with this code.
   *
   * @throws UnknownIdException if the dataset does not hold it
   */
  public Country country(CountryCode code) {
    Objects.requireNonNull(code, "code");
    return index().country(code).orElseThrow(() -> new UnknownIdException("country", code.value(),
        () -> Suggestions.nearest(code.value(), index().countryNames(), 3)));
  }

  /**
   * The partnership framework with this id or name, ignoring case: {@code "NATO-PFP"},
   * {@code "Partnership for Peace"}.
   *
   * @throws UnknownIdException naming the nearest known ids when nothing matches
   */
  public PartnershipFramework framework(String idOrName) {
    Objects.requireNonNull(idOrName, "idOrName");
    return index().findFramework(idOrName).orElseThrow(() -> new UnknownIdException("framework", idOrName,
        () -> Suggestions.nearest(idOrName, index().frameworkNames(), 3)));
  }

  /**
   * The source with this id, ignoring case, such as {@code un-member-states-dates}.
   *
   * @throws UnknownIdException naming the nearest known ids when nothing matches
   */
  public Source source(String id) {
    Objects.requireNonNull(id, "id");
    return index().findSource(id).orElseThrow(() -> new UnknownIdException("source", id,
        () -> Suggestions.nearest(id, index().sourceIds(), 3)));
  }

  /**
   * The members of an organisation, by id, alias or name; full members unless roles are chosen.
   *
   * @param organisation an id, alias or name, ignoring case, as {@link #organisation(String)} takes it
   * @return its full members on the day the data is current to; choose the day with {@code asOf(day)} and the
   *     roles with {@code roles(...)}, or turn to {@code changes()} and {@code waves()} for its history
   * @throws UnknownIdException when no organisation matches
   */
  public MemberQuery members(String organisation) {
    return MemberQuery.of(this, organisation(organisation));
  }

  /**
   * The members of the organisation {@code id}; full members unless roles are chosen.
   *
   * @throws UnknownIdException when the dataset holds no such organisation
   */
  public MemberQuery members(OrganisationId id) {
    Objects.requireNonNull(id, "id");
    Organisation organisation = index().organisation(id).orElseThrow(() -> new UnknownIdException(
        "organisation", id.value(), () -> Suggestions.nearest(id.value(), index().organisationNames(), 3)));
    return MemberQuery.of(this, organisation);
  }

  /**
   * The partners in a partnership framework, by id or name: {@code partners("NATO-PFP")} is
   * {@code members("NATO").framework("NATO-PFP")}.
   *
   * @throws UnknownIdException when no framework matches
   */
  public MemberQuery partners(String framework) {
    PartnershipFramework f = framework(framework);
    return members(f.organisation()).framework(f.id());
  }

  /**
   * A country's memberships and other roles, by code or name; every role unless roles are chosen.
   *
   * @param country an ISO code or English name, as {@link #country(String)} takes it
   * @return its roles in every organisation on the day the data is current to; choose the day with
   *     {@code asOf(day)} and the roles with {@code roles(...)}
   * @throws UnknownIdException when no country matches
   */
  public MembershipQuery memberships(String country) {
    return MembershipQuery.of(this, country(country));
  }

  /**
   * The composition of an organ (or any organisation) by role, such as {@code composition("UNSC")}: permanent,
   * then elected members.
   *
   * @throws UnknownIdException when no organisation matches
   */
  public CompositionQuery composition(String organ) {
    return new CompositionQuery(members(organ));
  }

  /**
   * The countries named, as a set that is the same on every day, for set algebra:
   * {@code world.countries("BEL", "NLD", "LUX").not("UNSC")}.
   *
   * @throws UnknownIdException when a name matches no country
   */
  public CountrySet countries(String first, String... more) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(more, "more");
    List<CountrySet.Reason> reasons = new ArrayList<>();
    Stream.concat(Stream.of(first), Stream.of(more)).map(this::country)
        .forEach(c -> reasons.add(new CountrySet.Reason(c, "listed", c.sources())));
    String label = reasons.stream().map(r -> r.country().code().value()).distinct()
        .collect(Collectors.joining(", ", "{", "}"));
    return CountrySet.fixed(this, label, reasons);
  }

  /**
   * The history of an organisation: founding, joins and departures, milestones, episodes, events, documents and
   * office holders, in date order.
   *
   * @throws UnknownIdException when no organisation matches
   */
  public TimelineQuery timeline(String organisation) {
    return TimelineQuery.of(this, organisation(organisation));
  }

  /** The events of every organisation. */
  public EventQuery events() {
    return EventQuery.of(this, Optional.empty());
  }

  /**
   * The events of one organisation.
   *
   * @throws UnknownIdException when no organisation matches
   */
  public EventQuery events(String organisation) {
    return EventQuery.of(this, Optional.of(organisation(organisation)));
  }

  /** The initiatives of every organisation. */
  public InitiativeQuery initiatives() {
    return InitiativeQuery.of(this, Optional.empty());
  }

  /**
   * The initiatives of one organisation.
   *
   * @throws UnknownIdException when no organisation matches
   */
  public InitiativeQuery initiatives(String organisation) {
    return InitiativeQuery.of(this, Optional.of(organisation(organisation)));
  }

  /** The documents of every organisation. */
  public DocumentQuery documents() {
    return DocumentQuery.of(this, Optional.empty());
  }

  /**
   * The documents of one organisation.
   *
   * @throws UnknownIdException when no organisation matches
   */
  public DocumentQuery documents(String organisation) {
    return DocumentQuery.of(this, Optional.of(organisation(organisation)));
  }

  /** The office holders of every organisation. */
  public OfficeQuery offices() {
    return OfficeQuery.of(this, Optional.empty());
  }

  /**
   * The office holders of one organisation.
   *
   * @throws UnknownIdException when no organisation matches
   */
  public OfficeQuery offices(String organisation) {
    return OfficeQuery.of(this, Optional.of(organisation(organisation)));
  }

  /** The seats of every organisation. */
  public SeatQuery seats() {
    return SeatQuery.of(this, Optional.empty());
  }

  /**
   * The seats of one organisation.
   *
   * @throws UnknownIdException when no organisation matches
   */
  public SeatQuery seats(String organisation) {
    return SeatQuery.of(this, Optional.of(organisation(organisation)));
  }

  /** The partnership frameworks of every organisation, in dataset order. */
  public Query<PartnershipFramework> frameworks() {
    return new ListQuery<>("Partnership frameworks", dataset::frameworks, frameworkColumns());
  }

  /**
   * The partnership frameworks of one organisation, in dataset order.
   *
   * @throws UnknownIdException when no organisation matches
   */
  public Query<PartnershipFramework> frameworks(String organisation) {
    Organisation o = organisation(organisation);
    return new ListQuery<>("Partnership frameworks of the " + o.name(), () -> dataset.frameworks().stream()
        .filter(f -> f.organisation().equals(o.id())).toList(), frameworkColumns());
  }

  private static Columns<PartnershipFramework> frameworkColumns() {
    return Columns.<PartnershipFramework>sourcedBy(PartnershipFramework::sources)
        .text("id", PartnershipFramework::id)
        .text("organisation", f -> f.organisation().value())
        .text("name", PartnershipFramework::name)
        .dateIfAny("launched", PartnershipFramework::launched);
  }

  /**
   * Every spell of every membership, as flat rows for other tools (R, pandas, DuckDB, Spark): country,
   * organisation, role, framework, start and end with their kind and precision, the seat a spell continues, and the
   * ids of the sources; in dataset order. {@code spells().table().toCsv()} or {@code toJsonLines()}.
   */
  public Query<MembershipSpell> spells() {
    return new ListQuery<>("Membership spells of the data " + dataset.version(), () -> dataset.memberships().stream()
        .flatMap(m -> m.spells().stream().map(s -> new MembershipSpell(country(m.country()),
            index().organisation(m.organisation()).orElseThrow(), m, s))).toList(),
        Columns.<MembershipSpell>sourcedBy(MembershipSpell::sources)
            .text("iso3", r -> r.country().code().value())
            .text("country", r -> r.country().name())
            .text("wikidata", r -> r.country().identifier(Identifier.Scheme.WIKIDATA, r.spell().start().earliest())
                .orElse(""))
            .text("cow_code", r -> r.country().identifier(Identifier.Scheme.COW_STATE_CODE,
                r.spell().start().earliest()).orElse(""))
            .text("gw_code", r -> r.country().identifier(Identifier.Scheme.GLEDITSCH_WARD,
                r.spell().start().earliest()).orElse(""))
            .text("organisation", r -> r.organisation().id().value())
            .text("role", r -> r.membership().role().id())
            .text("framework", r -> r.membership().framework().orElse(""))
            .date("start", r -> r.spell().start())
            .text("start_kind", r -> r.spell().startKind().id())
            .text("start_precision", r -> r.spell().start().precision().id())
            .dateIfAny("end", r -> r.spell().end())
            .text("end_kind", r -> r.spell().endKind().map(k -> k.id()).orElse(""))
            .text("end_precision", r -> r.spell().end().map(e -> e.precision().id()).orElse(""))
            .text("continues", r -> r.spell().continues().map(c -> c.value()).orElse(""))
            .text("source_ids", r -> r.sources().stream().map(Source::id).collect(Collectors.joining(" "))));
  }

  /**
   * A country-year panel in the layout of the Correlates of War IGO data: one row per country and year, from 1945
   * (or the country's first year) to the year the data is current to (or the country's last), and one column per
   * organisation with its status on 31 December of that year (on the current-to day, for that year): {@code 1} full
   * member, {@code 3} observer, {@code 0} neither (a partner, candidate or aspirant is {@code 0}: COW's associate
   * membership, {@code 2}, has no counterpart here), {@code -9} outside the data's declared coverage (not recorded,
   * not absent), {@code -1} the state did not exist.
   */
  public Query<PanelRow> panel() {
    return new ListQuery<>("Country-year panel of the data " + dataset.version(), () -> Panel.rows(this),
        Panel.columns(dataset.organisations()));
  }

  /**
   * The facts added, changed and removed since {@code older} (an earlier data version, or any other dataset), fact
   * by fact (countries, organisations, frameworks, memberships, events, initiatives, documents, offices, sources), with
   * the sources of each: what a user reads before taking a new data release. Empty when the two hold the same facts.
   */
  public Query<FactChange> changesSince(Dataset older) {
    Objects.requireNonNull(older, "older");
    return new ListQuery<>("Changes from data " + older.version() + " to " + dataset.version(),
        () -> DatasetDiff.between(older, dataset),
        Columns.<FactChange>sourcedBy(FactChange::sources)
            .text("change", c -> c.kind().id())
            .text("fact", FactChange::fact)
            .text("key", FactChange::key)
            .text("detail", FactChange::detail));
  }

  /** Every source the dataset cites, each once, in the order facts first cite them. */
  public Query<Source> sources() {
    return new ListQuery<>("Sources of the data " + dataset.version(), () -> List.copyOf(index().sources()),
        ListQuery.SOURCE_COLUMNS);
  }

  Index index() {
    // Double-checked rather than Guava's memoizing supplier: the first query of a CLI run then needs neither a
    // lambda's class nor Guava's jar opened (a large one: about 10 ms to open in a fresh JVM).
    Index built = index;
    if (built == null) {
      synchronized (lock) {
        built = index;
        if (built == null) {
          built = new Index(dataset);
          index = built;
        }
      }
    }
    return built;
  }

  /** The member that an index entry stands for on {@code day}. */
  Member member(Index.Entry entry, LocalDate day) {
    return new Member(entry.country(), entry.organisation(), entry.membership(), entry.spell(),
        entry.isCertainOn(day.toEpochDay()) ? Certainty.CERTAIN : Certainty.POSSIBLE);
  }

  /** The member whose spell starts or ends at a change: certain, as a dated fact. */
  Member member(Index.Entry entry) {
    return new Member(entry.country(), entry.organisation(), entry.membership(), entry.spell(), Certainty.CERTAIN);
  }

  /**
   * The members that {@code entries} stand for on {@code day}, in the order of {@code order} (an entry's
   * {@link Index.Entry#memberOrder} or {@link Index.Entry#membershipOrder}), entries that order equally in the
   * order given: one primitive sort instead of comparing names and ids.
   */
  List<Member> members(List<Index.Entry> entries, LocalDate day, boolean byMemberOrder) {
    long[] keys = new long[entries.size()];
    for (int i = 0; i < keys.length; i++) {
      Index.Entry e = entries.get(i);
      keys[i] = ((long) (byMemberOrder ? e.memberOrder() : e.membershipOrder()) << 32) | i;
    }
    java.util.Arrays.sort(keys);
    Member[] members = new Member[keys.length];
    for (int i = 0; i < keys.length; i++) {
      members[i] = member(entries.get((int) keys[i]), day);
    }
    return java.util.Collections.unmodifiableList(java.util.Arrays.asList(members));
  }

  /** The names of the countries with {@code codes}, joined by semicolons. */
  String names(List<CountryCode> codes) {
    return codes.stream().map(c -> country(c).name()).collect(Collectors.joining("; "));
  }

  @Override
  public String toString() {
    return "Multilateral over " + dataset;
  }
}
