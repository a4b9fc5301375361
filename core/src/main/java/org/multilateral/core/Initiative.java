package org.multilateral.core;

import static org.multilateral.core.Checks.checkArgument;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A thematic initiative of an organisation, with the countries a source names as supporting it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Initiative {

  Initiative() {}

  public abstract String id();

  public abstract OrganisationId organisation();

  public abstract String name();

  public abstract List<String> aims();

  public abstract Optional<PartialDate> launched();

  /** Countries a source names as supporting, funding or endorsing it. */
  public abstract List<CountryCode> supporters();

  /** Countries a source names as benefiting from it, such as partners of a capacity-building programme. */
  public abstract List<CountryCode> beneficiaries();

  /** At least one source. */
  public abstract List<Source> sources();

  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Text.checkListedOnce(supporters(), "initiative", id(), "supporter");
    Text.checkListedOnce(beneficiaries(), "initiative", id(), "beneficiary");
    Text.checkListedOnce(sources(), "initiative", id(), "source");
    checkArgument(!id().isBlank() && !name().isBlank(), "initiative '%s': blank id or name", id());
    checkArgument(!sources().isEmpty(), "initiative %s: no source", id());
  }

  /** Builds an {@link Initiative}. */
  public static final class Builder extends ImmutableInitiative.Builder {
    Builder() {}
  }
}
