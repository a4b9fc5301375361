package org.multilateral.core;

import static org.multilateral.core.Checks.checkArgument;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
    WIKIDATA("Q[1-9][0-9]*", 2, Integer.MAX_VALUE, "09"),
    /** The Correlates of War state number, such as {@code 211}. */
    COW_STATE_CODE("[0-9]{1,4}", 1, 4, "09"),
    /** The Correlates of War state abbreviation, such as {@code BEL} (not always the ISO code: COW's AUS is Austria). */
    COW_STATE_ABBREVIATION("[A-Z]{3}", 3, 3, "AZ"),
    /** The Gleditsch-Ward state number, such as {@code 211}. */
    GLEDITSCH_WARD("[0-9]{1,4}", 1, 4, "09"),
    /** The Correlates of War IGO abbreviation, such as {@code NATO}. */
    COW_IGO("[A-Za-z0-9]{2,12}", 2, 12, "AZaz09");

    private final String id = Identified.idOf(this);
    private final String shape;
    private final int minLength;
    private final int maxLength;
    private final String ranges;

    /**
     * {@code shape} is the regular expression a value matches. {@link #fits} checks it by hand, since every
     * identifier is checked on every load of the data: a length from {@code minLength} to {@code maxLength}, each
     * character in one of {@code ranges} (pairs of first and last character), and for Wikidata a leading {@code Q}
     * and no leading zero. A property test holds the two to each other.
     */
    Scheme(String shape, int minLength, int maxLength, String ranges) {
      this.shape = shape;
      this.minLength = minLength;
      this.maxLength = maxLength;
      this.ranges = ranges;
    }

    /** The regular expression a value of this scheme matches. */
    String shape() {
      return shape;
    }

    @Override
    public String id() {
      return id;
    }

    /** The scheme whose {@link #id()} is {@code id}, ignoring case. */
    public static Scheme fromId(String id) {
      return Identified.fromId(Scheme.class, id);
    }

    /** Whether {@code value} matches {@link #shape()}. */
    boolean fits(String value) {
      if (this == WIKIDATA) {
        return value.length() >= minLength && value.charAt(0) == 'Q' && value.charAt(1) != '0'
            && Text.isRun(value.substring(1), minLength - 1, maxLength, ranges);
      }
      return Text.isRun(value, minLength, maxLength, ranges);
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
    Identifier only = null;
    int count = 0;
    for (Identifier i : identifiers) {
      if (i.scheme() == scheme) {
        if (i.isInUseOn(day)) {
          return Optional.of(i.value());
        }
        only = i;
        count++;
      }
    }
    return count == 1 ? Optional.of(only.value()) : Optional.empty();
  }

  @Value.Check
  void check() {
    checkArgument(scheme().fits(value()), "identifier %s '%s' does not have the scheme's shape", scheme().id(),
        value());
    checkArgument(!sources().isEmpty(), "identifier %s %s: no source", scheme().id(), value());
    Text.checkListedOnce(sources(), "identifier", this, "source"); // this prints as "wikidata Q31"
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
