package org.multilateral.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.multilateral.core.Country;
import org.multilateral.core.PartialDate;
import org.multilateral.core.Role;
import org.multilateral.core.Source;

/**
 * The countries that joined an organisation on the same date: its founding members, or one enlargement.
 *
 * <p>Immutable and thread-safe.
 *
 * @param date the date of accession, as the sources give it
 * @param accessions the joins, by country name
 */
public record Wave(PartialDate date, List<Change> accessions) {

  /** Checks that no argument is null and copies the list. */
  public Wave {
    Objects.requireNonNull(date, "date");
    accessions = List.copyOf(accessions);
  }

  /** The countries that joined, by name. */
  public List<Country> countries() {
    return accessions.stream().map(Change::country).toList();
  }

  /** How many countries joined. */
  public int size() {
    return accessions.size();
  }

  /** Whether every country in the wave is a {@linkplain Role#FOUNDING_MEMBER founding member}. */
  public boolean isFounding() {
    return accessions.stream().allMatch(c -> c.role() == Role.FOUNDING_MEMBER);
  }

  /** The distinct sources of the accessions. */
  public List<Source> sources() {
    Map<String, Source> distinct = new LinkedHashMap<>();
    accessions.forEach(c -> c.sources().forEach(s -> distinct.putIfAbsent(s.id(), s)));
    return List.copyOf(distinct.values());
  }
}
