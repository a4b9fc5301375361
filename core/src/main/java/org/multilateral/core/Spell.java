package org.multilateral.core;

import static org.multilateral.core.Checks.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One uninterrupted period of a role, from a start to an optional end.
 *
 * <p><b>End-date convention.</b> A spell covers every day from its start to its end <em>inclusive</em>: the end is
 * the last day of the role. The United Kingdom's EU spell ends on 2020-01-31: a member on 2020-01-31, not on
 * 2020-02-01. A spell with no end is ongoing.
 *
 * <p><b>Imprecise dates</b> are read conservatively when asking whether a spell is {@linkplain #isInForceOn in force}:
 * a spell that starts in "1955-05" is in force from 1955-05-31 (the last day it may have started), and one that
 * ends in "1992" is in force until 1992-01-01 (the first day it may have ended). The widest reading (from
 * {@link PartialDate#earliest()} of the start to {@link PartialDate#latest()} of the end) is used to check that
 * spells do not overlap.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Spell implements Comparable<Spell> {

  Spell() {}

  public abstract PartialDate start();

  /** What the start date marks: signature, entry into force, deposit of an instrument, admission... */
  public abstract DateKind startKind();

  /** The last day of the spell; absent while it is ongoing. */
  public abstract Optional<PartialDate> end();

  /** What the end date marks; present exactly when {@link #end()} is. */
  public abstract Optional<DateKind> endKind();

  public abstract Optional<String> note();

  /**
   * The country whose seat this spell continues, when a state continues another's membership (the Russian
   * Federation the Soviet Union's, Serbia that of Serbia and Montenegro): the seat is held without a break, even
   * where the day of the hand-over is known only to the month.
   */
  public abstract Optional<CountryCode> continues();

  public static Builder builder() {
    return new Builder();
  }

  /** An ongoing spell from {@code start}. */
  public static Spell ongoing(PartialDate start, DateKind startKind) {
    return builder().start(start).startKind(startKind).build();
  }

  /** Whether the spell has no end. */
  public boolean isOngoing() {
    return end().isEmpty();
  }

  /** Whether the spell may be in force on {@code day}: the widest reading of its dates includes the day. */
  public boolean mayBeInForceOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return !day.isBefore(start().earliest()) && !day.isAfter(widestEnd());
  }

  /** The first day on which the spell is certainly in force. */
  public LocalDate firstDay() {
    return start().latest();
  }

  /** The last day on which the spell is certainly in force; absent while ongoing. */
  public Optional<LocalDate> lastDay() {
    return end().isPresent() ? Optional.of(end().get().earliest()) : Optional.empty();
  }

  /** Whether the spell is certainly in force on {@code day} (see the class comment for imprecise dates). */
  public boolean isInForceOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return !day.isBefore(firstDay()) && (end().isEmpty() || !day.isAfter(end().get().earliest()));
  }

  /** Whether the widest readings of this spell and {@code other} share a day. */
  public boolean overlaps(Spell other) {
    return overlaps(other.start().earliest(), other.widestEnd());
  }

  /** Whether the widest reading of this spell shares a day with {@code from..to} (inclusive). */
  boolean overlaps(LocalDate from, LocalDate to) {
    return !widestEnd().isBefore(from) && !to.isBefore(start().earliest());
  }

  private LocalDate widestEnd() {
    return end().isPresent() ? end().get().latest() : LocalDate.MAX;
  }

  @Value.Check
  void check() {
    checkArgument(end().isPresent() == endKind().isPresent(),
        "spell from %s: an end date needs an end kind and vice versa (end %s, end kind %s)",
        start(), end(), endKind());
    if (end().isPresent()) {
      PartialDate end = end().get();
      checkArgument(!end.latest().isBefore(start().earliest()), "spell end %s is before start %s", end, start());
    }
  }

  /** Orders by start, then by end (ongoing last). */
  @Override
  public int compareTo(Spell other) {
    int byStart = start().compareTo(other.start());
    return byStart != 0 ? byStart : widestEnd().compareTo(other.widestEnd());
  }

  /** {@code 1949-08-24..2020-01-31} or {@code 1949-08-24..} for an ongoing spell. */
  @Override
  public String toString() {
    return start() + ".." + (end().isPresent() ? end().get().toString() : "");
  }

  /** Builds a {@link Spell}. */
  public static final class Builder extends ImmutableSpell.Builder {
    Builder() {}
  }
}
