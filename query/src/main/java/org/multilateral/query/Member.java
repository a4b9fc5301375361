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
import org.multilateral.core.Spell;

/**
 * A country holding a role in an organisation on a given day: the membership and the spell in force that day.
 *
 * <p>Immutable and thread-safe.
 *
 * @param country the country
 * @param organisation the organisation
 * @param membership the whole membership, all spells included
 * @param spell the spell in force on the day asked about
 */
public record Member(Country country, Organisation organisation, Membership membership, Spell spell) {

  /** Checks that no argument is null. */
  public Member {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(membership, "membership");
    Objects.requireNonNull(spell, "spell");
  }

  /** The role held, such as {@link Role#FOUNDING_MEMBER} or {@link Role#ELECTED_MEMBER}. */
  public Role role() {
    return membership.role();
  }

  /** The start of the spell in force. */
  public PartialDate joined() {
    return spell.start();
  }

  /** The end of the spell in force (its last day); absent while it is ongoing. */
  public Optional<PartialDate> left() {
    return spell.end();
  }

  /** The sources of the membership. */
  public List<Source> sources() {
    return membership.sources();
  }
}
