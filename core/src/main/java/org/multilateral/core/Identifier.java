package org.multilateral.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * An identifier another dataset gives a country or an organisation, so that users can join this data to theirs:
 * a Wikidata QID, a Correlates of War state code or abbreviation, a Gleditsch-Ward number, a Correlates of War IGO
 * abbreviation. Where a scheme changed a state's identifier over time (COW's 260 for the Federal Republic of Germany
 * until 1990-10-02, 255 for Germany after), each value has its days.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Identifier {

  Identifier() {}

  /** The schemes, with the shape of their values. */
  public enum Scheme implements Identified {
    /** A Wikidata item, such as {@code Q31} for Belgium. */
    WIKIDATA("Q[1-9][0-9]*"),
    /** The Correlates of War state number, such as {@code 211}. */
    COW_STATE_CODE("[0-9]{1,4}"),
    /** The Correlates of War state abbreviation, such as {@code BEL} (not always the ISO code: COW's AUS is Austria). */
    COW_STATE_ABBREVIATION("[A-Z]{3}"),
    /** The Gleditsch-Ward state number, such as {@code 211}. */
    GLEDITSCH_WARD("[0-9]{1,4}"),
    /** The Correlates of War IGO abbreviation, such as {@code NATO}. */
    COW_IGO("[A-Za-z0-9]{2,12}");

    private final String id = Identified.idOf(this);
    private final Pattern shape;

    Scheme(String shape) {
      this.shape = Pattern.compile(shape);
    }

    @Override
    public String id() {
      return id;
    }

    /** The scheme whose {@link #id()} is {@code id}, ignoring case. */
    public static Scheme fromId(String id) {
      return Identified.fromId(Scheme.class, id);
    }

    boolean fits(String value) {
      return shape.matcher(value).matches();
    }
  }

  public abstract Scheme scheme();

  public abstract String value();

  /** The first day the value was used, where the scheme changed a state's identifier over time. */
  public abstract Optional<PartialDate> from();

  /** The last day the value was used. */
  public abstract Optional<PartialDate> to();

  /** At least one source. */
  public abstract List<Source> sources();

  public static Builder builder() {
    return new Builder();
  }

  /** Whether the value was the one in use on {@code day} (a value without days always was). */
  public boolean isInUseOn(LocalDate day) {
    return PartialDate.mayCover(from(), to(), day);
  }

  /**
   * The value of {@code scheme} among {@code identifiers} in use on {@code day}, or the only one when the scheme
   * gives a single value.
   */
  static Optional<String> valueOn(List<Identifier> identifiers, Scheme scheme, LocalDate day) {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(day, "day");
    List<Identifier> values = identifiers.stream().filter(i -> i.scheme() == scheme).toList();
    return values.stream().filter(i -> i.isInUseOn(day)).map(Identifier::value).findFirst()
        .or(() -> values.size() == 1 ? Optional.of(values.get(0).value()) : Optional.empty());
  }

  @Value.Check
  void check() {
    checkArgument(scheme().fits(value()), "identifier %s '%s' does not have the scheme's shape", scheme().id(),
        value());
    checkArgument(!sources().isEmpty(), "identifier %s %s: no source", scheme().id(), value());
    Text.checkListedOnce(sources(), "identifier " + scheme().id() + " " + value(), "source");
  }

  /** {@code wikidata Q31}. */
  @Override
  public String toString() {
    return scheme().id() + " " + value();
  }

  /** Builds an {@link Identifier}. */
  public static final class Builder extends ImmutableIdentifier.Builder {
    Builder() {}
  }
}
