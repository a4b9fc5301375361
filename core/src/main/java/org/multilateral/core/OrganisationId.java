package org.multilateral.core;

import static org.multilateral.core.Checks.checkArgument;

import java.util.Locale;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The identifier of an organisation: {@code NATO}, {@code EU}, {@code UN}, {@code UNSC}, {@code OSCE}, {@code A4M}.
 * Identifiers are upper-case; {@link #of} accepts any case. Aliases such as {@code alliance-for-multilateralism}
 * are resolved by the query layer, not here.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class OrganisationId implements Comparable<OrganisationId> {

  OrganisationId() {}

  /** The upper-case identifier. */
  @Value.Parameter
  public abstract String value();

  /**
   * The identifier {@code id}, upper-cased.
   *
   * @throws IllegalArgumentException unless {@code id} is 2 to 16 letters, digits or hyphens
   */
  public static OrganisationId of(String id) {
    Objects.requireNonNull(id, "id");
    return ImmutableOrganisationId.of(id.trim().toUpperCase(Locale.ROOT));
  }

  @Value.Check
  void check() {
    checkArgument(Text.isOrganisationId(value()),
        "bad organisation id '%s': expected 2 to 16 letters, digits or hyphens, such as NATO", value());
  }

  @Override
  public int compareTo(OrganisationId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
