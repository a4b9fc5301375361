package org.multilateral.query;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.multilateral.core.PartialDate;

/**
 * A window of days with both ends included, either end open: what {@code between(from, to)}, {@code since(from)}
 * and {@code until(to)} choose. Immutable.
 *
 * @param from the first day, if the window has one
 * @param to the last day, if the window has one
 */
record DateRange(Optional<LocalDate> from, Optional<LocalDate> to) {

  /** Every day. */
  static final DateRange ALWAYS = new DateRange(Optional.empty(), Optional.empty());

  DateRange {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    checkArgument(from.isEmpty() || to.isEmpty() || !from.get().isAfter(to.get()),
        "date window %s..%s: the first day is after the last", from.orElse(null), to.orElse(null));
  }

  /** The days {@code from..to}, both included. */
  static DateRange between(LocalDate from, LocalDate to) {
    return new DateRange(Optional.of(Objects.requireNonNull(from, "from")),
        Optional.of(Objects.requireNonNull(to, "to")));
  }

  /** This window with its first day set to {@code from} (included). */
  DateRange since(LocalDate from) {
    return new DateRange(Optional.of(Objects.requireNonNull(from, "from")), to);
  }

  /** This window with its last day set to {@code to} (included). */
  DateRange until(LocalDate to) {
    return new DateRange(from, Optional.of(Objects.requireNonNull(to, "to")));
  }

  boolean isAlways() {
    return from.isEmpty() && to.isEmpty();
  }

  /**
   * Whether a fact from {@code start} to {@code end} (or on {@code start} alone) may fall in the window: the widest
   * reading of its dates shares a day with it, so "1999" falls in 1999-04-01..1999-04-30.
   */
  boolean mayContain(PartialDate start, Optional<PartialDate> end) {
    return to.map(t -> !start.earliest().isAfter(t)).orElse(true)
        && from.map(f -> !end.orElse(start).latest().isBefore(f)).orElse(true);
  }

  /**
   * Whether a fact from {@code start} to {@code end} (absent while it is still running) may fall in the window: like
   * {@link #mayContain}, but a fact with no end reaches every later day.
   */
  boolean mayContainOngoing(PartialDate start, Optional<PartialDate> end) {
    return to.map(t -> !start.earliest().isAfter(t)).orElse(true)
        && from.map(f -> end.map(e -> !e.latest().isBefore(f)).orElse(true)).orElse(true);
  }

  /**
   * Whether a fact from {@code start} to {@code end} (its last day; absent while ongoing) certainly covers
   * {@code day}: the conservative reading that {@link org.multilateral.core.Spell#isInForceOn} uses.
   */
  static boolean certainlyCovers(PartialDate start, Optional<PartialDate> end, LocalDate day) {
    return !day.isBefore(start.latest()) && end.map(e -> !day.isAfter(e.earliest())).orElse(true);
  }

  /** {@code from 1999-01-01 to 1999-12-31}, {@code since 1999-01-01}, {@code until 1999-12-31} or {@code ever}. */
  @Override
  public String toString() {
    if (from.isPresent() && to.isPresent()) {
      return "from " + from.get() + " to " + to.get();
    }
    return from.map(f -> "since " + f).or(() -> to.map(t -> "until " + t)).orElse("ever");
  }
}
