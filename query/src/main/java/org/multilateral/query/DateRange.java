package org.multilateral.query;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.multilateral.core.PartialDate;

/**
 * The days {@code from..to}, both included, and the two readings of a dated fact against days. Immutable.
 *
 * @param from the first day
 * @param to the last day
 */
record DateRange(LocalDate from, LocalDate to) {

  DateRange {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    checkArgument(!from.isAfter(to), "date range %s..%s: the first day is after the last", from, to);
  }

  /**
   * Whether a fact from {@code start} to {@code end} (or on {@code start} alone) may fall in the range: the widest
   * reading of its dates shares a day with it, so "1999" falls in 1999-04-01..1999-04-30.
   */
  boolean mayContain(PartialDate start, Optional<PartialDate> end) {
    return !start.earliest().isAfter(to) && !end.orElse(start).latest().isBefore(from);
  }

  /**
   * Whether a fact from {@code start} to {@code end} (its last day; absent while ongoing) certainly covers
   * {@code day}: the conservative reading that {@link org.multilateral.core.Spell#isInForceOn} uses.
   */
  static boolean certainlyCovers(PartialDate start, Optional<PartialDate> end, LocalDate day) {
    return !day.isBefore(start.latest()) && end.map(e -> !day.isAfter(e.earliest())).orElse(true);
  }

  @Override
  public String toString() {
    return from + ".." + to;
  }
}
