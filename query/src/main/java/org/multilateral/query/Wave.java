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

  /**
   * Checks that no argument is null and that there is at least one accession, and copies the list.
   *
   * @throws IllegalArgumentException if {@code accessions} is empty
   */
  public Wave {
    Objects.requireNonNull(date, "date");
    accessions = List.copyOf(accessions);
    if (accessions.isEmpty()) {
      throw new IllegalArgumentException("a wave of " + date + " without accessions");
    }
  }

  /** The countries that joined, by name. */
  public List<Country> countries() {
    return accessions.stream().map(Change::country).toList();
  }

  /** How many countries joined. */
  public int size() {
    return accessions.size();
  }

  /**
   * Whether the wave is of founders: every country in it a {@linkplain Role#FOUNDING_MEMBER founding member} taking
   * its seat for the first time, none of them a successor continuing another state's seat (the Russian Federation
   * keeps the Soviet Union's founding role in the UN from 1991 but is no founder) or a founder returning (Syria in
   * the UN in 1961, after the United Arab Republic).
   */
  public boolean isFounding() {
    return accessions.stream().allMatch(c -> c.role() == Role.FOUNDING_MEMBER && c.spell().continues().isEmpty()
        && c.spell().equals(c.membership().firstSpell()));
  }

  /** Whether every country in the wave returns: each accession is a later spell of a membership it held before. */
  public boolean isReturn() {
    return accessions.stream().allMatch(c -> !c.spell().equals(c.membership().firstSpell()));
  }

  /**
   * Whether every country in the wave continues another state's seat ({@link org.multilateral.core.Spell#continues()}):
   * a seat changing hands, not an enlargement; the number of members stays the same.
   */
  public boolean isContinuation() {
    return accessions.stream().allMatch(c -> c.spell().continues().isPresent());
  }

  /**
   * Whether every country in the wave takes an {@linkplain Role#ELECTED_MEMBER elected} seat for a term (the Security
   * Council's non-permanent members): seats that rotate, not an enlargement.
   */
  public boolean isElection() {
    return accessions.stream().allMatch(c -> c.role() == Role.ELECTED_MEMBER);
  }

  /**
   * {@code founding}, {@code continuation}, {@code election}, {@code return} or {@code enlargement}, as the wave's
   * table names its kind (in that order of precedence).
   */
  public String kind() {
    return isFounding() ? "founding" : isContinuation() ? "continuation" : isElection() ? "election"
        : isReturn() ? "return" : "enlargement";
  }

  /** The distinct sources of the accessions. */
  public List<Source> sources() {
    Map<String, Source> distinct = new LinkedHashMap<>();
    accessions.forEach(c -> c.sources().forEach(s -> distinct.putIfAbsent(s.id(), s)));
    return List.copyOf(distinct.values());
  }
}
