package org.multilateral.query;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.multilateral.core.Organisation;
import org.multilateral.core.PartnershipFramework;
import org.multilateral.core.Role;

/**
 * The countries that hold a role in one organisation on one day: by default its full members
 * ({@link Role#isFullMember()}) on the day the data is current to. Made by {@link Multilateral#members(String)};
 * each step returns a new query. There is one answer per membership in force (a country that holds two of the roles
 * asked about appears twice; its {@link #countries()} once), ordered by the day the spell in force began, then by
 * country name.
 *
 * <p>From here: {@linkplain #and set algebra} with other organisations on the same day, the
 * {@linkplain #between changes} between two days, and the {@linkplain #waves() enlargement waves}.
 *
 * <p>Immutable and thread-safe.
 */
public final class MemberQuery extends Query<Member> {

  static final Set<Role> FULL_MEMBERS = Set.copyOf(
      Arrays.stream(Role.values()).filter(Role::isFullMember).toList());

  private static final Comparator<Member> ORDER = Comparator
      .comparing((Member m) -> m.spell().firstDay())
      .thenComparing(m -> m.country().name())
      .thenComparing(Member::role);

  private final Multilateral world;
  private final Organisation organisation;
  private final Optional<LocalDate> day;
  private final Set<Role> roles;
  private final Optional<PartnershipFramework> framework;

  private MemberQuery(Multilateral world, Organisation organisation, Optional<LocalDate> day, Set<Role> roles,
      Optional<PartnershipFramework> framework) {
    this.world = world;
    this.organisation = organisation;
    this.day = day;
    this.roles = Set.copyOf(roles);
    this.framework = framework;
  }

  static MemberQuery of(Multilateral world, Organisation organisation) {
    return new MemberQuery(world, organisation, Optional.empty(), FULL_MEMBERS, Optional.empty());
  }

  /** The same query on {@code day}: the countries whose spell is certainly in force that day. */
  public MemberQuery asOf(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return new MemberQuery(world, organisation, Optional.of(day), roles, framework);
  }

  /**
   * The same query for the given roles (for example {@link Role#ASPIRANT}) instead of full membership; like
   * {@code stream().filter(m -> roles.contains(m.role()))} on every role.
   */
  public MemberQuery roles(Role first, Role... more) {
    Objects.requireNonNull(first, "first");
    return new MemberQuery(world, organisation, day, EnumSet.of(first, more), framework);
  }

  /** The same query for every role, full membership or not: partners, candidates, aspirants, observers too. */
  public MemberQuery anyRole() {
    return new MemberQuery(world, organisation, day, EnumSet.allOf(Role.class), framework);
  }

