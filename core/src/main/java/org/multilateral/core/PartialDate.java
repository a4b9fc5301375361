package org.multilateral.core;

import static org.multilateral.core.Checks.checkArgument;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A calendar date known to the day, to the month or only to the year, as the sources give it.
 *
 * <p>{@code PartialDate.parse("2019-09")} is September 2019 with {@link DatePrecision#MONTH month precision}: its
 * {@link #earliest()} is 2019-09-01 and its {@link #latest()} 2019-09-30, and it prints as {@code 2019-09}, never as
 * a made-up first day of the month. Ordering is by {@link #earliest()}, then coarser precision first.
 *
 * <p>Years run from {@value #MIN_YEAR} to {@value #MAX_YEAR}, so that every date prints in the four-digit form
 * {@link #parse} reads back.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PartialDate implements Comparable<PartialDate> {

  PartialDate() {}

  /** The first day of the period this date names. */
  @Value.Parameter
  public abstract LocalDate earliest();

  /** How much of the date is known. */
  @Value.Parameter
  public abstract DatePrecision precision();

  /** A date known to the day. */
  public static PartialDate of(LocalDate date) {
    return ImmutablePartialDate.of(date, DatePrecision.DAY);
  }

  /** A date known to the day. */
  public static PartialDate of(int year, int month, int day) {
    return of(LocalDate.of(year, month, day));
  }

  /** A date known only to the month. */
  public static PartialDate of(YearMonth month) {
    return ImmutablePartialDate.of(month.atDay(1), DatePrecision.MONTH);
  }

  /** A date known only to the year. */
  public static PartialDate of(Year year) {
    return ImmutablePartialDate.of(year.atDay(1), DatePrecision.YEAR);
  }

  /**
   * Parses {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}; the form sets the precision.
   *
   * @throws IllegalArgumentException if {@code text} is none of these forms or names no real date
   */
  public static PartialDate parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    // By hand rather than with a regular expression: tables check every date cell with this.
    int n = text.length();
    checkArgument((n == 4 || n == 7 || n == 10) && digits(text, 0, 4)
            && (n == 4 || text.charAt(4) == '-' && digits(text, 5, 7))
            && (n <= 7 || text.charAt(7) == '-' && digits(text, 8, 10)),
        "bad date '%s': expected YYYY-MM-DD, YYYY-MM or YYYY", text);
    try {
      // Without Year and YearMonth, whose first use builds their parsers (java.time.format) in a fresh JVM; the
      // checks and messages are the same, as LocalDate.of checks the year and month fields as they do.
      int year = number(text, 0, 4);
      if (n == 4) {
        return ImmutablePartialDate.of(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
      }
      int month = number(text, 5, 7);
      if (n == 7) {
        return ImmutablePartialDate.of(LocalDate.of(year, month, 1), DatePrecision.MONTH);
      }
      return of(LocalDate.of(year, month, number(text, 8, 10)));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("bad date '" + text + "': " + e.getMessage(), e);
    }
  }

  /** Whether the characters from {@code from} to {@code to} (exclusive) are all ASCII digits. */
  private static boolean digits(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int number(CharSequence text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }

  /** The last day of the period this date names. */
  public LocalDate latest() {
    // Plain comparisons rather than a switch over the enumeration (its first use loads a class) and LocalDate's
    // own arithmetic rather than YearMonth and Year: the dataset's checks call this on every load of the data.
    DatePrecision precision = precision();
    LocalDate earliest = earliest();
    if (precision == DatePrecision.DAY) {
      return earliest;
    }
    if (precision == DatePrecision.MONTH) {
      return earliest.withDayOfMonth(earliest.lengthOfMonth());
    }
    return LocalDate.of(earliest.getYear(), 12, 31); // (withDayOfYear would load Month)
  }

  /** Whether the day is known. */
  public boolean isExact() {
    return precision() == DatePrecision.DAY;
  }

  /**
   * Whether {@code day} may fall from {@code from} to {@code to}, both read widely and either open: the days a name
   * or an identifier was in use.
   */
  static boolean mayCover(java.util.Optional<PartialDate> from, java.util.Optional<PartialDate> to, LocalDate day) {
    Objects.requireNonNull(day, "day");
    return (from.isEmpty() || !day.isBefore(from.get().earliest())) && (to.isEmpty() || !day.isAfter(to.get().latest()));
  }

  /** Whether {@code day} falls inside the period this date names. */
  public boolean covers(LocalDate day) {
    return !day.isBefore(earliest()) && !day.isAfter(latest());
  }

  /** The first year a partial date may name: four digits, as {@link #parse} reads and {@link #toString} writes. */
  public static final int MIN_YEAR = 1000;

  /** The last year a partial date may name. */
  public static final int MAX_YEAR = 9999;

  @Value.Check
  void check() {
    LocalDate d = earliest();
    checkArgument(d.getYear() >= MIN_YEAR && d.getYear() <= MAX_YEAR,
        "date %s is out of range: years %s to %s only", d, MIN_YEAR, MAX_YEAR);
    checkArgument(precision() == DatePrecision.DAY || d.getDayOfMonth() == 1,
        "partial date %s of precision %s must be stored as the first day of its period", d, precision());
    checkArgument(precision() != DatePrecision.YEAR || d.getMonthValue() == 1,
        "partial date %s of precision YEAR must be stored as the first day of its year", d);
  }

  @Override
  public int compareTo(PartialDate other) {
    int byDay = earliest().compareTo(other.earliest());
    return byDay != 0 ? byDay : other.precision().compareTo(precision());
  }

  /** {@code 1949-04-04}, {@code 2019-09} or {@code 1973}: the form {@link #parse} reads. */
  @Override
  public String toString() {
    LocalDate earliest = earliest();
    if (precision() == DatePrecision.DAY) {
      return earliest.toString();
    }
    if (precision() == DatePrecision.MONTH) {
      int month = earliest.getMonthValue();
      return earliest.getYear() + (month < 10 ? "-0" : "-") + month; // years are four digits (MIN_YEAR)
    }
    return String.valueOf(earliest.getYear());
  }
}
