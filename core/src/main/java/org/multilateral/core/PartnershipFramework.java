package org.multilateral.core;

import static org.multilateral.core.Checks.checkArgument;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A framework in which an organisation works with partner countries, such as NATO's Partnership for Peace. The
 * partners themselves are {@link Membership memberships} with {@link Role#PARTNER} naming this framework.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PartnershipFramework {

  PartnershipFramework() {}

  /** Such as {@code NATO-PFP}. */
  public abstract String id();

  public abstract OrganisationId organisation();

  public abstract String name();

  public abstract Optional<PartialDate> launched();

  /** At least one source. */
  public abstract List<Source> sources();

  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Text.checkListedOnce(sources(), "framework", id(), "source");
    checkArgument(!id().isBlank() && !name().isBlank(), "framework '%s': blank id or name", id());
    checkArgument(!sources().isEmpty(), "framework %s: no source", id());
  }

  /** Builds a {@link PartnershipFramework}. */
  public static final class Builder extends ImmutablePartnershipFramework.Builder {
    Builder() {}
  }
}
