package org.multilateral.query;

import java.util.Optional;
import java.util.stream.Stream;
import org.multilateral.core.Country;
import org.multilateral.core.Organisation;

/**
 * Seats (headquarters and commands) of one organisation or all, with their host countries, in dataset order.
 * Made by {@link Multilateral#seats(String)} or {@link Multilateral#seats()}.
 *
 * <pre>{@code
 * world.seats().involving("BEL").list();   // NATO Headquarters in Brussels, SHAPE in Mons, ...
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class SeatQuery extends Query<HostedSeat> {

  private final Multilateral world;
  private final Optional<Organisation> organisation;
  private final Optional<Country> host;

  private SeatQuery(Multilateral world, Optional<Organisation> organisation, Optional<Country> host) {
    this.world = world;
    this.organisation = organisation;
    this.host = host;
  }

  static SeatQuery of(Multilateral world, Optional<Organisation> organisation) {
    return new SeatQuery(world, organisation, Optional.empty());
  }

  /**
   * Only seats involving {@code country}: those it hosts; like {@code filter(s -> s.host().equals(country))}.
   *
   * @throws UnknownIdException if no country matches
   */
  public SeatQuery involving(String country) {
    return new SeatQuery(world, organisation, Optional.of(world.country(country)));
  }

  /** The seats, organisation by organisation in dataset order. */
  @Override
  public Stream<HostedSeat> stream() {
    return world.dataset().organisations().stream()
        .filter(o -> organisation.isEmpty() || o.id().equals(organisation.get().id()))
        .flatMap(o -> o.seats().stream().map(s -> new HostedSeat(o, s, world.country(s.country()))))
        .filter(s -> host.isEmpty() || s.host().code().equals(host.get().code()));
  }

  @Override
  String title() {
    return "Seats of " + organisation.map(Organisation::name).orElse("every organisation")
        + host.map(c -> " in " + c.name()).orElse("");
  }

  @Override
  Columns<HostedSeat> columns() {
    return Columns.<HostedSeat>sourcedBy(HostedSeat::sources)
        .text("organisation", s -> s.organisation().id().value())
        .text("seat", s -> s.seat().name())
        .text("place", s -> s.seat().place())
        .text("iso3", s -> s.host().code().value())
        .text("country", s -> s.host().name());
  }
}
