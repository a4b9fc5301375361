package org.multilateral.query.internal;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.multilateral.core.Country;
import org.multilateral.core.CountryCode;
import org.multilateral.core.Dataset;
import org.multilateral.core.Membership;
import org.multilateral.core.Organisation;
import org.multilateral.core.OrganisationId;
import org.multilateral.core.PartnershipFramework;
import org.multilateral.core.Role;
import org.multilateral.core.Source;
import org.multilateral.core.Spell;
import org.multilateral.core.internal.NameKey;

/**
 * Lookup tables over one dataset, built once and shared by every query over it. Not API.
 *
 * <p>Spells are held in an {@link IntervalTree} per organisation and per country, so that an on-date lookup costs
 * O(log n + k) for k answers instead of a scan. Joins and departures are computed per organisation and role filter
 * on first use, kept sorted by day, and read by binary search.
 */
public final class Index {

  /**
   * A spell with its membership, the days it is certainly in force ({@code firstDay..lastDay}, see
   * {@link Spell#isInForceOn}) and the days it may be in force ({@code widestFirst..widestLast}, the widest reading of
   * its imprecise dates).
   */
  public record Entry(Membership membership, Spell spell, long firstDay, long lastDay, long widestFirst,
      long widestLast) {
    static Entry of(Membership membership, Spell spell) {
      return new Entry(membership, spell, spell.firstDay().toEpochDay(),
          spell.lastDay().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE), spell.start().earliest().toEpochDay(),
          spell.end().map(e -> e.latest().toEpochDay()).orElse(Long.MAX_VALUE));
    }

    /** Whether the spell is certainly in force on {@code day}. */
    public boolean isCertainOn(long day) {
      return firstDay <= day && day <= lastDay;
    }

