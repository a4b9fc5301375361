package org.multilateral.benchmarks;

import java.time.LocalDate;
import java.util.Objects;
import org.multilateral.core.CountryCode;
import org.multilateral.query.Change;

/**
 * A change of a country's status in an organisation, reduced to what both sides of the changes benchmark can
 * compare: the first day of the new status, whether the country joined or left, and the country. Immutable and
 * thread-safe.
 *
 * @param day the first day of the new status: the first day of membership, or the day after the last
 * @param joined whether the country joined (else it left)
 * @param country the country
 */
public record Transition(LocalDate day, boolean joined, CountryCode country) {

  public Transition {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(country, "country");
  }

  /** The transition a {@link Change} of the query API describes. */
  static Transition of(Change change) {
    return new Transition(change.effectiveDay(), change.isJoined(), change.country().code());
  }
}
