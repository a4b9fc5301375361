package org.multilateral.query;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.multilateral.core.Country;
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

  private final Multilateral world;
  private final Optional<Organisation> organisation;
  private final Optional<String> title;
  private final Optional<LocalDate> day;
  private final Optional<Country> country;

  private OfficeQuery(Multilateral world, Optional<Organisation> organisation, Optional<String> title,
      Optional<LocalDate> day, Optional<Country> country) {
    this.world = world;
    this.organisation = organisation;
    this.title = title;
    this.day = day;
    this.country = country;
  }

  static OfficeQuery of(Multilateral world, Optional<Organisation> organisation) {
    return new OfficeQuery(world, organisation, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * Only terms in the office called {@code title}, ignoring case and accents; like
   * {@code filter(o -> o.title().equalsIgnoreCase(title))}.
   */
  public OfficeQuery title(String title) {
    Objects.requireNonNull(title, "title");
    return new OfficeQuery(world, organisation, Optional.of(Index.key(title)), day, country);
  }

  /**
   * Only terms certainly running on {@code day}, read as spells are (see
   * {@link org.multilateral.core.Spell#isInForceOn}): the holders on that day.
   */
  public OfficeQuery asOf(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return new OfficeQuery(world, organisation, title, Optional.of(day), country);
  }

  /**
   * Only holders from {@code country}; like {@code filter(o -> o.country().equals(Optional.of(code)))}.
   *
   * @throws UnknownIdException if no country matches
   */
  public OfficeQuery from(String country) {
    return new OfficeQuery(world, organisation, title, day, Optional.of(world.country(country)));
  }

  /** The terms, by start, then organisation and title. */
  @Override
  public Stream<Office> stream() {
    return world.dataset().offices().stream()
        .filter(o -> organisation.isEmpty() || o.organisation().equals(organisation.get().id()))
        .filter(o -> title.isEmpty() || Index.key(o.title()).equals(title.get()))
        .filter(o -> day.isEmpty() || DateRange.certainlyCovers(o.start(), o.end(), day.get()))
        .filter(o -> country.isEmpty() || o.country().equals(Optional.of(country.get().code())))
        .sorted(ORDER);
  }

  @Override
  String title() {
    return "Office holders of " + organisation.map(Organisation::name).orElse("every organisation")
        + title.map(t -> " (" + t + ")").orElse("") + day.map(d -> " on " + d).orElse("")
        + country.map(c -> " from " + c.name()).orElse("");
  }

  @Override
  Columns<Office> columns() {
    return Columns.<Office>sourcedBy(Office::sources)
        .text("organisation", o -> o.organisation().value())
        .text("title", Office::title)
        .text("holder", Office::holder)
        .text("country", o -> o.country().map(c -> world.country(c).name()).orElse(""))
        .date("from", Office::start)
        .dateIfAny("to", Office::end);
  }
}
