package org.multilateral.query;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.multilateral.core.Country;
import org.multilateral.core.FactKind;
import org.multilateral.core.Initiative;
import org.multilateral.core.Organisation;

/**
 * Initiatives of one organisation or all, and the countries that support them. Made by
 * {@link Multilateral#initiatives(String)} or {@link Multilateral#initiatives()}; in dataset order.
 *
 * <pre>{@code
 * world.initiatives("A4M").involving("FRA").list();
 * world.initiatives("A4M").supporters().and("EU");   // supporters that are EU members today
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class InitiativeQuery extends Query<Initiative> {

  private final Multilateral world;
  private final Optional<Organisation> organisation;
  private final Optional<Country> supporter;

  private InitiativeQuery(Multilateral world, Optional<Organisation> organisation, Optional<Country> supporter) {
    this.world = world;
    this.organisation = organisation;
    this.supporter = supporter;
  }

  static InitiativeQuery of(Multilateral world, Optional<Organisation> organisation) {
    return new InitiativeQuery(world, organisation, Optional.empty());
  }

  /**
   * Only initiatives involving {@code country}: those a source names it as supporting or benefiting from; like
   * {@code filter(i -> i.supporters().contains(code) || i.beneficiaries().contains(code))}.
   *
   * @throws UnknownIdException if no country matches
   */
  public InitiativeQuery involving(String country) {
    return new InitiativeQuery(world, organisation, Optional.of(world.country(country)));
  }

  /**
   * The supporters of these initiatives as a set of countries, for set algebra: the same on every day, each
   * country with the initiatives it supports and their sources.
   */
  public CountrySet supporters() {
    List<CountrySet.Reason> reasons = stream()
        .flatMap(i -> i.supporters().stream().map(c -> new CountrySet.Reason(world.country(c), i.id(), i.sources())))
        .toList();
    return CountrySet.fixed(world, "supporters of " + title(), reasons);
  }

  /** The initiatives, in dataset order. */
  @Override
  public Stream<Initiative> stream() {
    return world.dataset().initiatives().stream()
        .filter(i -> organisation.isEmpty() || i.organisation().equals(organisation.get().id()))
        .filter(i -> supporter.isEmpty() || i.supporters().contains(supporter.get().code())
            || i.beneficiaries().contains(supporter.get().code()));
  }

  /** The limits of the answer: whether the organisation's initiatives are declared complete. */
  @Override
  public Completeness completeness() {
    return Coverages.ofFacts(world, organisation, FactKind.INITIATIVES, DateRange.ALWAYS);
  }

  @Override
  String title() {
    return "Initiatives of " + organisation.map(Organisation::name).orElse("every organisation")
        + supporter.map(c -> " involving " + c.name()).orElse("");
  }

  @Override
  Columns<Initiative> columns() {
    return Columns.<Initiative>sourcedBy(Initiative::sources)
        .text("id", Initiative::id)
        .text("organisation", i -> i.organisation().value())
        .text("name", Initiative::name)
        .dateIfAny("launched", Initiative::launched)
        .number("supporter count", i -> i.supporters().size())
        .text("supporters", i -> world.names(i.supporters()));
  }
}
