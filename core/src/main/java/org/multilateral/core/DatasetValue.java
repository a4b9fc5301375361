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

/** The checked, immutable {@link Dataset} that {@link Dataset#builder()} makes. */
@Value.Immutable
abstract class DatasetValue implements Dataset {

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

  @Value.Check
  void check() {
    checkArgument(!version().isBlank(), "dataset: blank version");
    Map<CountryCode, Country> countries = countryIndex();
    Map<OrganisationId, Organisation> organisations = organisationIndex();
    Map<String, PartnershipFramework> frameworks = index(frameworks(), PartnershipFramework::id, "framework");
    Map<String, Event> events = index(events(), Event::id, "event");
    index(initiatives(), Initiative::id, "initiative");
    index(documents(), Document::id, "document");
    Set<String> aliases = new HashSet<>();
    for (Organisation o : organisations()) {
      o.parent().ifPresent(p -> requireKnown(organisations, p, "organisation " + o.id() + " names parent"));
      for (String alias : o.aliases()) {
        boolean shadowsAnId = organisations.keySet().stream()
            .anyMatch(id -> !id.equals(o.id()) && id.value().equalsIgnoreCase(alias));
        checkArgument(aliases.add(alias) && !shadowsAnId,
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

  private static <K> void requireKnown(Map<K, ?> known, K key, String context) {
    checkArgument(known.containsKey(key), "dataset: %s '%s', which the dataset does not hold", context, key);
  }

  @Override
  public String toString() {
    return "Dataset " + version() + " (current to " + currentTo() + "): " + countries().size() + " countries, "
        + organisations().size() + " organisations, " + memberships().size() + " memberships";
  }
}