    /** Whether the spell may be in force on {@code day}. */
    public boolean isPossibleOn(long day) {
      return widestFirst <= day && day <= widestLast;
    }
  }

  /** A country's continued seat in an organisation: the organisation and the predecessor. */
  private record Seat(OrganisationId organisation, CountryCode predecessor) {}

  /**
   * A country starting or ceasing to hold one of a set of roles: {@code joined}, or not (it left);
   * {@code effectiveDay} is the first day of the new status (for a departure, the day after the last day).
   */
  public record Transition(boolean joined, Entry entry, long effectiveDay) {}

  private record TransitionKey(OrganisationId organisation, Set<Role> roles, Optional<String> framework) {}

  private record Transitions(List<Transition> sorted, long[] days) {}

  private final Dataset dataset;
  private final ImmutableMap<CountryCode, Country> countries;
  private final ImmutableMap<OrganisationId, Organisation> organisations;
  private final ImmutableMap<String, PartnershipFramework> frameworks;
  private final ImmutableMap<String, List<CountryMatchKey>> countryKeys;
  private final ImmutableMap<String, Organisation> organisationKeys;
  private final ImmutableMap<String, PartnershipFramework> frameworkKeys;
  private final ImmutableMap<String, Source> sources;
  private final ImmutableMap<String, Source> sourceKeys;
  private final ImmutableMap<OrganisationId, IntervalTree<Entry>> byOrganisation;
  private final ImmutableMap<CountryCode, IntervalTree<Entry>> byCountry;
  private final ImmutableListMultimap<OrganisationId, Entry> entriesByOrganisation;
  private final ImmutableListMultimap<Seat, Entry> continuations;
  private final Map<TransitionKey, Transitions> transitions = new ConcurrentHashMap<>();
  private final Map<OrganisationId, Set<Role>> rolesByOrganisation = new ConcurrentHashMap<>();

  public Index(Dataset dataset) {
    this.dataset = dataset;
    this.countries = ImmutableMap.copyOf(byKey(dataset.countries(), Country::code));
    this.organisations = ImmutableMap.copyOf(byKey(dataset.organisations(), Organisation::id));
    this.frameworks = ImmutableMap.copyOf(byKey(dataset.frameworks(), PartnershipFramework::id));
    this.countryKeys = countryKeys(dataset.countries());
    this.organisationKeys = organisationKeys(dataset.organisations());
    Map<String, PartnershipFramework> fKeys = new HashMap<>();
    dataset.frameworks().forEach(f -> fKeys.put(key(f.id()), f));
    dataset.frameworks().forEach(f -> fKeys.putIfAbsent(key(f.name()), f));
    this.frameworkKeys = ImmutableMap.copyOf(fKeys);
    this.sources = ImmutableMap.copyOf(byKey(dataset.sources(), Source::id));
    Map<String, Source> sKeys = new HashMap<>();
    sources.values().forEach(src -> sKeys.putIfAbsent(key(src.id()), src));
    this.sourceKeys = ImmutableMap.copyOf(sKeys);

    ImmutableListMultimap.Builder<OrganisationId, Entry> byOrg = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<CountryCode, Entry> byCty = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<Seat, Entry> continued = ImmutableListMultimap.builder();
    for (Membership m : dataset.memberships()) {
      for (Spell s : m.spells()) {
        Entry e = Entry.of(m, s);
        byOrg.put(m.organisation(), e);
        byCty.put(m.country(), e);
        s.continues().ifPresent(p -> continued.put(new Seat(m.organisation(), p), e));
      }
    }
    this.continuations = continued.build();
    this.entriesByOrganisation = byOrg.build();
    this.byOrganisation = trees(entriesByOrganisation);
    this.byCountry = trees(byCty.build());
  }

  private static <K> ImmutableMap<K, IntervalTree<Entry>> trees(ImmutableListMultimap<K, Entry> entries) {
    ImmutableMap.Builder<K, IntervalTree<Entry>> trees = ImmutableMap.builder();
    entries.asMap().forEach((k, list) -> trees.put(k, IntervalTree.of(list, Entry::widestFirst,
        Entry::widestLast)));
    return trees.buildOrThrow();
  }

  private static <K, V> Map<K, V> byKey(List<V> values, Function<V, K> key) {
    Map<K, V> map = new LinkedHashMap<>();
    values.forEach(v -> map.put(key.apply(v), v));
    return map;
  }

  /**
   * Every key a country is found by: first its codes and curated name (which the dataset's rules keep unique, but
   * for a retired alpha-2 code shared by two historical states), then its other names; each key with every country
   * it may name, so that a key that names several is answered with the candidates, never with one of them.
   */
  private static ImmutableMap<String, List<CountryMatchKey>> countryKeys(List<Country> countries) {
    Map<String, List<CountryMatchKey>> primary = new HashMap<>();
    Map<String, List<CountryMatchKey>> secondary = new HashMap<>();
    for (Country c : countries) {
      // A Wikidata QID (Q31) cannot be mistaken for a code or a name; other schemes' codes can (COW's AUS is
      // Austria), so only the QID finds a country.
      List<String> qids = c.identifiers().stream()
          .filter(i -> i.scheme() == org.multilateral.core.Identifier.Scheme.WIKIDATA)
          .map(org.multilateral.core.Identifier::value).toList();
      for (String k : java.util.stream.Stream.of(java.util.stream.Stream.of(c.code().value(), c.alpha2(),
          c.numeric(), c.name()), c.formerCode().stream(), qids.stream()).flatMap(x -> x)
          .map(Index::key).distinct().toList()) {
        primary.computeIfAbsent(k, x -> new ArrayList<>()).add(new CountryMatchKey(c, Optional.empty()));
      }
      for (org.multilateral.core.CountryName n : c.otherNames()) {
        List<CountryMatchKey> list = secondary.computeIfAbsent(key(n.name()), x -> new ArrayList<>());
        if (list.stream().noneMatch(m -> m.country().equals(c))) {
          list.add(new CountryMatchKey(c, Optional.of(n)));
        }
      }
    }
    Map<String, List<CountryMatchKey>> keys = new HashMap<>(secondary);
    keys.putAll(primary); // a code or a curated name wins over another country's other name
    ImmutableMap.Builder<String, List<CountryMatchKey>> out = ImmutableMap.builder();
    keys.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return out.buildOrThrow();
  }

  /** A country a key finds, and the other name it was found by, if any. */
  public record CountryMatchKey(Country country, Optional<org.multilateral.core.CountryName> name) {}

  private static ImmutableMap<String, Organisation> organisationKeys(List<Organisation> organisations) {
    Map<String, Organisation> keys = new HashMap<>();
    organisations.forEach(o -> keys.put(key(o.id().value()), o));
    organisations.forEach(o -> o.identifiers().stream()
        .filter(i -> i.scheme() == org.multilateral.core.Identifier.Scheme.WIKIDATA)
        .forEach(i -> keys.putIfAbsent(key(i.value()), o)));
    for (Organisation o : organisations) {
      o.aliases().forEach(a -> keys.putIfAbsent(key(a), o));
      keys.putIfAbsent(key(o.name()), o);
      keys.putIfAbsent(key(o.frenchName()), o);
    }
    return ImmutableMap.copyOf(keys);
  }

  /**
   * The form names are compared in: trimmed, lower-case, accents removed, runs of white space as one space, and a
   * numeric code of one or two digits padded to three ({@code 56} is {@code 056}).
   */
  public static String key(String text) {
    return NameKey.of(text);
  }

  public Dataset dataset() {
    return dataset;
  }

  public Optional<Country> country(CountryCode code) {
    return Optional.ofNullable(countries.get(code));
  }

  public Optional<Organisation> organisation(OrganisationId id) {
    return Optional.ofNullable(organisations.get(id));
  }

  /** The roles the memberships of {@code organisation} hold. */
  public Set<Role> roles(OrganisationId organisation) {
    return rolesByOrganisation.computeIfAbsent(organisation, o -> {
      Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
      entriesByOrganisation.get(o).forEach(e -> roles.add(e.membership().role()));
      return java.util.Collections.unmodifiableSet(roles);
    });
  }

  /** Whether the dataset holds facts of {@code kind} for {@code organisation}. */
  public boolean hasFacts(OrganisationId organisation, org.multilateral.core.FactKind kind) {
    return switch (kind) {
      case EVENTS -> dataset.events().stream().anyMatch(e -> e.organisation().equals(organisation));
      case OFFICES -> dataset.offices().stream().anyMatch(o -> o.organisation().equals(organisation));
      case DOCUMENTS -> dataset.documents().stream().anyMatch(d -> d.organisation().equals(organisation));
      case INITIATIVES -> dataset.initiatives().stream().anyMatch(i -> i.organisation().equals(organisation));
    };
  }

  /**
   * The countries an alpha-3, alpha-2, numeric or former (ISO 3166-3) code, curated name or other name finds,
   * ignoring case, accents and runs of spaces: none, one, or (for an ambiguous key) several.
   */
  public List<CountryMatchKey> findCountries(String text) {
    return countryKeys.getOrDefault(key(text), List.of());
  }

  /** An organisation by id, alias, English or French name, ignoring case. */
  public Optional<Organisation> findOrganisation(String text) {
    return Optional.ofNullable(organisationKeys.get(key(text)));
  }

  /** A partnership framework by id or name, ignoring case. */
  public Optional<PartnershipFramework> findFramework(String text) {
    return Optional.ofNullable(frameworkKeys.get(key(text)));
  }

  /** A source by id, ignoring case. */
  public Optional<Source> findSource(String id) {
    return Optional.ofNullable(sourceKeys.get(key(id)));
  }

  /** Every source the dataset cites, each once, in the order facts first cite them. */
  public Collection<Source> sources() {
    return sources.values();
  }

  /** Everything a country may be looked up by, for suggestions. */
  public List<String> countryNames() {
    List<String> names = new ArrayList<>();
    countries.values().forEach(c -> {
      names.add(c.code().value());
      names.add(c.name());
      c.otherNames().forEach(n -> names.add(n.name()));
    });
    return names;
  }

  /** Everything an organisation may be looked up by, for suggestions. */
  public List<String> organisationNames() {
    List<String> names = new ArrayList<>();
    organisations.values().forEach(o -> {
      names.add(o.id().value());
      names.addAll(o.aliases());
    });
    return names;
  }

  /** The ids of the partnership frameworks, for suggestions. */
  public List<String> frameworkNames() {
    return List.copyOf(frameworks.keySet());
  }

  /** The ids of the sources, for suggestions. */
  public List<String> sourceIds() {
    return List.copyOf(sources.keySet());
  }

  /**
   * The spells of {@code organisation} that may be in force on {@code day} (the widest reading of their dates), in no
   * particular order; {@link Entry#isCertainOn} tells those certainly in force.
   */
  public List<Entry> mayBeInForce(OrganisationId organisation, LocalDate day) {
    IntervalTree<Entry> tree = byOrganisation.get(organisation);
    return tree == null ? List.of() : tree.at(day.toEpochDay());
  }

  /** The spells of {@code country} that may be in force on {@code day}, in no particular order. */
  public List<Entry> mayBeInForce(CountryCode country, LocalDate day) {
    IntervalTree<Entry> tree = byCountry.get(country);
    return tree == null ? List.of() : tree.at(day.toEpochDay());
  }

  /**
   * Whether {@code entry} holds its seat on {@code day}: it is certainly in force, or it is one side of a seat held
   * in continuity (a spell that {@link Spell#continues} another country's) whose hand-over day is not known, and it
   * is the side that answers for the seat that day. Of two sides neither of which is certain, the successor answers
   * once it may have started, the predecessor before that; so a continued seat counts once on every day.
   */
  public boolean holdsSeat(Entry entry, LocalDate day) {
    long d = day.toEpochDay();
    if (entry.isCertainOn(d)) {
      return true;
    }
    if (!entry.isPossibleOn(d)) {
      return false;
    }
    Membership m = entry.membership();
    Optional<CountryCode> predecessor = entry.spell().continues();
    if (predecessor.isPresent()) {
      // The successor side, possibly started: it answers unless the predecessor is still certainly in force.
      return sameSeat(m, predecessor.get(), day).noneMatch(p -> p.isCertainOn(d));
    }
    // The predecessor side: it answers while a successor that continues it has not possibly started, and is not
    // certainly in force either.
    List<Entry> successors = continuations.get(new Seat(m.organisation(), m.country())).stream()
        .filter(s -> sameKind(s.membership(), m)).toList();
    return !successors.isEmpty() && successors.stream().noneMatch(s -> s.isPossibleOn(d))
        && successors.stream().anyMatch(s -> s.widestFirst() > d);
  }

  private java.util.stream.Stream<Entry> sameSeat(Membership successor, CountryCode predecessor, LocalDate day) {
    return mayBeInForce(predecessor, day).stream()
        .filter(p -> p.membership().organisation().equals(successor.organisation()))
        .filter(p -> sameKind(p.membership(), successor));
  }

  /** Whether two memberships are of the same kind of seat: the same role, or both full membership. */
  private static boolean sameKind(Membership a, Membership b) {
    return a.role() == b.role() || (a.role().isFullMember() && b.role().isFullMember());
  }

  /**
   * The days on which countries started or ceased to hold any of {@code roles} in {@code organisation} (in
   * {@code framework}, if given), with {@code fromExclusive < effectiveDay <= toInclusive}, in order of day.
   *
   * <p>A country's spells in those roles are merged where they overlap or touch (a spell that starts the day after
   * another ends continues it), so every transition is a real change of status and a country's transitions
   * alternate between joining and leaving.
   */
  public List<Transition> transitions(OrganisationId organisation, Set<Role> roles, Optional<String> framework,
      long fromExclusive, long toInclusive) {
    Transitions all = transitions.computeIfAbsent(new TransitionKey(organisation, Set.copyOf(roles), framework),
        this::computeTransitions);
    int lo = upperBound(all.days(), fromExclusive);
    int hi = upperBound(all.days(), toInclusive);
    return lo >= hi ? List.of() : all.sorted().subList(lo, hi);
  }

  private Transitions computeTransitions(TransitionKey key) {
    Map<CountryCode, List<Entry>> byCountryCode = new LinkedHashMap<>();
    for (Entry e : entriesByOrganisation.get(key.organisation())) {
      Membership m = e.membership();
      if (key.roles().contains(m.role()) && key.framework().map(f -> m.framework().equals(Optional.of(f)))
          .orElse(true) && e.firstDay() <= e.lastDay()) {
        byCountryCode.computeIfAbsent(m.country(), k -> new ArrayList<>()).add(e);
      }
    }
    List<Transition> out = new ArrayList<>();
    for (List<Entry> entries : byCountryCode.values()) {
      entries.sort(Comparator.comparingLong(Entry::firstDay).thenComparingLong(Entry::lastDay));
      Entry start = entries.get(0);
      Entry end = start;
      for (Entry next : entries.subList(1, entries.size())) {
        if (end.lastDay() == Long.MAX_VALUE || next.firstDay() <= end.lastDay() + 1) {
          end = next.lastDay() > end.lastDay() ? next : end;
        } else {
          addRun(out, start, end);
          start = next;
          end = next;
        }
      }
      addRun(out, start, end);
    }
    out.sort(Comparator.comparingLong(Transition::effectiveDay)
        .thenComparing(Transition::joined)
        .thenComparing(t -> t.entry().membership().country()));
    return new Transitions(List.copyOf(out), out.stream().mapToLong(Transition::effectiveDay).toArray());
  }

  private static void addRun(List<Transition> out, Entry start, Entry end) {
    out.add(new Transition(true, start, start.firstDay()));
    if (end.lastDay() != Long.MAX_VALUE) {
      out.add(new Transition(false, end, end.lastDay() + 1));
    }
  }

  /** The number of values in sorted {@code days} that are at most {@code day}. */
  private static int upperBound(long[] days, long day) {
    int lo = 0;
    int hi = days.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (days[mid] <= day) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
