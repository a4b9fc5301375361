package org.multilateral.core;

import static org.multilateral.core.Checks.checkArgument;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something that happened within a membership and is not an exit: France outside NATO's integrated military
 * command from 1966 to 2009 remained an Ally throughout. An episode never splits a {@link Spell}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Episode {

  Episode() {}

  /** A short, lower-case, hyphenated label such as {@code outside-integrated-military-command}. */
  public abstract String kind();

  public abstract PartialDate start();

  /** The last day of the episode; absent if it is ongoing. */
  public abstract Optional<PartialDate> end();

  public abstract String description();

  /** At least one source. */
  public abstract List<Source> sources();

  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Text.checkListedOnce(sources(), "episode", kind(), "source");
    checkArgument(Text.isKebabCase(kind()),
        "episode '%s': kind must be lower-case words joined by hyphens", kind());
    checkArgument(!description().isBlank(), "episode %s from %s: blank description", kind(), start());
    if (end().isPresent()) {
      PartialDate end = end().get();
      checkArgument(!end.latest().isBefore(start().earliest()),
          "episode %s: end %s is before start %s", kind(), end, start());
    }
    checkArgument(!sources().isEmpty(), "episode %s from %s: no source", kind(), start());
  }

  /** Builds an {@link Episode}. */
  public static final class Builder extends ImmutableEpisode.Builder {
    Builder() {}
  }
}
