package org.multilateral.core;

import static org.multilateral.core.Checks.checkArgument;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An international organisation, alliance, forum, or organ of one (the UN Security Council).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Organisation {

  Organisation() {}

  public abstract OrganisationId id();

  /**
   * Other names the organisation is looked up by, lower-case, each once, in the data's order:
   * {@code alliance-for-multilateralism}.
   */
  public abstract List<String> aliases();

  /** The English name. */
  public abstract String name();

  /** The French name. */
  public abstract String frenchName();

  public abstract OrganisationKind kind();

  /** The organisation this one is an organ of; present exactly for {@link OrganisationKind#ORGAN}. */
  public abstract Optional<OrganisationId> parent();

  /** The founding steps, oldest first: signature and entry into force of the founding document. */
  public abstract List<Milestone> founding();

  public abstract Optional<String> headquarters();

  /** Headquarters and commands, with their host countries. */
  public abstract List<Seat> seats();

  /** The organisation's stated goals or core tasks, in the words of its sources. */
  public abstract List<String> goals();

  /** The themes it works on. */
  public abstract List<String> themes();

  public abstract Optional<URI> website();

  /**
   * The periods over which the data is complete for each role and kind of fact; a role or kind not covered on a
   * day is not claimed to be complete that day.
   */
  public abstract List<Coverage> coverage();

  /** The declared coverage of {@code role} that includes {@code day}, if any. */
  public Optional<Coverage> coverage(Role role, LocalDate day, LocalDate currentTo) {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(currentTo, "currentTo");
    for (Coverage c : coverage()) {
      if (c.covers(role) && c.includes(day, currentTo)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The declared coverage of {@code kind} that includes {@code day}, if any. */
  public Optional<Coverage> coverage(FactKind kind, LocalDate day, LocalDate currentTo) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(currentTo, "currentTo");
    for (Coverage c : coverage()) {
      if (c.covers(kind) && c.includes(day, currentTo)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** Identifiers in other datasets: Wikidata, the Correlates of War IGO data. */
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

  /** The name in French for a French locale, else in English. */
  public String name(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return locale.getLanguage().equals(Locale.FRENCH.getLanguage()) ? frenchName() : name();
  }

  /**
   * The earliest founding date, if any is recorded. (A loop, not a stream: the dataset's checks call it for every
   * membership on every load of the data, in a JVM where each lambda's first use spins a class.)
   */
  public Optional<PartialDate> founded() {
    PartialDate earliest = null;
    for (Milestone m : founding()) {
      if (earliest == null || m.date().compareTo(earliest) < 0) {
        earliest = m.date();
      }
    }
    return Optional.ofNullable(earliest);
  }

  @Value.Check
  void check() {
    Text.checkListedOnce(sources(), "organisation", id(), "source");
    Text.checkListedOnce(aliases(), "organisation", id(), "alias");
    checkArgument(!name().isBlank(), "organisation %s: blank name", id());
    checkArgument(!frenchName().isBlank(), "organisation %s: blank French name", id());
    checkArgument(!parent().equals(Optional.of(id())), "organisation %s: is its own parent", id());
    checkArgument(parent().isPresent() == (kind() == OrganisationKind.ORGAN),
        "organisation %s: a parent is required for an organ and only for it", id());
    for (String alias : aliases()) {
      checkArgument(alias.equals(alias.toLowerCase(Locale.ROOT)) && !alias.isBlank(),
          "organisation %s: alias '%s' must be non-blank and lower-case", id(), alias);
    }
    checkArgument(!sources().isEmpty(), "organisation %s: no source", id());
  }

  @Override
  public String toString() {
    return id() + " " + name();
  }

  /** Builds an {@link Organisation}. */
  public static final class Builder extends ImmutableOrganisation.Builder {
    Builder() {}
  }
}
