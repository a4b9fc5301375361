package org.multilateral.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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

  @Value.Lazy
  Map<CountryCode, Country> countryIndex() {
    return Map.copyOf(index(countries(), Country::code, "country"));
  }

  @Value.Lazy
  Map<OrganisationId, Organisation> organisationIndex() {
    return Map.copyOf(index(organisations(), Organisation::id, "organisation"));
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
    java.util.function.Consumer<List<Source>> cite = list -> list.forEach(s -> {
      Source previous = sources.putIfAbsent(s.id(), s);
      checkArgument(previous == null || previous.equals(s), "dataset: two different sources share the id '%s': %s "
          + "and %s", s.id(), previous, s);
    });
    for (Country c : countries()) {
      cite.accept(c.sources());
      c.otherNames().forEach(n -> cite.accept(n.sources()));
      c.identifiers().forEach(i -> cite.accept(i.sources()));
    }
    for (Organisation o : organisations()) {
      cite.accept(o.sources());
      o.identifiers().forEach(i -> cite.accept(i.sources()));
      o.founding().forEach(m -> cite.accept(m.sources()));
      o.seats().forEach(s -> cite.accept(s.sources()));
    }
    frameworks().forEach(f -> cite.accept(f.sources()));
    for (Membership m : memberships()) {
      cite.accept(m.sources());
      m.milestones().forEach(x -> cite.accept(x.sources()));
      m.episodes().forEach(x -> cite.accept(x.sources()));
    }
    events().forEach(e -> cite.accept(e.sources()));
    initiatives().forEach(i -> cite.accept(i.sources()));
    documents().forEach(d -> cite.accept(d.sources()));
    offices().forEach(o -> cite.accept(o.sources()));
    return List.copyOf(sources.values());
  }

  @Value.Check
  void check() {
    checkArgument(!version().isBlank(), "dataset: blank version");
    sources();
    Map<CountryCode, Country> countries = countryIndex();
    Map<OrganisationId, Organisation> organisations = organisationIndex();
    Map<String, PartnershipFramework> frameworks = index(frameworks(), PartnershipFramework::id, "framework");
    Map<String, Event> events = index(events(), Event::id, "event");
    index(initiatives(), Initiative::id, "initiative");
    index(documents(), Document::id, "document");
    // Ids and aliases are compared as NameKey compares names (case, accents, spaces): two that differ only there
    // would make lookups ambiguous.
    Map<String, OrganisationId> names = new HashMap<>();
    organisations().forEach(o -> names.put(NameKey.of(o.id().value()), o.id()));
    for (Organisation o : organisations()) {
      o.parent().ifPresent(p -> requireKnown(organisations, p, "organisation " + o.id() + " names parent"));
      for (String alias : o.aliases()) {
        OrganisationId previous = names.putIfAbsent(NameKey.of(alias), o.id());
        checkArgument(previous == null || previous.equals(o.id()),
            "dataset: alias '%s' of organisation %s is used twice", alias, o.id());
      }
    }
    for (Organisation o : organisations()) {
      o.seats().forEach(s -> requireKnown(countries, s.country(), "organisation " + o.id() + " names host"));
    }
    for (Office office : offices()) {
      requireKnown(organisations, office.organisation(), "office " + office.title() + " names organisation");
      office.country().ifPresent(c -> requireKnown(countries, c, "office " + office.title() + " names country"));
    }
    for (Country c : countries()) {
      c.successors().forEach(s -> requireKnown(countries, s, "country " + c.code() + " names successor"));
    }
    for (Membership m : memberships()) {
      for (Spell s : m.spells()) {
        s.continues().ifPresent(p -> {
          requireKnown(countries, p, "membership " + m.label() + " continues the seat of");
          List<Membership> predecessors = memberships().stream().filter(o -> o.country().equals(p)
              && o.organisation().equals(m.organisation())).toList();
          // The seat continued is of the same kind: the same role, or both full membership.
          List<Membership> sameKind = predecessors.stream().filter(o -> o.role() == m.role()
              || (o.role().isFullMember() && m.role().isFullMember())).toList();
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
        });
      }
    }
    checkCountryNames();
    checkParents(organisations);
    checkLives(countries, organisations);
    checkOneFullRoleAtATime();
    Set<String> membershipKeys = new HashSet<>();
    for (Membership m : memberships()) {
      requireKnown(countries, m.country(), "membership " + m.label() + " names country");
      requireKnown(organisations, m.organisation(), "membership " + m.label() + " names organisation");
      m.framework().ifPresent(f -> {
        requireKnown(frameworks, f, "membership " + m.label() + " names framework");
        checkArgument(frameworks.get(f).organisation().equals(m.organisation()),
            "dataset: membership %s names framework %s of another organisation", m.label(), f);
      });
      checkArgument(membershipKeys.add(m.label()),
          "dataset: membership %s appears twice; put all its spells in one record", m.label());
    }
    for (PartnershipFramework f : frameworks()) {
      requireKnown(organisations, f.organisation(), "framework " + f.id() + " names organisation");
    }
    for (Event e : events()) {
      requireKnown(organisations, e.organisation(), "event " + e.id() + " names organisation");
      e.participants().forEach(p -> requireKnown(countries, p, "event " + e.id() + " names participant"));
    }
    for (Initiative i : initiatives()) {
      requireKnown(organisations, i.organisation(), "initiative " + i.id() + " names organisation");
      i.supporters().forEach(s -> requireKnown(countries, s, "initiative " + i.id() + " names supporter"));
      i.beneficiaries().forEach(s -> requireKnown(countries, s, "initiative " + i.id() + " names beneficiary"));
    }
    for (Document d : documents()) {
      requireKnown(organisations, d.organisation(), "document " + d.id() + " names organisation");
      d.event().ifPresent(e -> requireKnown(events, e, "document " + d.id() + " names event"));
    }
  }

  private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key, String what) {
    Map<K, V> map = new HashMap<>();
    for (V value : values) {
      K k = key.apply(value);
      checkArgument(map.put(k, value) == null, "dataset: %s '%s' appears twice", what, k);
    }
    return map;
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
        parent = Optional.ofNullable(organisations.get(parent.get())).flatMap(Organisation::parent);
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
      for (Spell s : m.spells()) {
        c.started().ifPresent(started -> {
          if (s.start().latest().isBefore(started.earliest())) {
            throw new InvalidFactException(m.label(), "dataset: membership " + m.label() + ": spell " + s
                + " starts before " + c + " existed (" + started + ")");
          }
        });
        c.ended().ifPresent(ended -> {
          if (s.end().isEmpty() || s.end().get().earliest().isAfter(ended.latest())) {
            throw new InvalidFactException(m.label(), "dataset: membership " + m.label() + ": spell " + s
                + " outlasts " + c + ", which ended " + ended);
          }
        });
        o.founded().ifPresent(founded -> {
          if (s.start().latest().isBefore(founded.earliest())) {
            throw new InvalidFactException(m.label(), "dataset: membership " + m.label() + ": spell " + s
                + " starts before " + o.id() + " was founded (" + founded + ")");
          }
        });
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
        full.computeIfAbsent(m.country() + "@" + m.organisation(), k -> new java.util.ArrayList<>()).add(m);
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

  private static <K> void requireKnown(Map<K, ?> known, K key, String context) {
    checkArgument(known.containsKey(key), "dataset: %s '%s', which the dataset does not hold", context, key);
  }

  @Override
  public String toString() {
    return "Dataset " + version() + " (current to " + currentTo() + "): " + countries().size() + " countries, "
        + organisations().size() + " organisations, " + memberships().size() + " memberships";
  }
}
