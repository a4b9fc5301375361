package org.multilateral.query;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.multilateral.core.Country;
import org.multilateral.core.FactKind;
import org.multilateral.core.Office;
import org.multilateral.core.Organisation;
import org.multilateral.query.internal.Index;

/**
 * Office holders of one organisation or all, such as NATO's Secretaries General, in order of taking office. Made
 * by {@link Multilateral#offices(String)} or {@link Multilateral#offices()}.
 *
 * <pre>{@code
 * world.offices("NATO").title("Secretary General").asOf(LocalDate.of(2010, 1, 1)).single().holder();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class OfficeQuery extends Query<Office> {

  private static final Comparator<Office> ORDER = Comparator.comparing(Office::start)
      .thenComparing(Office::organisation).thenComparing(Office::title);

  /** The end of a term still running, for window checks. */

  private final Multilateral world;
  private final Optional<Organisation> organisation;
  private final Optional<String> title;
  private final Optional<LocalDate> day;
  private final DateRange range;
  private final Optional<Country> country;

  private OfficeQuery(Multilateral world, Optional<Organisation> organisation, Optional<String> title,
      Optional<LocalDate> day, DateRange range, Optional<Country> country) {
    this.world = world;
    this.organisation = organisation;
    this.title = title;
    this.day = day;
    this.range = range;
    this.country = country;
  }

  static OfficeQuery of(Multilateral world, Optional<Organisation> organisation) {
    return new OfficeQuery(world, organisation, Optional.empty(), Optional.empty(), DateRange.ALWAYS,
        Optional.empty());
  }

  /**
   * Only terms in the office called {@code title}, ignoring case and accents; like
   * {@code filter(o -> o.title().equalsIgnoreCase(title))}.
   */
  public OfficeQuery title(String title) {
    Objects.requireNonNull(title, "title");
    return new OfficeQuery(world, organisation, Optional.of(Index.key(title)), day, range, country);
  }

  /**
   * Only terms certainly running on {@code day}, read as spells are (see
   * {@link org.multilateral.core.Spell#isInForceOn}): the holders on that day.
   */
  public OfficeQuery asOf(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return new OfficeQuery(world, organisation, title, Optional.of(day), range, country);
  }

  /**
   * Only terms that may overlap {@code from..to}, both days included: every holder of the office at some time in
   * the window; like {@code filter(o -> !o.start().earliest().isAfter(to) && !end(o).latest().isBefore(from))}.
   *
   * @throws IllegalArgumentException if {@code from} is after {@code to}
   */
  public OfficeQuery between(LocalDate from, LocalDate to) {
    return new OfficeQuery(world, organisation, title, day, DateRange.between(from, to), country);
  }

  /** Only terms that may last until {@code from} or later; {@link #between} with no end. */
  public OfficeQuery since(LocalDate from) {
    return new OfficeQuery(world, organisation, title, day, range.since(from), country);
  }

  /** Only terms that may have begun by {@code to}; {@link #between} with no start. */
  public OfficeQuery until(LocalDate to) {
    return new OfficeQuery(world, organisation, title, day, range.until(to), country);
  }

  /**
   * Only terms involving {@code country}: holders who are its nationals; like
   * {@code filter(o -> o.country().equals(Optional.of(code)))}.
   *
   * @throws UnknownIdException if no country matches
   */
  public OfficeQuery involving(String country) {
    return new OfficeQuery(world, organisation, title, day, range, Optional.of(world.country(country)));
  }

  /** The terms, by start, then organisation and title. */
  @Override
  public Stream<Office> stream() {
    return world.dataset().offices().stream()
        .filter(o -> organisation.isEmpty() || o.organisation().equals(organisation.get().id()))
        .filter(o -> title.isEmpty() || Index.key(o.title()).equals(title.get()))
        .filter(o -> day.isEmpty() || DateRange.certainlyCovers(o.start(), o.end(), day.get()))
        .filter(o -> range.mayContainOngoing(o.start(), o.end()))
        .filter(o -> country.isEmpty() || o.country().equals(Optional.of(country.get().code())))
        .sorted(ORDER);
  }

  /**
   * The limits of the answer: the day or window outside the declared coverage of office holders, or after the
   * current-to day.
   */
  @Override
  public Completeness completeness() {
    DateRange window = day.map(d -> DateRange.between(d, d)).orElse(range);
    return Coverages.ofFacts(world, organisation, FactKind.OFFICES, window);
  }

  @Override
  String title() {
    return "Office holders of " + organisation.map(Organisation::name).orElse("every organisation")
        + title.map(t -> " (" + t + ")").orElse("") + day.map(d -> " on " + d).orElse("")
        + (range.isAlways() ? "" : " " + range) + country.map(c -> " involving " + c.name()).orElse("");
  }

  @Override
  Columns<Office> columns() {
    return Columns.<Office>sourcedBy(Office::sources)
        .text("organisation", o -> o.organisation().value())
        .text("title", Office::title)
        .text("holder", Office::holder)
        .text("country", o -> o.country().map(c -> world.country(c).name()).orElse(""))
        .date("start", Office::start)
        .dateIfAny("end", Office::end);
  }
}
