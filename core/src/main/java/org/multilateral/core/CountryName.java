package org.multilateral.core;

import static org.multilateral.core.Checks.checkArgument;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A name a country is known by besides its curated short name: its formal name ("Kingdom of Belgium"), a common
 * name ("UK", "Ivory Coast") or a former name with the days it was in use ("Turkey" until 2022-05-31), with its
 * sources. Lookups find a country by any of them, and say when a name was a former one.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CountryName {

  CountryName() {}

  /** The kinds of name. */
  public enum Kind implements Identified {
    /** The official full name, such as {@code Republic of Türkiye}. */
    FORMAL,
    /** Another name in common use, such as {@code UK} or {@code Ivory Coast}. */
    COMMON,
    /** A name the country no longer uses officially, such as {@code Turkey} or {@code Zaire}. */
    FORMER;

    private final String id = Identified.idOf(this);

    @Override
    public String id() {
      return id;
    }

    /** The kind whose {@link #id()} is {@code id}, ignoring case. */
    public static Kind fromId(String id) {
      return Identified.fromId(Kind.class, id);
    }
  }

  public abstract String name();

  public abstract Kind kind();

  /** The first day the name was in use, where a source gives it. */
  public abstract Optional<PartialDate> from();

  /** The last day a former name was in official use, where a source gives it. */
  public abstract Optional<PartialDate> until();

  /** At least one source. */
  public abstract List<Source> sources();

  public static Builder builder() {
    return new Builder();
  }

  /** Whether the name was in use on {@code day}, as far as its dates tell (a name without dates always was). */
  public boolean isInUseOn(LocalDate day) {
    return PartialDate.mayCover(from(), until(), day);
  }

  /** {@code Turkey (former name, until 2022-05-31)}. */
  @Override
  public String toString() {
    return name() + " (" + kind().id() + " name" + (from().isPresent() ? ", from " + from().get() : "")
        + (until().isPresent() ? ", until " + until().get() : "") + ")";
  }

  @Value.Check
  void check() {
    checkArgument(!name().isBlank(), "country name: blank name");
    checkArgument(!sources().isEmpty(), "country name %s: no source", name());
    Text.checkListedOnce(sources(), "country name", name(), "source");
    if (from().isPresent() && until().isPresent()) {
      checkArgument(!until().get().latest().isBefore(from().get().earliest()),
          "country name %s: in use until %s, before %s", name(), until().get(), from().get());
    }
  }

  /** Builds a {@link CountryName}. */
  public static final class Builder extends ImmutableCountryName.Builder {
    Builder() {}
  }
}
