package org.multilateral.core;

import static org.multilateral.core.Checks.checkArgument;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A country's role in an organisation over time: one or more {@link Spell spells} that never overlap, in order,
 * with the {@link Milestone milestones} and {@link Episode episodes} that belong to it.
 *
 * <p>A state that left and came back has two spells. Something that is not an exit (France outside NATO's
 * integrated command) is an episode and leaves the spell whole. A partner ({@link Role#PARTNER}) names its
 * {@link #framework()}; no other role does.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Membership {

  Membership() {}

  public abstract CountryCode country();

  public abstract OrganisationId organisation();

  public abstract Role role();

  /** The partnership framework, for {@link Role#PARTNER} only: such as {@code NATO-PFP}. */
  public abstract Optional<String> framework();

  /** At least one spell; sorted by start; no two overlap. */
  public abstract List<Spell> spells();

  public abstract List<Milestone> milestones();

  public abstract List<Episode> episodes();

  public abstract Optional<String> note();

  /** At least one source, supporting the spells' dates. */
  public abstract List<Source> sources();

  public static Builder builder() {
    return new Builder();
  }

  /** The spell in force on {@code day}, if any. */
  public Optional<Spell> spellOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    for (Spell spell : spells()) {
      if (spell.isInForceOn(day)) {
        return Optional.of(spell);
      }
    }
    return Optional.empty();
  }

  /** Whether a spell is in force on {@code day}. */
  public boolean isInForceOn(LocalDate day) {
    return spellOn(day).isPresent();
  }

  /** The first spell. */
  public Spell firstSpell() {
    return spells().get(0);
  }

  /** The last spell. */
  public Spell lastSpell() {
    return spells().get(spells().size() - 1);
  }

  /** {@code BEL@NATO (founding-member)}, or with the framework for a partner. */
  public String label() {
    return country() + "@" + organisation() + " (" + role().id()
        + (framework().isPresent() ? " in " + framework().get() : "") + ")";
  }

  @Value.Check
  Membership check() {
    // label() is built only for a message (it runs at every load of the data): each check fails through
    // checkArgument(false, ...) so that the messages stay as they were.
    if (spells().isEmpty()) {
      checkArgument(false, "membership %s: no spell", label());
    }
    if (sources().isEmpty()) {
      checkArgument(false, "membership %s: no source", label());
    }
    java.util.Set<String> sourceIds = new java.util.HashSet<>();
    for (Source s : sources()) {
      if (!sourceIds.add(s.id())) {
        checkArgument(false, "membership %s: source '%s' is listed twice", label(), s.id());
      }
    }
    for (Spell s : spells()) {
      if (s.continues().isPresent() && s.continues().get().equals(country())) {
        checkArgument(false, "membership %s: spell %s continues the country's own seat", label(), s);
      }
    }
    if (framework().isPresent() != (role() == Role.PARTNER)) {
      checkArgument(false, "membership %s: a framework is required for the role partner and only for it", label());
    }
    for (int i = 1; i < spells().size(); i++) {
      if (spells().get(i - 1).compareTo(spells().get(i)) > 0) {
        List<Spell> sorted = new java.util.ArrayList<>(spells());
        java.util.Collections.sort(sorted);
        return builder().from(this).spells(sorted).build();
      }
    }
    for (int i = 1; i < spells().size(); i++) {
      Spell previous = spells().get(i - 1);
      Spell next = spells().get(i);
      if (previous.overlaps(next)) {
        checkArgument(false, "membership %s: spell %s overlaps spell %s; spells of one country, organisation and"
            + " role must not share a day (the end is the last day)", label(), previous, next);
      }
    }
    for (Episode episode : episodes()) {
      LocalDate from = episode.start().earliest();
      LocalDate to = episode.end().isPresent() ? episode.end().get().latest() : LocalDate.MAX;
      boolean within = false;
      for (Spell s : spells()) {
        within |= s.overlaps(from, to);
      }
      if (!within) {
        checkArgument(false, "membership %s: episode %s from %s lies outside every spell; an episode happens"
            + " during membership", label(), episode.kind(), episode.start());
      }
    }
    return this;
  }

  @Override
  public String toString() {
    return label() + " " + spells();
  }

  /** Builds a {@link Membership}. */
  public static final class Builder extends ImmutableMembership.Builder {
    Builder() {}
  }
}
