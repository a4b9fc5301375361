package org.multilateral.query;

import java.util.List;
import java.util.Objects;
import org.multilateral.core.Country;
import org.multilateral.core.Organisation;
import org.multilateral.core.Seat;
import org.multilateral.core.Source;

/**
 * A seat of an organisation (its headquarters or a command) with the organisation and the host country.
 *
 * <p>Immutable and thread-safe.
 *
 * @param organisation the organisation
 * @param seat the seat
 * @param host the country that hosts it
 */
public record HostedSeat(Organisation organisation, Seat seat, Country host) {

  /** Checks that no argument is null. */
  public HostedSeat {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(seat, "seat");
    Objects.requireNonNull(host, "host");
  }

  /** The sources of the seat. */
  public List<Source> sources() {
    return seat.sources();
  }
}
