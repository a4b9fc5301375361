package org.multilateral.core;

import static org.multilateral.core.Checks.checkArgument;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A document of an organisation, such as a Strategic Concept and the summit that adopted it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Document {

  Document() {}

  public abstract String id();

  public abstract OrganisationId organisation();

  public abstract String title();

  public abstract DocumentKind kind();

  public abstract Optional<PartialDate> adopted();

  /** The id of the {@link Event} at which it was adopted. */
  public abstract Optional<String> event();

  /** What it says, in a sentence, where a source gives it. */
  public abstract Optional<String> summary();

  /** At least one source. */
  public abstract List<Source> sources();

  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Text.checkListedOnce(sources(), "document", id(), "source");
    checkArgument(!id().isBlank() && !title().isBlank(), "document '%s': blank id or title", id());
    checkArgument(!sources().isEmpty(), "document %s: no source", id());
  }

  /** Builds a {@link Document}. */
  public static final class Builder extends ImmutableDocument.Builder {
    Builder() {}
  }
}
