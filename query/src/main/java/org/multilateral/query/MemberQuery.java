package org.multilateral.query;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.multilateral.core.Organisation;
import org.multilateral.core.Role;
import org.multilateral.query.internal.Index;

/**
 * The members of one organisation on one day. Made by {@link Multilateral#members(String)}; each step returns a new
 * query. Results are ordered by the day the spell in force began, then by country name.
 *
 * <p>Immutable and thread-safe.
 */
public final class MemberQuery {

  private static final Set<Role> FULL_MEMBERS = ImmutableSet.copyOf(
      Arrays.stream(Role.values()).filter(Role::isFullMember).toList());

  private static final Comparator<Member> ORDER = Comparator
      .comparing((Member m) -> m.spell().firstDay())
      .thenComparing(m -> m.country().name())
      .thenComparing(m -> m.membership().role());

  private final Multilateral world;
  private final Organisation organisation;
  private final Optional<LocalDate> day;
  private final Set<Role> roles;

  private MemberQuery(Multilateral world, Organisation organisation, Optional<LocalDate> day, Set<Role> roles) {
    this.world = world;
    this.organisation = organisation;
    this.day = day;
    this.roles = roles;
  }

  static MemberQuery of(Multilateral world, Organisation organisation) {
    return new MemberQuery(world, organisation, Optional.empty(), FULL_MEMBERS);
  }

  /** The same query on {@code day}. */
  public MemberQuery asOf(LocalDate day) {
    return new MemberQuery(world, organisation, Optional.of(Objects.requireNonNull(day, "day")), roles);
  }

  /** The same query restricted to the given roles (for example {@link Role#ASPIRANT}) instead of full members. */
  public MemberQuery roles(Role first, Role... more) {
    Objects.requireNonNull(first, "first");
    EnumSet<Role> chosen = EnumSet.of(first, more);
    return new MemberQuery(world, organisation, day, ImmutableSet.copyOf(chosen));
  }

  /** The organisation asked about. */
  public Organisation organisation() {
    return organisation;
  }

  /** The day asked about: the one given to {@link #asOf}, or the day the data is current to. */
  public LocalDate day() {
    return day.orElseGet(world::today);
  }

  /** The roles asked about. */
  public Set<Role> roles() {
    return roles;
  }

  /** The members, as a stream; like {@code memberships.stream().filter(inForceOn(day))}, but indexed. */
  public Stream<Member> stream() {
    Index index = world.index();
    LocalDate d = day();
    return index.inForce(organisation.id(), d).stream()
        .filter(e -> roles.contains(e.membership().role()))
        .map(e -> new Member(index.country(e.membership().country()).orElseThrow(), organisation,
            e.membership(), e.spell()))
        .sorted(ORDER);
  }

  /** The members, as an unmodifiable list. */
  public List<Member> list() {
    return stream().toList();
  }

  /** How many members there are. */
  public int count() {
    return (int) stream().count();
  }

  /** The first member in order, if any. */
  public Optional<Member> first() {
    return stream().findFirst();
  }

  /**
   * The only member.
   *
   * @throws NoSuchElementException unless there is exactly one, saying how many there are
   */
  public Member single() {
    List<Member> all = list();
    if (all.size() != 1) {
      throw new NoSuchElementException("expected exactly one member of " + organisation.id() + " on " + day()
          + " with roles " + roles + ", found " + all.size());
    }
    return all.get(0);
  }

  /** The members as a table for a report: iso3, iso2, name, role, joined, left, with sources. */
  public Table table() {
    Table.Builder table = Table.builder(organisation.name() + " members on " + day())
        .column("iso3", Table.ColumnType.TEXT)
        .column("iso2", Table.ColumnType.TEXT)
        .column("name", Table.ColumnType.TEXT)
        .column("role", Table.ColumnType.TEXT)
        .column("joined", Table.ColumnType.DATE)
        .column("left", Table.ColumnType.DATE);
    for (Member m : list()) {
      table.row(m.sources(), m.country().code().value(), m.country().alpha2(), m.country().name(),
          m.membership().role().id(), m.joined().toString(), m.left().map(Object::toString).orElse(""));
    }
    return table.build();
  }

  @Override
  public String toString() {
    return "members of " + organisation.id() + " on " + day() + " with roles " + roles;
  }
}
