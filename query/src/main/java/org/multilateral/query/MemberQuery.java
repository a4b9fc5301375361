package org.multilateral.query;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.multilateral.core.Organisation;
import org.multilateral.core.PartnershipFramework;
import org.multilateral.core.Role;
import org.multilateral.query.internal.Index;

/**
 * The countries that hold a role in one organisation on one day: by default its full members
 * ({@link Role#isFullMember()}) on the day the data is current to. Made by {@link Multilateral#members(String)};
 * each step returns a new query. There is one answer per membership in force (a country that holds two of the roles
 * asked about appears twice; its {@link #countries()} once), ordered by the day the spell in force began, then by
 * country name.
 *
 * <p><b>Uncertain days.</b> On a day that falls inside the precision of a start or end (a month-precise hand-over, a
 * year-precise accession), a spell is only possibly in force. By default the answer holds the members certainly in
 * force, and for a seat held in continuity (the Russian Federation continuing the Soviet Union's) whose hand-over
 * day is not known, the one side that answers for the seat that day, marked {@link Certainty#POSSIBLE}: so the count
 * of seats is right on every day. {@link #certainOnly()} keeps only certain members, {@link #withPossible()} adds
 * every possible one; {@link #completeness()} says when possible members were left out. In short:
 * {@code certainOnly() ⊆ this ⊆ withPossible()}.
 *
 * <p>From here: {@linkplain #and set algebra} with other organisations on the same day, the
 * {@linkplain #changes changes} over time, and the {@linkplain #waves() enlargement waves}.
 *
 * <p>Immutable and thread-safe.
 */
public final class MemberQuery extends Query<Member> {

  static final Set<Role> FULL_MEMBERS = Set.copyOf(
      Arrays.stream(Role.values()).filter(Role::isFullMember).toList());

  /** The order of the answers; {@link Index.Entry#memberOrder} is the place of an entry in it. */
  static final Comparator<Member> ORDER = Comparator
      .comparing((Member m) -> m.spell().firstDay())
      .thenComparing(m -> m.country().name())
      .thenComparing(Member::role);

  private final Multilateral world;
  private final Organisation organisation;
  private final Optional<LocalDate> day;
  private final Set<Role> roles;
  private final Optional<PartnershipFramework> framework;
  private final Reading reading;

  /** Which spells answer on a day: certain ones and continued seats, certain ones only, or every possible one. */
  enum Reading { SEATS, CERTAIN, POSSIBLE }

  private MemberQuery(Multilateral world, Organisation organisation, Optional<LocalDate> day, Set<Role> roles,
      Optional<PartnershipFramework> framework, Reading reading) {
    this.world = world;
    this.organisation = organisation;
    this.day = day;
    this.roles = Set.copyOf(roles);
    this.framework = framework;
    this.reading = reading;
  }

  static MemberQuery of(Multilateral world, Organisation organisation) {
    return new MemberQuery(world, organisation, Optional.empty(), FULL_MEMBERS, Optional.empty(), Reading.SEATS);
  }

  /** Only the members certainly in force on the day; like {@code filter(Member::isCertain)}. */
  public MemberQuery certainOnly() {
    return new MemberQuery(world, organisation, day, roles, framework, Reading.CERTAIN);
  }

  /**
   * Every member that may be in force on the day, on the widest reading of imprecise dates, the uncertain ones
   * marked {@link Certainty#POSSIBLE}.
   */
  public MemberQuery withPossible() {
    return new MemberQuery(world, organisation, day, roles, framework, Reading.POSSIBLE);
  }

  /**
   * The same query on {@code day}: the countries whose spell is certainly in force that day, and the side that
   * answers for a continued seat whose hand-over day is not known (see the class comment; {@link #certainOnly()} and
   * {@link #withPossible()} choose otherwise).
   */
  public MemberQuery asOf(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return new MemberQuery(world, organisation, Optional.of(day), roles, framework, reading);
  }

  /**
   * The same query for the given roles (for example {@link Role#ASPIRANT}) instead of full membership; like
   * {@code stream().filter(m -> roles.contains(m.role()))} on every role.
   */
  public MemberQuery roles(Role first, Role... more) {
    Objects.requireNonNull(first, "first");
    return new MemberQuery(world, organisation, day, EnumSet.of(first, more), framework, reading);
  }

  /**
   * The same query for the given roles; {@link #roles(Role, Role...)} for a collection.
   *
   * @throws IllegalArgumentException if {@code roles} is empty
   */
  public MemberQuery roles(Collection<Role> roles) {
    return new MemberQuery(world, organisation, day, roleSet(roles), framework, reading);
  }

