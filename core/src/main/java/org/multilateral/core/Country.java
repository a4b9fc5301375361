package org.multilateral.core;

import static org.multilateral.core.Checks.checkArgument;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A state, current or historical, identified by its ISO 3166-1 alpha-3 {@link #code()}.
 *
 * <p>A historical state (the Soviet Union, Czechoslovakia, Yugoslavia, the German Democratic Republic) has an
 * {@link #ended()} date, its ISO 3166-3 {@link #formerCode()} and {@link #successors()}. Germany is one continuous
 * state, the Federal Republic, before and after 1990.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Country {

  Country() {}

  /** The ISO 3166-1 alpha-3 code, the country's identifier everywhere in the model. */
  public abstract CountryCode code();

  /** The ISO 3166-1 alpha-2 code, such as {@code BE}. */
  public abstract String alpha2();

  /** The ISO 3166-1 numeric code (the UN M49 code), three digits, such as {@code 056}. */
  public abstract String numeric();

  /** The common short English name, such as {@code Belgium}. */
  public abstract String name();

  /** The ISO 3166-3 code of a state that no longer exists, such as {@code SUHH}. */
  public abstract Optional<String> formerCode();

  public abstract Optional<PartialDate> started();

  /** The last day the state existed. */
  public abstract Optional<PartialDate> ended();

  /** The states that succeeded a historical state. */
  public abstract List<CountryCode> successors();

  /** Formal, common and former names, each with its sources: "Republic of Türkiye", "UK", "Turkey". */
  public abstract List<CountryName> otherNames();

  /** Identifiers in other datasets: Wikidata, Correlates of War, Gleditsch-Ward. */
  public abstract List<Identifier> identifiers();

  /** At least one source. */
  public abstract List<Source> sources();

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The value of {@code scheme} in use on {@code day}, or the only one when the scheme gives a single value: such as
   * {@code identifier(Scheme.COW_STATE_CODE, 1980-01-01)} is {@code 260} for Germany.
   */
  public Optional<String> identifier(Identifier.Scheme scheme, java.time.LocalDate day) {
    return Identifier.valueOn(identifiers(), scheme, day);
  }

  /** Whether the state no longer exists. */
  public boolean isHistorical() {
    return ended().isPresent();
  }

  /**
   * The name in {@code locale}'s language, from the JDK's locale data; the curated {@link #name()} for English
   * and where the JDK has no name for the code.
   */
  public String name(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    if (locale.getLanguage().equals(Locale.ENGLISH.getLanguage()) || isHistorical()) {
      return name();
    }
    String localized = new Locale("", alpha2()).getDisplayCountry(locale);
    return localized.isEmpty() || localized.equals(alpha2()) ? name() : localized;
  }

  @Value.Check
  void check() {
    Text.checkListedOnce(successors(), "country", code(), "successor");
    Text.checkListedOnce(sources(), "country", code(), "source");
    checkArgument(Text.isCapitals(alpha2(), 2), "country %s: bad alpha-2 code '%s'", code(), alpha2());
    checkArgument(Text.isDigits(numeric(), 3), "country %s: bad numeric code '%s'", code(), numeric());
    checkArgument(!name().isBlank(), "country %s: blank name", code());
    if (formerCode().isPresent()) {
      checkArgument(Text.isCapitals(formerCode().get(), 4), "country %s: bad ISO 3166-3 code '%s'", code(),
          formerCode().get());
    }
    checkArgument(isHistorical() || successors().isEmpty(),
        "country %s: successors %s given for a state that has not ended", code(), successors());
    checkArgument(!successors().contains(code()), "country %s: lists itself as its successor", code());
    if (started().isPresent() && ended().isPresent()) {
      checkArgument(!ended().get().latest().isBefore(started().get().earliest()),
          "country %s: ended %s before it started %s", code(), ended().get(), started().get());
    }
    checkArgument(!sources().isEmpty(), "country %s: no source", code());
  }

  @Override
  public String toString() {
    return code() + " " + name();
  }

  /** Builds a {@link Country}. */
  public static final class Builder extends ImmutableCountry.Builder {
    Builder() {}
  }
}
