package org.multilateral.core;

import static org.multilateral.core.Checks.checkArgument;

import java.util.Locale;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The identifier of a country: its ISO 3166-1 alpha-3 code ({@code BEL}), or for a state that no longer exists the
 * alpha-3 code it had ({@code SUN} for the Soviet Union, {@code DDR} for the German Democratic Republic).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CountryCode implements Comparable<CountryCode> {

  CountryCode() {}

  /** The three upper-case letters. */
  @Value.Parameter
  public abstract String value();

  /**
   * The code for {@code alpha3}, in any case: {@code CountryCode.of("bel")} is {@code BEL}.
   *
   * @throws IllegalArgumentException unless {@code alpha3} is three ASCII letters
   */
  public static CountryCode of(String alpha3) {
    Objects.requireNonNull(alpha3, "alpha3");
    return ImmutableCountryCode.of(alpha3.trim().toUpperCase(Locale.ROOT));
  }

  @Value.Check
  void check() {
    checkArgument(Text.isCapitals(value(), 3),
        "bad country code '%s': expected an ISO 3166-1 alpha-3 code such as BEL", value());
  }

  @Override
  public int compareTo(CountryCode other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