  static Set<Role> roleSet(Collection<Role> roles) {
    Objects.requireNonNull(roles, "roles");
    roles.forEach(r -> Objects.requireNonNull(r, "roles contains null"));
    checkArgument(!roles.isEmpty(), "no role given: name at least one");
    return EnumSet.copyOf(roles);
  }

  /** The same query for every role, full membership or not: partners, candidates, aspirants, observers too. */
  public MemberQuery anyRole() {
    return new MemberQuery(world, organisation, day, EnumSet.allOf(Role.class), framework, reading);
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
    return new MemberQuery(world, organisation, day, EnumSet.of(Role.PARTNER), Optional.of(f), reading);
  }

  /** The organisation asked about. */
  public Organisation organisation() {
    return organisation;
  }

  /** The day asked about: the one given to {@link #asOf}, or the day the data is current to. */
  public LocalDate day() {
    return day.orElseGet(world::currentTo);
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
    return list().stream();
  }

  /** The members, in order; like {@code stream().toList()}. */
  @Override
  public List<Member> list() {
    LocalDate on = day();
    long d = on.toEpochDay();
    Index index = world.index();
    List<Index.Entry> answers = new ArrayList<>();
    for (Index.Entry e : index.mayBeInForce(organisation.id(), on)) {
      if (asked(e) && listed(index, e, on, d)) {
        answers.add(e);
      }
    }
    // In ORDER, by the entries' precomputed place in it.
    return world.members(answers, on, true);
  }

  /** Whether {@code e} is of a role and framework asked about. */
  private boolean asked(Index.Entry e) {
    return roles.contains(e.role())
        && (framework.isEmpty() || e.membership().framework().equals(framework.map(PartnershipFramework::id)));
  }

  /** Whether this query's reading lists {@code e}, a spell that may be in force on {@code on} (day {@code d}). */
  private boolean listed(Index index, Index.Entry e, LocalDate on, long d) {
    return switch (reading) {
      case CERTAIN -> e.isCertainOn(d);
      case POSSIBLE -> true;
      case SEATS -> index.holdsSeat(e, on);
    };
  }

  /**
   * The limits of the answer: a day outside the declared coverage of the roles asked about, or after the day the
   * data is current to; members only possibly in force that the answer leaves out; seats answered for by one side of
   * a hand-over whose day is not known.
   */
  @Override
  public Completeness completeness() {
    LocalDate on = day();
    Completeness c = Coverages.ofRoles(world, organisation, roles, on, on);
    List<String> notes = new ArrayList<>();
    long d = on.toEpochDay();
    Index index = world.index();
    // The countries of the spells only possibly in force: those the reading leaves out and those it lists.
    Set<String> left = new TreeSet<>();
    Set<String> shown = new TreeSet<>();
    for (Index.Entry e : index.mayBeInForce(organisation.id(), on)) {
      if (asked(e) && !e.isCertainOn(d)) {
        (listed(index, e, on, d) ? shown : left).add(e.country().name());
      }
    }
    if (!left.isEmpty()) {
      notes.add("On " + on + " " + String.join(", ", left) + (left.size() == 1 ? " is" : " are")
          + " only possibly a member (a date known only to the month or year) and not listed; withPossible() or"
          + " --possible lists " + (left.size() == 1 ? "it" : "them") + ".");
    }
    if (!shown.isEmpty()) {
      notes.add("On " + on + " " + String.join(", ", shown) + (shown.size() == 1 ? " is" : " are")
          + " listed as possible: the day falls inside a date known only to the month or year"
          + (reading == Reading.SEATS ? " (a seat held in continuity, counted once)" : "") + ".");
    }
    return c.and(new Completeness(notes));
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
   * Every join and departure of these roles in the data, first to last; narrow it with
   * {@link ChangeQuery#between}, {@link ChangeQuery#since} or {@link ChangeQuery#until}. The day given to
   * {@link #asOf} plays no part.
   */
  public ChangeQuery changes() {
    return ChangeQuery.of(this);
  }

  /** The accessions of all time grouped by date: the founding members, then each enlargement. */
  public WaveQuery waves() {
    return changes().waves();
  }

  Multilateral world() {
    return world;
  }

  /** The same query without a day: what set algebra keeps of it, leaving the day to the set. */
  MemberQuery undated() {
    return new MemberQuery(world, organisation, Optional.empty(), roles, framework, reading);
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
        .date("start", Member::start)
        .dateIfAny("end", Member::end)
        .text("certainty", m -> m.certainty().id());
    return roles.contains(Role.PARTNER)
        ? columns.text("framework", m -> m.membership().framework().orElse("")) : columns;
  }
}
