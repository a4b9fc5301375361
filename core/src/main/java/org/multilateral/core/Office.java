package org.multilateral.core;

import static org.multilateral.core.Checks.checkArgument;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person's term in an office of an organisation, such as a Secretary General of NATO.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Office {

  Office() {}

  public abstract OrganisationId organisation();

  /** The office, such as {@code Secretary General}. */
  public abstract String title();

  /** The person who held it. */
  public abstract String holder();

  /** The holder's country, where a source gives it. */
  public abstract Optional<CountryCode> country();

  public abstract PartialDate start();

  /** The last day in office; absent while in office. */
  public abstract Optional<PartialDate> end();

  /** At least one source. */
  public abstract List<Source> sources();

  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Text.checkListedOnce(sources(), "office", title() + " " + holder(), "source");
    checkArgument(!title().isBlank() && !holder().isBlank(), "office '%s' held by '%s': blank title or holder",
        title(), holder());
    if (end().isPresent()) {
      PartialDate end = end().get();
      checkArgument(!end.latest().isBefore(start().earliest()),
          "office %s of %s held by %s: end %s is before start %s", title(), organisation(), holder(), end, start());
    }
    checkArgument(!sources().isEmpty(), "office %s held by %s: no source", title(), holder());
  }

  /** Builds an {@link Office}. */
  public static final class Builder extends ImmutableOffice.Builder {
    Builder() {}
  }
}
