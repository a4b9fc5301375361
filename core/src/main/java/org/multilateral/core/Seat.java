package org.multilateral.core;

import static org.multilateral.core.Checks.checkArgument;

import java.util.List;
import org.immutables.value.Value;

/**
 * A seat of an organisation: its headquarters or a command, such as NATO Headquarters in Brussels (Evere) or SHAPE
 * in Mons, and the country that hosts it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Seat {

  Seat() {}

  /** Such as {@code NATO Headquarters} or {@code Supreme Headquarters Allied Powers Europe (SHAPE)}. */
  public abstract String name();

  /** The place, such as {@code Brussels (Evere)}. */
  public abstract String place();

  /** The host country. */
  public abstract CountryCode country();

  /** At least one source. */
  public abstract List<Source> sources();

  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Text.checkListedOnce(sources(), "seat", name(), "source");
    checkArgument(!name().isBlank() && !place().isBlank(), "seat '%s' in '%s': blank name or place", name(),
        place());
    checkArgument(!sources().isEmpty(), "seat %s: no source", name());
  }

  /** Builds a {@link Seat}. */
  public static final class Builder extends ImmutableSeat.Builder {
    Builder() {}
  }
}
