package org.multilateral.core;

import static org.multilateral.core.Checks.checkArgument;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A dated step that is not itself the start or end of a spell: the signature of a founding treaty, an
 * organisation's founding, German unification (which was not an accession).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Milestone {

  Milestone() {}

  public abstract PartialDate date();

  public abstract DateKind kind();

  /** The document concerned, such as {@code North Atlantic Treaty}. */
  public abstract Optional<String> document();

  public abstract Optional<String> note();

  /** At least one source. */
  public abstract List<Source> sources();

  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Text.checkListedOnce(sources(), "milestone", date(), "source");
    checkArgument(!sources().isEmpty(), "milestone %s %s: no source", kind().id(), date());
  }

  @Override
  public String toString() {
    return kind().id() + " " + date() + (document().isPresent() ? " (" + document().get() + ")" : "");
  }

  /** Builds a {@link Milestone}. */
  public static final class Builder extends ImmutableMilestone.Builder {
    Builder() {}
  }
}
