package org.multilateral.query;

import java.util.Objects;
import java.util.Optional;
import org.multilateral.core.Country;
import org.multilateral.core.CountryName;

/**
 * What a country lookup found, and by which name: a code or the curated name, or one of the country's
 * {@linkplain Country#otherNames() other names}, so that a caller can say when a former name was used ("Turkey" is
 * a former name of Türkiye, until 2022-05-31).
 *
 * <p>Immutable and thread-safe.
 *
 * @param country the country found
 * @param name the other name that matched; empty when a code or the curated name did
 */
public record CountryMatch(Country country, Optional<CountryName> name) {

  /** Checks that no argument is null. */
  public CountryMatch {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(name, "name");
  }

  /** Whether the input was a former name of the country. */
  public boolean isFormerName() {
    return name.map(n -> n.kind() == CountryName.Kind.FORMER).orElse(false);
  }

  /**
   * A sentence for a reader when the match needs one: {@code 'Turkey' is a former name of Türkiye (until
   * 2022-05-31)}; empty for a code, the curated name, or a formal or common name.
   */
  public Optional<String> note() {
    return name.filter(n -> n.kind() == CountryName.Kind.FORMER).map(n -> "'" + n.name() + "' is a former name of "
        + country.name() + " (" + country.code() + ")" + n.from().map(f -> ", from " + f).orElse("")
        + n.until().map(u -> (n.from().isPresent() ? " " : ", ") + "until " + u).orElse("") + ".");
  }
}
