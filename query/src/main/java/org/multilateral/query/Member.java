package org.multilateral.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.multilateral.core.Country;
import org.multilateral.core.Membership;
import org.multilateral.core.Organisation;
import org.multilateral.core.PartialDate;
import org.multilateral.core.Role;
import org.multilateral.core.Source;
import org.multilateral.core.SourceTier;
import org.multilateral.core.Spell;

/**
 * A country holding a role in an organisation on a given day: the membership, the spell in force that day, and
 * whether that is {@linkplain Certainty certain} or only possible because a date is imprecise.
 *
 * <p>Immutable and thread-safe.
 *
 * @param country the country
 * @param organisation the organisation
 * @param membership the whole membership, all spells included
 * @param spell the spell in force on the day asked about
 * @param certainty whether the spell is certainly in force that day, or only possibly
 */
public record Member(Country country, Organisation organisation, Membership membership, Spell spell,
    Certainty certainty) {

  /** Checks that no argument is null. */
  public Member {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(membership, "membership");
    Objects.requireNonNull(spell, "spell");
    Objects.requireNonNull(certainty, "certainty");
  }

  /** Whether the role is certainly held on the day asked about. */
  public boolean isCertain() {
    return certainty == Certainty.CERTAIN;
  }

  /**
   * The strongest tier among the membership's sources: {@link SourceTier#SECONDARY} when it rests on secondary
   * sources alone.
   */
  public SourceTier evidence() {
    return Source.strongest(membership.sources());
  }

  /** The role held, such as {@link Role#FOUNDING_MEMBER} or {@link Role#ELECTED_MEMBER}. */
  public Role role() {
    return membership.role();
  }

  /** The start of the spell in force. */
  public PartialDate start() {
    return spell.start();
  }

  /** The end of the spell in force (its last day); absent while it is ongoing. */
  public Optional<PartialDate> end() {
    return spell.end();
  }

  /** The sources of the membership. */
  public List<Source> sources() {
    return membership.sources();
  }
}
