package org.multilateral.query;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.multilateral.core.Country;
import org.multilateral.core.Role;

/**
 * One country's memberships and other roles on one day: every organisation in which it holds a role, and which.
 * By default every role (partner, candidate and observer too) on the day the data is current to. Made by
 * {@link Multilateral#memberships(String)}; ordered by organisation id, then role.
 *
 * <pre>{@code
 * world.memberships("BEL").asOf(LocalDate.of(2020, 6, 1)).list();   // EU, NATO, OSCE, UN, UNSC (elected-member)
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class MembershipQuery extends Query<Member> {

  private static final Comparator<Member> ORDER = Comparator
      .comparing((Member m) -> m.organisation().id())
      .thenComparing(Member::role);

  private final Multilateral world;
  private final Country country;
  private final Optional<LocalDate> day;
  private final Set<Role> roles;

  private MembershipQuery(Multilateral world, Country country, Optional<LocalDate> day, Set<Role> roles) {
    this.world = world;
    this.country = country;
    this.day = day;
    this.roles = Set.copyOf(roles);
  }

  static MembershipQuery of(Multilateral world, Country country) {
    return new MembershipQuery(world, country, Optional.empty(), EnumSet.allOf(Role.class));
  }

  /** The same query on {@code day}: the roles whose spell is certainly in force that day. */
  public MembershipQuery asOf(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return new MembershipQuery(world, country, Optional.of(day), roles);
  }

  /** Only the given roles; like {@code filter(m -> roles.contains(m.role()))}. */
  public MembershipQuery roles(Role first, Role... more) {
    Objects.requireNonNull(first, "first");
    return new MembershipQuery(world, country, day, EnumSet.of(first, more));
  }

  /** Only full membership ({@link Role#isFullMember()}); like {@code filter(m -> m.role().isFullMember())}. */
  public MembershipQuery fullMembership() {
    return new MembershipQuery(world, country, day, MemberQuery.FULL_MEMBERS);
  }

  /** The country asked about. */
  public Country country() {
    return country;
  }

  /** The day asked about: the one given to {@link #asOf}, or the day the data is current to. */
  public LocalDate day() {
    return day.orElseGet(world::today);
  }

  /** The roles asked about. */
  public Set<Role> roles() {
    return roles;
  }

  /** The memberships in force; like {@code memberships.stream().filter(m -> m.isInForceOn(day))}, but indexed. */
  @Override
  public Stream<Member> stream() {
    return world.index().inForce(country.code(), day()).stream()
        .filter(e -> roles.contains(e.membership().role()))
        .map(world::member)
        .sorted(ORDER);
  }

  @Override
  String title() {
    return "Memberships of " + country.name() + " on " + day();
  }

  @Override
  Columns<Member> columns() {
    return Columns.<Member>sourcedBy(Member::sources)
        .text("organisation", m -> m.organisation().id().value())
        .text("name", m -> m.organisation().name())
        .text("role", m -> m.role().id())
        .text("framework", m -> m.membership().framework().orElse(""))
        .date("since", Member::joined)
        .dateIfAny("until", Member::left);
  }
}