  /**
   * The partners in one of this organisation's partnership frameworks, by id, id without the organisation's prefix
   * or name ({@code "NATO-PFP"}, {@code "PFP"}, {@code "Partnership for Peace"}); like
   * {@code stream().filter(m -> m.membership().framework().equals(id))} with the role {@link Role#PARTNER}.
   *
   * @throws UnknownIdException if no framework matches
   * @throws IllegalArgumentException if the framework belongs to another organisation
   */
  public MemberQuery framework(String framework) {
    Objects.requireNonNull(framework, "framework");
    PartnershipFramework f = world.index().findFramework(organisation.id() + "-" + framework.trim())
        .orElseGet(() -> world.framework(framework));
    checkArgument(f.organisation().equals(organisation.id()), "framework %s belongs to %s, not to %s", f.id(),
        f.organisation(), organisation.id());
    return new MemberQuery(world, organisation, day, EnumSet.of(Role.PARTNER), Optional.of(f));
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

  /** The partnership framework asked about, if one was chosen with {@link #framework(String)}. */
  public Optional<PartnershipFramework> framework() {
    return framework;
  }

  /** The members; like {@code memberships.stream().filter(m -> m.isInForceOn(day))}, but from an interval index. */
  @Override
  public Stream<Member> stream() {
    return world.index().inForce(organisation.id(), day()).stream()
        .filter(e -> roles.contains(e.membership().role()))
        .filter(e -> framework.isEmpty() || e.membership().framework().equals(framework.map(f -> f.id())))
        .map(world::member)
        .sorted(ORDER);
  }

  /** The members as a set of countries, for {@linkplain CountrySet set algebra} with other organisations. */
  public CountrySet countries() {
    return CountrySet.of(this, day);
  }

  /**
   * The countries that are members of this organisation and of {@code organisation} (full members, on the same
   * day); like {@code filter(m -> other.contains(m.country()))}.
   *
   * @throws UnknownIdException if no organisation matches
   */
  public CountrySet and(String organisation) {
    return countries().and(organisation);
  }

  /** The countries in this query's answers and in {@code other}; see {@link CountrySet#and(CountrySet)}. */
  public CountrySet and(CountrySet other) {
    return countries().and(other);
  }

  /**
   * The countries that are members of this organisation or of {@code organisation} (full members, on the same
   * day); like {@code Stream.concat(...).distinct()}.
   *
   * @throws UnknownIdException if no organisation matches
   */
  public CountrySet or(String organisation) {
    return countries().or(organisation);
  }

  /** The countries in this query's answers or in {@code other}; see {@link CountrySet#or(CountrySet)}. */
  public CountrySet or(CountrySet other) {
    return countries().or(other);
  }

  /**
   * The countries that are members of this organisation and not of {@code organisation} (full members, on the
   * same day); like {@code filter(m -> !other.contains(m.country()))}.
   *
   * @throws UnknownIdException if no organisation matches
   */
  public CountrySet not(String organisation) {
    return countries().not(organisation);
  }

  /** The countries in this query's answers and not in {@code other}; see {@link CountrySet#not(CountrySet)}. */
  public CountrySet not(CountrySet other) {
    return countries().not(other);
  }

  /**
   * Who joined and who left after {@code from}, up to and including {@code to}: each change of status that makes
   * the answer on {@code to} differ from the answer on {@code from}. See {@link ChangeQuery}.
   *
   * @throws IllegalArgumentException if {@code from} is after {@code to}
   */
  public ChangeQuery between(LocalDate from, LocalDate to) {
    return ChangeQuery.of(this, from, to);
  }

  /** Every join and departure in the data, first to last. */
  public ChangeQuery history() {
    return ChangeQuery.of(this, LocalDate.MIN, LocalDate.MAX);
  }

  /** The accessions of all time grouped by date: the founding members, then each enlargement. */
  public WaveQuery waves() {
    return history().waves();
  }

  Multilateral world() {
    return world;
  }

  /** The same query without a day: what set algebra keeps of it, leaving the day to the set. */
  MemberQuery undated() {
    return new MemberQuery(world, organisation, Optional.empty(), roles, framework);
  }

  /** {@code members}, or the roles asked about, and the framework. */
  String rolesLabel() {
    if (roles.equals(FULL_MEMBERS)) {
      return "members";
    }
    return roles.stream().sorted().map(Role::id).collect(Collectors.joining(", ", "(", ")"))
        + framework.map(f -> " in " + f.id()).orElse("");
  }

  @Override
  String title() {
    return organisation.name() + " " + rolesLabel() + " on " + day();
  }

  @Override
  Columns<Member> columns() {
    Columns<Member> columns = Columns.<Member>sourcedBy(Member::sources)
        .text("iso3", m -> m.country().code().value())
        .text("iso2", m -> m.country().alpha2())
        .text("name", m -> m.country().name())
        .text("role", m -> m.role().id())
        .date("joined", Member::joined)
        .dateIfAny("left", Member::left);
    return roles.contains(Role.PARTNER)
        ? columns.text("framework", m -> m.membership().framework().orElse("")) : columns;
  }
}
