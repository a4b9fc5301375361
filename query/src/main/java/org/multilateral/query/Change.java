package org.multilateral.query;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.multilateral.core.Country;
import org.multilateral.core.DateKind;
import org.multilateral.core.Identified;
import org.multilateral.core.Membership;
import org.multilateral.core.Organisation;
import org.multilateral.core.PartialDate;
import org.multilateral.core.Role;
import org.multilateral.core.Source;
import org.multilateral.core.Spell;

/**
 * A country joining an organisation (starting to hold one of the roles asked about) or leaving it (ceasing to
 * hold any of them), with the spell whose start or end it is.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind joined or left
 * @param country the country
 * @param organisation the organisation
 * @param membership the membership the spell belongs to
 * @param spell the spell that starts (for {@link Kind#JOINED}) or ends (for {@link Kind#LEFT})
 */
public record Change(Kind kind, Country country, Organisation organisation, Membership membership, Spell spell) {

  /** Whether a country joined or left. */
  public enum Kind implements Identified {
    /** The country started to hold one of the roles asked about. */
    JOINED,
    /** The country ceased to hold any of the roles asked about. */
    LEFT;

    @Override
    public String id() {
      return Identified.idOf(this);
    }
  }

  /**
   * Checks that no argument is null and that a departure has an end.
   *
   * @throws IllegalArgumentException if {@code kind} is {@link Kind#LEFT} and the spell is ongoing
   */
  public Change {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(membership, "membership");
    Objects.requireNonNull(spell, "spell");
    checkArgument(kind == Kind.JOINED || spell.end().isPresent(), "change %s: %s left, but spell %s is ongoing",
        membership.label(), country.code(), spell);
  }

  /** Whether the country joined. */
  public boolean isJoined() {
    return kind == Kind.JOINED;
  }

  /** The date as the sources give it: the spell's start for a join, its end (the last day) for a departure. */
  public PartialDate date() {
    return isJoined() ? spell.start() : spell.end().orElseThrow();
  }

  /** What the date marks, such as {@link DateKind#INSTRUMENT_DEPOSITED} or {@link DateKind#LEFT}. */
  public DateKind dateKind() {
    return isJoined() ? spell.startKind() : spell.endKind().orElseThrow();
  }

  /**
   * The first day of the new status: the first day of membership for a join, the first day <em>after</em> the
   * last day of membership for a departure (2020-02-01 for the United Kingdom leaving the EU, whose last day was
   * 2020-01-31). For an imprecise date, the conservative reading of {@link Spell#isInForceOn}.
   */
  public LocalDate effectiveDay() {
    return isJoined() ? spell.firstDay() : spell.lastDay().orElseThrow().plusDays(1);
  }

  /** The role of the membership. */
  public Role role() {
    return membership.role();
  }

  /** The sources of the membership. */
  public List<Source> sources() {
    return membership.sources();
  }
}
