package org.multilateral.query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
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

  /** The order of the answers; {@code Index.Entry.membershipOrder} is the place of an entry in it. */
  static final Comparator<Member> ORDER = Comparator
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

  /**
   * Only the given roles; like {@code filter(m -> roles.contains(m.role()))}.
   *
   * @throws IllegalArgumentException if {@code roles} is empty
   */
  public MembershipQuery roles(Collection<Role> roles) {
    return new MembershipQuery(world, country, day, MemberQuery.roleSet(roles));
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
    return day.orElseGet(world::currentTo);
  }

  /** The roles asked about. */
  public Set<Role> roles() {
    return roles;
  }

  /**
   * The memberships in force; like {@code memberships.stream().filter(m -> m.isInForceOn(day))}, but indexed. As
   * for {@link MemberQuery}, a seat held in continuity whose hand-over day is not known is listed, as
   * {@link Certainty#POSSIBLE}, on the side that answers for it that day.
   */
  @Override
  public Stream<Member> stream() {
    return list().stream();
  }

  /** The memberships in force, in order; like {@code stream().toList()}. */
  @Override
  public List<Member> list() {
    LocalDate on = day();
    org.multilateral.query.internal.Index index = world.index();
    List<org.multilateral.query.internal.Index.Entry> answers = new java.util.ArrayList<>();
    for (org.multilateral.query.internal.Index.Entry e : index.mayBeInForce(country.code(), on)) {
      if (roles.contains(e.role()) && index.holdsSeat(e, on)) {
        answers.add(e);
      }
    }
    // In ORDER, by the entries' precomputed place in it.
    return world.members(answers, on, false);
  }

  /**
   * The limits of the answer: for each organisation, a day outside the declared coverage of the roles asked about
   * (so a missing role there is not recorded rather than absent), or after the day the data is current to.
   */
  @Override
  public Completeness completeness() {
    LocalDate on = day();
    Completeness c = Completeness.COMPLETE;
    for (org.multilateral.core.Organisation o : world.dataset().organisations()) {
      c = c.and(Coverages.ofRoles(world, o, roles, on, on));
    }
    long d = on.toEpochDay();
    List<String> possible = world.index().mayBeInForce(country.code(), on).stream()
        .filter(e -> roles.contains(e.role()))
        .filter(e -> !e.isCertainOn(d) && !world.index().holdsSeat(e, on))
        .map(e -> e.membership().organisation().value()).sorted().distinct().toList();
    if (!possible.isEmpty()) {
      c = c.and(new Completeness(List.of("On " + on + " " + country.name() + " is only possibly in "
          + String.join(", ", possible) + " (a date known only to the month or year), so not listed.")));
    }
    return c;
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
        .date("start", Member::start)
        .dateIfAny("end", Member::end)
        .text("certainty", m -> m.certainty().id());
  }
}
