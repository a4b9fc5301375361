package org.multilateral.core;

/**
 * How much of a date the sources give: the day, only the month, or only the year.
 */
public enum DatePrecision implements Identified {
  /** The day is known, for example {@code 1949-04-04}. */
  DAY,
  /** Only the month is known, for example {@code 2019-09}. */
  MONTH,
  /** Only the year is known, for example {@code 1973}. */
  YEAR;

  private final String id = Identified.idOf(this);

  @Override
  public String id() {
    return id;
  }

  /** The precision whose {@link #id()} is {@code id} ({@code day}, {@code month}, {@code year}), ignoring case. */
  public static DatePrecision fromId(String id) {
    return Identified.fromId(DatePrecision.class, id);
  }
}
