package org.multilateral.core;

import static org.multilateral.core.Checks.checkArgument;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A dated event of an organisation: a summit, a ministerial meeting, a launch, a declaration.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Event {

  Event() {}

  /** Such as {@code a4m-2021-02-24-ministerial}. */
  public abstract String id();

  public abstract OrganisationId organisation();

  public abstract String title();

  public abstract EventKind kind();

  public abstract PartialDate start();

  /** The last day, for an event of several days. */
  public abstract Optional<PartialDate> end();

  public abstract Optional<String> place();

  public abstract List<String> topics();

  /** The countries a source names as taking part; not a membership list. */
  public abstract List<CountryCode> participants();

  /** At least one source. */
  public abstract List<Source> sources();

  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Text.checkListedOnce(participants(), "event", id(), "participant");
    Text.checkListedOnce(sources(), "event", id(), "source");
    checkArgument(!id().isBlank() && !title().isBlank(), "event '%s': blank id or title", id());
    if (end().isPresent()) {
      PartialDate end = end().get();
      checkArgument(!end.latest().isBefore(start().earliest()),
          "event %s: end %s is before start %s", id(), end, start());
    }
    checkArgument(!sources().isEmpty(), "event %s: no source", id());
  }

  /** Builds an {@link Event}. */
  public static final class Builder extends ImmutableEvent.Builder {
    Builder() {}
  }
}
