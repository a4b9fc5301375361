package org.multilateral.core;

import static org.multilateral.core.Checks.checkArgument;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.multilateral.core.internal.NameKey;

/** The checked, immutable {@link Dataset} that {@link Dataset#builder()} makes. */
@Value.Immutable
abstract non-sealed class DatasetValue implements Dataset {

  @Override
  public abstract List<Country> countries();

  @Override
  public abstract List<Organisation> organisations();

  @Override
  public abstract List<PartnershipFramework> frameworks();

  @Override
  public abstract List<Membership> memberships();

  @Override
  public abstract List<Event> events();

  @Override
  public abstract List<Initiative> initiatives();

  @Override
  public abstract List<Document> documents();

  @Override
  public abstract List<Office> offices();

  // The load of the bundled data runs this class's checks in a JVM that has loaded little: they are written with
  // plain loops rather than lambdas and streams, each of which makes the JVM spin a class at its first use.

  @Value.Lazy
  Map<CountryCode, Country> countryIndex() {
    Map<CountryCode, Country> map = new HashMap<>();
    for (Country c : countries()) {
      unique(map.put(c.code(), c) == null, "country", c.code());
    }
    return Map.copyOf(map);
  }

  @Value.Lazy
  Map<OrganisationId, Organisation> organisationIndex() {
    Map<OrganisationId, Organisation> map = new HashMap<>();
    for (Organisation o : organisations()) {
      unique(map.put(o.id(), o) == null, "organisation", o.id());
    }
    return Map.copyOf(map);
  }

  @Override
  public Optional<Country> country(CountryCode code) {
    return Optional.ofNullable(countryIndex().get(java.util.Objects.requireNonNull(code, "code")));
  }

  @Override
  public Optional<Organisation> organisation(OrganisationId id) {
    return Optional.ofNullable(organisationIndex().get(java.util.Objects.requireNonNull(id, "id")));
  }

  @Value.Lazy
  @Override
  public List<Source> sources() {
    Map<String, Source> sources = new java.util.LinkedHashMap<>();
    for (Country c : countries()) {
      cite(sources, c.sources());
      for (CountryName n : c.otherNames()) {
        cite(sources, n.sources());
      }
      for (Identifier i : c.identifiers()) {
        cite(sources, i.sources());
      }
    }
    for (Organisation o : organisations()) {
      cite(sources, o.sources());
      for (Identifier i : o.identifiers()) {
        cite(sources, i.sources());
      }
      for (Milestone m : o.founding()) {
        cite(sources, m.sources());
      }
      for (Seat seat : o.seats()) {
        cite(sources, seat.sources());
      }
    }
    for (PartnershipFramework f : frameworks()) {
      cite(sources, f.sources());
    }
    for (Membership m : memberships()) {
      cite(sources, m.sources());
      for (Milestone x : m.milestones()) {
        cite(sources, x.sources());
      }
      for (Episode x : m.episodes()) {
        cite(sources, x.sources());
      }
    }
    for (Event e : events()) {
      cite(sources, e.sources());
    }
    for (Initiative i : initiatives()) {
      cite(sources, i.sources());
    }
    for (Document d : documents()) {
      cite(sources, d.sources());
    }
    for (Office o : offices()) {
      cite(sources, o.sources());
    }
    return List.copyOf(sources.values());
  }

  private static void cite(Map<String, Source> sources, List<Source> list) {
    for (Source s : list) {
      Source previous = sources.putIfAbsent(s.id(), s);
      checkArgument(previous == null || previous.equals(s), "dataset: two different sources share the id '%s': %s "
          + "and %s", s.id(), previous, s);
    }
  }

  @Value.Check
  void check() {
    checkArgument(!version().isBlank(), "dataset: blank version");
  }

  /**
   * The checks across facts that {@link Dataset.Builder#build()} makes: every id unique, every reference known, the
   * sources consistent, memberships within their country's life. Not a {@code @Value.Check}, so that the decoder of
   * the compiled bundled data, whose facts were checked this way before they were written, need not repeat them.
   */
  void checkFacts() {
    sources();
    Map<CountryCode, Country> countries = countryIndex();
    Map<OrganisationId, Organisation> organisations = organisationIndex();
    Map<String, PartnershipFramework> frameworks = new HashMap<>();
    for (PartnershipFramework f : frameworks()) {
      unique(frameworks.put(f.id(), f) == null, "framework", f.id());
    }
    Map<String, Event> events = new HashMap<>();
    for (Event e : events()) {
      unique(events.put(e.id(), e) == null, "event", e.id());
    }
    Set<String> ids = new HashSet<>();
    for (Initiative i : initiatives()) {
      unique(ids.add(i.id()), "initiative", i.id());
    }
    ids.clear();
    for (Document d : documents()) {
      unique(ids.add(d.id()), "document", d.id());
    }
    // Ids and aliases are compared as NameKey compares names (case, accents, spaces): two that differ only there
    // would make lookups ambiguous.
    Map<String, OrganisationId> names = new HashMap<>();
    for (Organisation o : organisations()) {
      names.put(NameKey.of(o.id().value()), o.id());
    }
    for (Organisation o : organisations()) {
      if (o.parent().isPresent()) {
        requireKnown(organisations, o.parent().get(), "organisation ", o.id(), " names parent");
      }
      for (String alias : o.aliases()) {
        OrganisationId previous = names.putIfAbsent(NameKey.of(alias), o.id());
        checkArgument(previous == null || previous.equals(o.id()),
            "dataset: alias '%s' of organisation %s is used twice", alias, o.id());
      }
    }
    for (Organisation o : organisations()) {
      for (Seat seat : o.seats()) {
        requireKnown(countries, seat.country(), "organisation ", o.id(), " names host");
      }
    }
    for (Office office : offices()) {
      requireKnown(organisations, office.organisation(), "office ", office.title(), " names organisation");
      if (office.country().isPresent()) {
        requireKnown(countries, office.country().get(), "office ", office.title(), " names country");
      }
    }
    for (Country c : countries()) {
      for (CountryCode s : c.successors()) {
        requireKnown(countries, s, "country ", c.code(), " names successor");
      }
    }
    for (Membership m : memberships()) {
      for (Spell s : m.spells()) {
        if (s.continues().isPresent()) {
          checkContinuation(countries, m, s, s.continues().get());
        }
      }
    }
    checkCountryNames();
    checkParents(organisations);
    checkLives(countries, organisations);
    checkOneFullRoleAtATime();
    Set<String> membershipKeys = new HashSet<>();
    for (Membership m : memberships()) {
      String label = m.label();
      requireKnown(countries, m.country(), "membership ", label, " names country");
      requireKnown(organisations, m.organisation(), "membership ", label, " names organisation");
      if (m.framework().isPresent()) {
        String f = m.framework().get();
        requireKnown(frameworks, f, "membership ", label, " names framework");
        checkArgument(frameworks.get(f).organisation().equals(m.organisation()),
            "dataset: membership %s names framework %s of another organisation", label, f);
      }
      checkArgument(membershipKeys.add(label),
          "dataset: membership %s appears twice; put all its spells in one record", label);
    }
    for (PartnershipFramework f : frameworks()) {
      requireKnown(organisations, f.organisation(), "framework ", f.id(), " names organisation");
    }
    for (Event e : events()) {
      requireKnown(organisations, e.organisation(), "event ", e.id(), " names organisation");
      for (CountryCode p : e.participants()) {
        requireKnown(countries, p, "event ", e.id(), " names participant");
      }
    }
    for (Initiative i : initiatives()) {
      requireKnown(organisations, i.organisation(), "initiative ", i.id(), " names organisation");
      for (CountryCode s : i.supporters()) {
        requireKnown(countries, s, "initiative ", i.id(), " names supporter");
      }
      for (CountryCode s : i.beneficiaries()) {
        requireKnown(countries, s, "initiative ", i.id(), " names beneficiary");
      }
    }
    for (Document d : documents()) {
      requireKnown(organisations, d.organisation(), "document ", d.id(), " names organisation");
      if (d.event().isPresent()) {
        requireKnown(events, d.event().get(), "document ", d.id(), " names event");
      }
    }
  }

  /** Spell {@code s} of {@code m} continues the seat of {@code p}: check that such a seat exists and was handed over. */
  private void checkContinuation(Map<CountryCode, Country> countries, Membership m, Spell s, CountryCode p) {
    requireKnown(countries, p, "membership ", m.label(), " continues the seat of");
    List<Membership> predecessors = new java.util.ArrayList<>();
    // The seat continued is of the same kind: the same role, or both full membership.
    List<Membership> sameKind = new java.util.ArrayList<>();
    for (Membership o : memberships()) {
      if (o.country().equals(p) && o.organisation().equals(m.organisation())) {
        predecessors.add(o);
        if (o.role() == m.role() || (o.role().isFullMember() && m.role().isFullMember())) {
          sameKind.add(o);
        }
      }
    }
    checkArgument(!predecessors.isEmpty(),
        "dataset: membership %s continues the seat of %s, which holds no membership of %s", m.label(), p,
        m.organisation());
    // A hand-over may be imprecise, but the predecessor cannot certainly hold the seat on a day the successor
    // certainly does.
    for (Membership o : sameKind) {
      for (Spell ps : o.spells()) {
        checkArgument(!ps.isInForceOn(s.firstDay()), "dataset: membership %s continues the seat of %s from %s,"
            + " but %s is certainly in force that day", m.label(), p, s.start(), o.label());
      }
    }
  }

  /**
   * Codes and names find one country: the alpha-2 code of a current state, the numeric code of any state and every
   * name (compared as {@link NameKey} compares them) are each used once. Historical states may share a retired alpha-2
   * code with each other (CS was Czechoslovakia's and then Serbia and Montenegro's), never with a current state.
   */
  private void checkCountryNames() {
    Map<String, Country> alpha2 = new HashMap<>();
    Map<String, Country> numeric = new HashMap<>();
    Map<String, Country> names = new HashMap<>();
    for (Country c : countries()) {
      if (!c.isHistorical()) {
        unique(alpha2, c.alpha2(), c, "alpha-2 code");
      }
      unique(numeric, c.numeric(), c, "numeric code");
      unique(names, NameKey.of(c.name()), c, "name");
    }
    for (Country c : countries()) {
      if (c.isHistorical() && alpha2.containsKey(c.alpha2())) {
        throw new InvalidFactException("country " + c.code(), "dataset: country " + c.code() + ": alpha-2 code '"
            + c.alpha2() + "' is the code of " + alpha2.get(c.alpha2()) + ", a current state");
      }
    }
  }

  private static void unique(Map<String, Country> seen, String key, Country c, String what) {
    Country previous = seen.putIfAbsent(key, c);
    if (previous != null) {
      throw new InvalidFactException("country " + c.code(), "dataset: country " + c.code() + ": " + what + " '"
          + key + "' is already " + previous + "'s; codes and names must find one country");
    }
  }

  /** No organisation is its own parent, directly or through others. */
  private void checkParents(Map<OrganisationId, Organisation> organisations) {
    for (Organisation o : organisations()) {
      Set<OrganisationId> seen = new HashSet<>();
      Optional<OrganisationId> parent = Optional.of(o.id());
      while (parent.isPresent()) {
        if (!seen.add(parent.get())) {
          throw new InvalidFactException("organisation " + o.id(), "dataset: organisation " + o.id()
              + " is its own parent through " + seen);
        }
        Organisation next = organisations.get(parent.get());
        parent = next == null ? Optional.empty() : next.parent();
      }
    }
  }

  /**
   * A membership lies within its country's life and after its organisation's earliest founding date, on the widest
   * reading of the dates (a spell of a state that ended must end too).
   */
  private void checkLives(Map<CountryCode, Country> countries, Map<OrganisationId, Organisation> organisations) {
    for (Membership m : memberships()) {
      Country c = countries.get(m.country());
      Organisation o = organisations.get(m.organisation());
      if (c == null || o == null) {
        continue; // reported as an unknown reference
      }
      Optional<PartialDate> founded = o.founded();
      for (Spell s : m.spells()) {
        if (c.started().isPresent() && s.start().latest().isBefore(c.started().get().earliest())) {
          throw new InvalidFactException(m.label(), "dataset: membership " + m.label() + ": spell " + s
              + " starts before " + c + " existed (" + c.started().get() + ")");
        }
        if (c.ended().isPresent() && (s.end().isEmpty()
            || s.end().get().earliest().isAfter(c.ended().get().latest()))) {
          throw new InvalidFactException(m.label(), "dataset: membership " + m.label() + ": spell " + s
              + " outlasts " + c + ", which ended " + c.ended().get());
        }
        if (founded.isPresent() && s.start().latest().isBefore(founded.get().earliest())) {
          throw new InvalidFactException(m.label(), "dataset: membership " + m.label() + ": spell " + s
              + " starts before " + o.id() + " was founded (" + founded.get() + ")");
        }
      }
    }
  }

  /**
   * A country holds one full membership of an organisation at a time: spells of two full-member roles (founding
   * member and member, permanent and elected) never share a day, on the widest reading; so a member list names a
   * country once. Roles short of membership (partner, candidate, observer) may run beside each other.
   */
  private void checkOneFullRoleAtATime() {
    Map<String, List<Membership>> full = new HashMap<>();
    for (Membership m : memberships()) {
      if (m.role().isFullMember()) {
        String key = m.country() + "@" + m.organisation();
        List<Membership> list = full.get(key);
        if (list == null) {
          list = new java.util.ArrayList<>();
          full.put(key, list);
        }
        list.add(m);
      }
    }
    for (List<Membership> roles : full.values()) {
      for (int i = 0; i < roles.size(); i++) {
        for (int j = i + 1; j < roles.size(); j++) {
          for (Spell a : roles.get(i).spells()) {
            for (Spell b : roles.get(j).spells()) {
              if (a.overlaps(b)) {
                throw new InvalidFactException(roles.get(j).label(), "dataset: membership " + roles.get(j).label()
                    + ": spell " + b + " overlaps spell " + a + " of " + roles.get(i).label()
                    + "; a country holds one full membership of an organisation at a time");
              }
            }
          }
        }
      }
    }
  }

  private static void unique(boolean first, String what, Object key) {
    checkArgument(first, "dataset: %s '%s' appears twice", what, key);
  }

  /**
   * Throws unless {@code known} holds {@code key}; the message is {@code context} (made only then, from its
   * three parts) and the key.
   */
  private static <K> void requireKnown(Map<K, ?> known, K key, String before, Object subject, String after) {
    if (!known.containsKey(key)) {
      throw new IllegalArgumentException("dataset: " + before + subject + after + " '" + key
          + "', which the dataset does not hold");
    }
  }

  /**
   * Equal to any dataset of this module that holds the same version, day and facts, however it was made: built and
   * checked, or decoded part by part from the compiled bundled data ({@link LazyDataset}).
   */
  @Override
  public final boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof DatasetValue d
        && version().equals(d.version())
        && currentTo().equals(d.currentTo())
        && countries().equals(d.countries())
        && organisations().equals(d.organisations())
        && frameworks().equals(d.frameworks())
        && memberships().equals(d.memberships())
        && events().equals(d.events())
        && initiatives().equals(d.initiatives())
        && documents().equals(d.documents())
        && offices().equals(d.offices());
  }

  @Override
  public final int hashCode() {
    int h = 5381;
    h += (h << 5) + version().hashCode();
    h += (h << 5) + currentTo().hashCode();
    h += (h << 5) + countries().hashCode();
    h += (h << 5) + organisations().hashCode();
    h += (h << 5) + frameworks().hashCode();
    h += (h << 5) + memberships().hashCode();
    h += (h << 5) + events().hashCode();
    h += (h << 5) + initiatives().hashCode();
    h += (h << 5) + documents().hashCode();
    h += (h << 5) + offices().hashCode();
    return h;
  }

  @Override
  public String toString() {
    return "Dataset " + version() + " (current to " + currentTo() + "): " + countries().size() + " countries, "
        + organisations().size() + " organisations, " + memberships().size() + " memberships";
  }
}
