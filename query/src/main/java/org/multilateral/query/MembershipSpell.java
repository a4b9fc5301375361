package org.multilateral.query;

import java.util.List;
import java.util.Objects;
import org.multilateral.core.Country;
import org.multilateral.core.Membership;
import org.multilateral.core.Organisation;
import org.multilateral.core.Source;
import org.multilateral.core.Spell;

/**
 * One spell of one membership, with its country and organisation: a row of the flat export of the data
 * ({@link Multilateral#spells()}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param country the country
 * @param organisation the organisation
 * @param membership the membership the spell belongs to
 * @param spell the spell
 */
public record MembershipSpell(Country country, Organisation organisation, Membership membership, Spell spell) {

  /** Checks that no argument is null. */
  public MembershipSpell {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(membership, "membership");
    Objects.requireNonNull(spell, "spell");
  }

  /** The sources of the membership. */
  public List<Source> sources() {
    return membership.sources();
  }
}
