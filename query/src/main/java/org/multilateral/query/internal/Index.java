package org.multilateral.query.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
   * A spell with its membership, its country and organisation, the days it is certainly in force
   * ({@code firstDay..lastDay}, see {@link Spell#isInForceOn}) and the days it may be in force
   * ({@code widestFirst..widestLast}, the widest reading of its imprecise dates); and its place in the two orders
   * answers are listed in, so that a query sorts its answers by a number instead of comparing names and ids.
   *
   * @param memberOrder the entry's place in the order of an organisation's members (the first day of the spell,
   *     then the country's name, then the role); equal for entries that order equally
   * @param membershipOrder the entry's place in the order of a country's memberships (the organisation's id, then
   *     the role); equal for entries that order equally
   * @param role the membership's role, kept here so that filtering by role reads no other object
   */
  public record Entry(Membership membership, Spell spell, Country country, Organisation organisation, long firstDay,
      long lastDay, long widestFirst, long widestLast, int memberOrder, int membershipOrder, Role role) {

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
  private record Seat(OrganisationId organisation, CountryCode predecessor) {
    // Written out: a record's generated equals and hashCode are bootstrapped through method handles at first use,
    // which costs a fresh JVM (each run of the CLI) more than building the whole index.
    @Override
    public boolean equals(Object o) {
      return o instanceof Seat other && organisation.equals(other.organisation)
          && predecessor.equals(other.predecessor);
    }

    @Override
    public int hashCode() {
      return 31 * organisation.hashCode() + predecessor.hashCode();
    }
  }

  /**
   * A country starting or ceasing to hold one of a set of roles: {@code joined}, or not (it left);
   * {@code effectiveDay} is the first day of the new status (for a departure, the day after the last day).
   */
  public record Transition(boolean joined, Entry entry, long effectiveDay) {}

  private record TransitionKey(OrganisationId organisation, Set<Role> roles, Optional<String> framework) {
    // Written out, as for Seat.
    @Override
    public boolean equals(Object o) {
      return o instanceof TransitionKey other && organisation.equals(other.organisation)
          && roles.equals(other.roles) && framework.equals(other.framework);
    }

    @Override
    public int hashCode() {
      return (31 * organisation.hashCode() + roles.hashCode()) * 31 + framework.hashCode();
    }
  }

  private record Transitions(List<Transition> sorted, long[] days) {}

  private final Dataset dataset;
  private final Map<CountryCode, Country> countries;
  private final Map<OrganisationId, Organisation> organisations;
  private final Map<String, PartnershipFramework> frameworks;
  private final Map<OrganisationId, List<Entry>> entriesByOrganisation;
  private final Map<CountryCode, List<Entry>> entriesByCountry;
  private final Map<Seat, List<Entry>> continuations;
  // Built on first use, per organisation and per country, or as a whole: a run of the CLI asks about one
  // organisation or country, and a lookup by name needs only the kind of name it is.
  private final ConcurrentHashMap<OrganisationId, IntervalTree<Entry>> byOrganisation = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<CountryCode, IntervalTree<Entry>> byCountry = new ConcurrentHashMap<>();
  private volatile Map<String, List<CountryMatchKey>> countryKeys;
  private volatile Map<String, Organisation> organisationKeys;
  private volatile Map<String, PartnershipFramework> frameworkKeys;
  private volatile Map<String, Source> sources;
  private volatile Map<String, Source> sourceKeys;
  private final Map<TransitionKey, Transitions> transitions = new ConcurrentHashMap<>();
  private final Map<OrganisationId, Set<Role>> rolesByOrganisation = new ConcurrentHashMap<>();

  /*
   * The index is built on the first query of every run of the CLI, in a JVM that has run little: it is written with
   * plain loops and JDK collections rather than lambdas, streams and Guava's multimaps, each of which costs such a JVM
   * classes to load or spin at first use.
   */
  public Index(Dataset dataset) {
    this.dataset = dataset;
    Map<CountryCode, Country> countries = new LinkedHashMap<>();
    for (Country c : dataset.countries()) {
      countries.put(c.code(), c);
    }
    this.countries = Collections.unmodifiableMap(countries);
    Map<OrganisationId, Organisation> organisations = new LinkedHashMap<>();
    for (Organisation o : dataset.organisations()) {
      organisations.put(o.id(), o);
    }
    this.organisations = Collections.unmodifiableMap(organisations);
    Map<String, PartnershipFramework> frameworks = new LinkedHashMap<>();
    for (PartnershipFramework f : dataset.frameworks()) {
      frameworks.put(f.id(), f);
    }
    this.frameworks = Collections.unmodifiableMap(frameworks);

    Map<OrganisationId, List<Entry>> byOrg = new HashMap<>();
    Map<CountryCode, List<Entry>> byCty = new HashMap<>();
    Map<Seat, List<Entry>> continued = new HashMap<>();
    Orders orders = new Orders(dataset, countries);
    int i = 0;
    for (Membership m : dataset.memberships()) {
      Country country = countries.get(m.country());
      Organisation organisation = organisations.get(m.organisation());
      for (Spell s : m.spells()) {
        long lastDay = s.end().isPresent() ? s.end().get().earliest().toEpochDay() : Long.MAX_VALUE;
        long widestLast = s.end().isPresent() ? s.end().get().latest().toEpochDay() : Long.MAX_VALUE;
        Entry e = new Entry(m, s, country, organisation, s.firstDay().toEpochDay(), lastDay,
            s.start().earliest().toEpochDay(), widestLast, orders.member(i), orders.membership(i), m.role());
        i++;
        add(byOrg, m.organisation(), e);
        add(byCty, m.country(), e);
        if (s.continues().isPresent()) {
          add(continued, new Seat(m.organisation(), s.continues().get()), e);
        }
      }
    }
    this.entriesByOrganisation = byOrg;
    this.entriesByCountry = byCty;
    this.continuations = continued;
  }

  private static <K> void add(Map<K, List<Entry>> map, K key, Entry entry) {
    List<Entry> list = map.get(key);
    if (list == null) {
      list = new ArrayList<>();
      map.put(key, list);
    }
    list.add(entry);
  }

  private static <K> List<Entry> entries(Map<K, List<Entry>> map, K key) {
    List<Entry> list = map.get(key);
    return list == null ? List.of() : Collections.unmodifiableList(list);
  }

  /** The interval tree of {@code key}'s entries, built on first use; null if it has none. */
  private static <K> IntervalTree<Entry> tree(ConcurrentHashMap<K, IntervalTree<Entry>> trees,
      Map<K, List<Entry>> entries, K key) {
    IntervalTree<Entry> tree = trees.get(key);
    if (tree == null) {
      List<Entry> list = entries.get(key);
      if (list == null) {
        return null;
      }
      tree = IntervalTree.of(list, WIDEST_FIRST, WIDEST_LAST);
      IntervalTree<Entry> raced = trees.putIfAbsent(key, tree);
      tree = raced == null ? tree : raced;
    }
    return tree;
  }

  private static final java.util.function.ToLongFunction<Entry> WIDEST_FIRST = Entry::widestFirst;
  private static final java.util.function.ToLongFunction<Entry> WIDEST_LAST = Entry::widestLast;

  /**
   * The place of every spell of the dataset (in dataset order) in the order of an organisation's members and in the
   * order of a country's memberships, as dense ranks: equal keys get equal ranks. Computed with primitive sorts, so
   * that building it costs little next to the trees.
   */
  private static final class Orders {
    private final int[] member;
    private final int[] membership;

    Orders(Dataset dataset, Map<CountryCode, Country> countries) {
      int n = 0;
      for (Membership m : dataset.memberships()) {
        n += m.spells().size();
      }
      String[] names = new String[countries.size()];
      int c = 0;
      for (Country country : countries.values()) {
        names[c++] = country.name();
      }
      Arrays.sort(names);
      OrganisationId[] ids = new OrganisationId[dataset.organisations().size()];
      for (int o = 0; o < ids.length; o++) {
        ids[o] = dataset.organisations().get(o).id();
      }
      Arrays.sort(ids);
      long[] days = new long[n];
      int i = 0;
      for (Membership m : dataset.memberships()) {
        for (Spell s : m.spells()) {
          days[i++] = s.firstDay().toEpochDay();
        }
      }
      long[] distinctDays = distinctSorted(days);
      long[] memberKeys = new long[n];
      long[] membershipKeys = new long[n];
      i = 0;
      for (Membership m : dataset.memberships()) {
        long name = Arrays.binarySearch(names, countries.get(m.country()).name());
        long organisation = Arrays.binarySearch(ids, m.organisation());
        int role = m.role().ordinal();
        for (int k = 0; k < m.spells().size(); k++) {
          long day = Arrays.binarySearch(distinctDays, days[i]);
          memberKeys[i] = (day << 40) | (name << 8) | role;
          membershipKeys[i] = (organisation << 8) | role;
          i++;
        }
      }
      this.member = ranks(memberKeys);
      this.membership = ranks(membershipKeys);
    }

    int member(int spell) {
      return member[spell];
    }

    int membership(int spell) {
      return membership[spell];
    }

    private static long[] distinctSorted(long[] values) {
      long[] sorted = values.clone();
      Arrays.sort(sorted);
      int d = 0;
      for (int i = 0; i < sorted.length; i++) {
        if (i == 0 || sorted[i] != sorted[d - 1]) {
          sorted[d++] = sorted[i];
        }
      }
      return Arrays.copyOf(sorted, d);
    }

    private static int[] ranks(long[] keys) {
      long[] distinct = distinctSorted(keys);
      int[] ranks = new int[keys.length];
      for (int i = 0; i < keys.length; i++) {
        ranks[i] = Arrays.binarySearch(distinct, keys[i]);
      }
      return ranks;
    }
  }

  /**
   * Every key a country is found by: first its codes, curated name and Wikidata QID (which the dataset's rules keep
   * unique, but for a retired alpha-2 code shared by two historical states), then its other names; each key with
   * every country it may name, so that a key that names several is answered with the candidates, never with one.
   */
  private static Map<String, List<CountryMatchKey>> countryKeys(List<Country> countries) {
    Map<String, List<CountryMatchKey>> primary = new HashMap<>();
    Map<String, List<CountryMatchKey>> secondary = new HashMap<>();
    for (Country c : countries) {
      List<String> keys = new ArrayList<>();
      keys.add(key(c.code().value()));
      keys.add(key(c.alpha2()));
      keys.add(key(c.numeric()));
      keys.add(key(c.name()));
      if (c.formerCode().isPresent()) {
        keys.add(key(c.formerCode().get()));
      }
      // A Wikidata QID (Q31) cannot be mistaken for a code or a name; other schemes' codes can (COW's AUS is
      // Austria), so only the QID finds a country.
      for (org.multilateral.core.Identifier i : c.identifiers()) {
        if (i.scheme() == org.multilateral.core.Identifier.Scheme.WIKIDATA) {
          keys.add(key(i.value()));
        }
      }
      for (String k : new java.util.LinkedHashSet<>(keys)) {
        primary.computeIfAbsent(k, x -> new ArrayList<>()).add(new CountryMatchKey(c, Optional.empty()));
      }
      for (org.multilateral.core.CountryName n : c.otherNames()) {
        List<CountryMatchKey> list = secondary.computeIfAbsent(key(n.name()), x -> new ArrayList<>());
        boolean listed = false;
        for (CountryMatchKey m : list) {
          listed |= m.country().equals(c);
        }
        if (!listed) {
          list.add(new CountryMatchKey(c, Optional.of(n)));
        }
      }
    }
    Map<String, List<CountryMatchKey>> keys = new HashMap<>(secondary);
    keys.putAll(primary); // a code or a curated name wins over another country's other name
    Map<String, List<CountryMatchKey>> out = new HashMap<>();
    for (Map.Entry<String, List<CountryMatchKey>> e : keys.entrySet()) {
      out.put(e.getKey(), List.copyOf(e.getValue()));
    }
    return out;
  }

  /** A country a key finds, and the other name it was found by, if any. */
  public record CountryMatchKey(Country country, Optional<org.multilateral.core.CountryName> name) {}

  private static Map<String, Organisation> organisationKeys(List<Organisation> organisations) {
    Map<String, Organisation> keys = new HashMap<>();
    for (Organisation o : organisations) {
      keys.put(key(o.id().value()), o);
    }
    for (Organisation o : organisations) {
      for (org.multilateral.core.Identifier i : o.identifiers()) {
        if (i.scheme() == org.multilateral.core.Identifier.Scheme.WIKIDATA) {
          keys.putIfAbsent(key(i.value()), o);
        }
      }
      for (String a : o.aliases()) {
        keys.putIfAbsent(key(a), o);
      }
      keys.putIfAbsent(key(o.name()), o);
      keys.putIfAbsent(key(o.frenchName()), o);
    }
    return keys;
  }

  private Map<String, List<CountryMatchKey>> countryKeys() {
    Map<String, List<CountryMatchKey>> keys = countryKeys;
    if (keys == null) {
      keys = countryKeys(dataset.countries());
      countryKeys = keys;
    }
    return keys;
  }

  private Map<String, Organisation> organisationKeys() {
    Map<String, Organisation> keys = organisationKeys;
    if (keys == null) {
      keys = organisationKeys(dataset.organisations());
      organisationKeys = keys;
    }
    return keys;
  }

  private Map<String, PartnershipFramework> frameworkKeys() {
    Map<String, PartnershipFramework> keys = frameworkKeys;
    if (keys == null) {
      keys = new HashMap<>();
      for (PartnershipFramework f : dataset.frameworks()) {
        keys.put(key(f.id()), f);
      }
      for (PartnershipFramework f : dataset.frameworks()) {
        keys.putIfAbsent(key(f.name()), f);
      }
      frameworkKeys = keys;
    }
    return keys;
  }

  private Map<String, Source> sourceMap() {
    Map<String, Source> map = sources;
    if (map == null) {
      map = new LinkedHashMap<>();
      for (Source src : dataset.sources()) {
        map.put(src.id(), src);
      }
      map = Collections.unmodifiableMap(map);
      sources = map;
    }
    return map;
  }

  private Map<String, Source> sourceKeys() {
    Map<String, Source> keys = sourceKeys;
    if (keys == null) {
      keys = new HashMap<>();
      for (Source src : sourceMap().values()) {
        keys.putIfAbsent(key(src.id()), src);
      }
      sourceKeys = keys;
    }
    return keys;
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
      for (Entry e : entries(entriesByOrganisation, o)) {
        roles.add(e.role());
      }
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
   * The countries an alpha-3, alpha-2, numeric or former (ISO 3166-3) code, curated name, Wikidata QID or other
   * name finds, ignoring case, accents and runs of spaces: none, one, or (for an ambiguous key) several.
   */
  public List<CountryMatchKey> findCountries(String text) {
    return countryKeys().getOrDefault(key(text), List.of());
  }

  /** An organisation by id, alias, English or French name, ignoring case. */
  public Optional<Organisation> findOrganisation(String text) {
    return Optional.ofNullable(organisationKeys().get(key(text)));
  }

  /** A partnership framework by id or name, ignoring case. */
  public Optional<PartnershipFramework> findFramework(String text) {
    return Optional.ofNullable(frameworkKeys().get(key(text)));
  }

  /** A source by id, ignoring case. */
  public Optional<Source> findSource(String id) {
    return Optional.ofNullable(sourceKeys().get(key(id)));
  }

  /** Every source the dataset cites, each once, in the order facts first cite them. */
  public Collection<Source> sources() {
    return sourceMap().values();
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
    return List.copyOf(sourceMap().keySet());
  }

  /**
   * The spells of {@code organisation} that may be in force on {@code day} (the widest reading of their dates), in no
   * particular order; {@link Entry#isCertainOn} tells those certainly in force.
   */
  public List<Entry> mayBeInForce(OrganisationId organisation, LocalDate day) {
    IntervalTree<Entry> tree = tree(byOrganisation, entriesByOrganisation, organisation);
    return tree == null ? List.of() : tree.at(day.toEpochDay());
  }

  /** The spells of {@code country} that may be in force on {@code day}, in no particular order. */
  public List<Entry> mayBeInForce(CountryCode country, LocalDate day) {
    IntervalTree<Entry> tree = tree(byCountry, entriesByCountry, country);
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
    List<Entry> successors = entries(continuations, new Seat(m.organisation(), m.country())).stream()
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
    for (Entry e : entries(entriesByOrganisation, key.organisation())) {
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
