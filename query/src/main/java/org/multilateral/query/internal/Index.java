package org.multilateral.query.internal;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.multilateral.core.Country;
import org.multilateral.core.CountryCode;
import org.multilateral.core.Dataset;
import org.multilateral.core.Membership;
import org.multilateral.core.Organisation;
import org.multilateral.core.OrganisationId;
import org.multilateral.core.Spell;

/**
 * Lookup tables over one dataset, built once and shared by every query over it. Not API.
 *
 * <p>Spells are kept per organisation, sorted by their first day, so that an on-date lookup only visits spells
 * that started by that day.
 */
public final class Index {

  /** A spell with its membership. */
  public record Entry(Membership membership, Spell spell, long firstDay, long lastDay) {}

  private final Dataset dataset;
  private final ImmutableMap<CountryCode, Country> countries;
  private final ImmutableMap<OrganisationId, Organisation> organisations;
  private final ImmutableMap<String, Country> countryKeys;
  private final ImmutableMap<String, Organisation> organisationKeys;
  private final ImmutableMap<OrganisationId, Entry[]> spellsByOrganisation;
  private final ImmutableListMultimap<CountryCode, Membership> membershipsByCountry;

  public Index(Dataset dataset) {
    this.dataset = dataset;
    ImmutableMap.Builder<CountryCode, Country> byCode = ImmutableMap.builder();
    Map<String, Country> keys = new HashMap<>();
    for (Country c : dataset.countries()) {
      byCode.put(c.code(), c);
      keys.putIfAbsent(key(c.code().value()), c);
      keys.putIfAbsent(key(c.alpha2()), c);
      keys.putIfAbsent(key(c.numeric()), c);
      keys.putIfAbsent(key(c.name()), c);
    }
    // A current state wins a shared alpha-2 code (CS was Czechoslovakia's, then Serbia and Montenegro's).
    for (Country c : dataset.countries()) {
      if (!c.isHistorical()) {
        keys.put(key(c.alpha2()), c);
      }
    }
    this.countries = byCode.buildOrThrow();
    this.countryKeys = ImmutableMap.copyOf(keys);

    ImmutableMap.Builder<OrganisationId, Organisation> byId = ImmutableMap.builder();
    Map<String, Organisation> orgKeys = new HashMap<>();
    for (Organisation o : dataset.organisations()) {
      byId.put(o.id(), o);
      orgKeys.put(key(o.id().value()), o);
      o.aliases().forEach(a -> orgKeys.putIfAbsent(key(a), o));
      orgKeys.putIfAbsent(key(o.name()), o);
    }
    this.organisations = byId.buildOrThrow();
    this.organisationKeys = ImmutableMap.copyOf(orgKeys);

    Map<OrganisationId, List<Entry>> spells = new HashMap<>();
    ImmutableListMultimap.Builder<CountryCode, Membership> byCountry = ImmutableListMultimap.builder();
    for (Membership m : dataset.memberships()) {
      byCountry.put(m.country(), m);
      for (Spell s : m.spells()) {
        long last = s.lastDay().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
        spells.computeIfAbsent(m.organisation(), k -> new ArrayList<>())
            .add(new Entry(m, s, s.firstDay().toEpochDay(), last));
      }
    }
    ImmutableMap.Builder<OrganisationId, Entry[]> sorted = ImmutableMap.builder();
    spells.forEach((org, list) -> {
      list.sort(Comparator.comparingLong(Entry::firstDay));
      sorted.put(org, list.toArray(new Entry[0]));
    });
    this.spellsByOrganisation = sorted.buildOrThrow();
    this.membershipsByCountry = byCountry.build();
  }

  private static String key(String s) {
    return s.trim().toLowerCase(Locale.ROOT);
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

  /** A country by alpha-3, alpha-2, numeric code or English name, ignoring case. */
  public Optional<Country> findCountry(String text) {
    return Optional.ofNullable(countryKeys.get(key(text)));
  }

  /** An organisation by id, alias or English name, ignoring case. */
  public Optional<Organisation> findOrganisation(String text) {
    return Optional.ofNullable(organisationKeys.get(key(text)));
  }

  /** Everything a country may be looked up by, for suggestions. */
  public List<String> countryNames() {
    List<String> names = new ArrayList<>();
    countries.values().forEach(c -> {
      names.add(c.code().value());
      names.add(c.name());
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

  /** The spells of {@code organisation} in force on {@code day}, in order of their first day. */
  public List<Entry> inForce(OrganisationId organisation, LocalDate day) {
    Entry[] entries = spellsByOrganisation.get(organisation);
    if (entries == null) {
      return List.of();
    }
    long d = day.toEpochDay();
    int end = upperBound(entries, d);
    List<Entry> out = new ArrayList<>();
    for (int i = 0; i < end; i++) {
      if (entries[i].lastDay() >= d) {
        out.add(entries[i]);
      }
    }
    return out;
  }

  /** The number of entries whose first day is on or before {@code day}. */
  private static int upperBound(Entry[] entries, long day) {
    int lo = 0;
    int hi = entries.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (entries[mid].firstDay() <= day) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The memberships of {@code country}, in dataset order. */
  public List<Membership> membershipsOf(CountryCode country) {
    return membershipsByCountry.get(country);
  }
}
