package org.multilateral.benchmarks;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import org.multilateral.core.Country;
import org.multilateral.core.Dataset;
import org.multilateral.core.DateKind;
import org.multilateral.core.Membership;
import org.multilateral.core.Milestone;
import org.multilateral.core.Organisation;
import org.multilateral.core.OrganisationId;
import org.multilateral.core.OrganisationKind;
import org.multilateral.core.PartialDate;
import org.multilateral.core.Role;
import org.multilateral.core.Source;
import org.multilateral.core.Spell;

/**
 * A deterministic generator of synthetic datasets shaped like the Correlates of War IGO data: about 200 states
 * (some historical, with successors) and organisations founded from 1816 on, most after 1945, of three sizes
 * (universal, 10%; regional or alliance-sized, 35%; small, the rest), a few of them organs whose members sit
 * in rotating two-year terms, some dissolved. Memberships are full memberships (founding or later), plus
 * observers in some organisations; about a quarter of them have more than one spell (a state left and came
 * back), and a membership ends when its state or its organisation ends.
 *
 * <p>{@link #generate} makes exactly the number of spells asked for, in one of two {@link Shape shapes}. The same
 * shape, size and seed always give an equal dataset. Built only with core's public builders, so every invariant
 * the real data obeys holds here too.
 */
public final class SyntheticWorld {

  /** How a dataset grows with its number of spells. */
  public enum Shape {
    /**
     * More organisations, each with a realistic history (about 1.4 spells per membership): 500 organisations, the
     * size of the Correlates of War data, make about 2.7 x 10^4 spells; 10^5 spells are some 1,800 organisations
     * and 10^6 some 18,000.
     */
    WIDE,
    /**
     * At most 500 organisations (the Correlates of War size); past about 2.7 x 10^4 spells their memberships get
     * longer histories instead (more, shorter spells: a state that leaves and rejoins again and again; 50 spells
     * per membership at 10^6). The worst case for an on-date lookup that scans an organisation's history.
     */
    DEEP
  }

  /** The first day of the synthetic history: the first year of the Correlates of War data. */
  static final LocalDate FIRST_DAY = LocalDate.of(1816, 1, 1);

  /** The seed the benchmarks use. */
  public static final long SEED = 20261122L;

  /** The day synthetic datasets are current to. */
  public static final LocalDate CURRENT_TO = LocalDate.of(2026, 6, 30);

  /** The organisations of a {@link Shape#DEEP} dataset. */
  static final int DEEP_ORGANISATIONS = 500;

  private static final DateKind[] JOIN_KINDS = {DateKind.ACCEDED, DateKind.ADMITTED, DateKind.JOINED,
      DateKind.INSTRUMENT_DEPOSITED};

  private final Random random;
  private final List<Country> countries;
  private final List<OrganisationPlan> organisations = new ArrayList<>();
  private long spells;

  private SyntheticWorld(long seed) {
    this.random = new Random(seed);
    this.countries = SyntheticCountries.create(random);
  }

  /**
   * A dataset of exactly {@code spells} membership spells.
   *
   * @throws IllegalArgumentException if {@code spells} is not positive
   */
  public static Dataset generate(Shape shape, int spells, long seed) {
    Objects.requireNonNull(shape, "shape");
    checkArgument(spells > 0, "synthetic world: spells must be positive, got %s", spells);
    SyntheticWorld world = new SyntheticWorld(seed);
    while (world.spells < spells && (shape == Shape.WIDE || world.organisations.size() < DEEP_ORGANISATIONS)) {
      world.addOrganisation();
    }
    if (world.spells < spells) {
      world.deepen(spells - world.spells);
    }
    world.trim(world.spells - spells);
    return world.build(String.format(Locale.ROOT, "synthetic-%s-%d-%d", shape.name().toLowerCase(Locale.ROOT),
        spells, seed));
  }

  // ---------------------------------------------------------------------------------------------- organisations

  private void addOrganisation() {
    int number = organisations.size() + 1;
    LocalDate founded = founding();
    Optional<LocalDate> dissolved = Optional.empty();
    if (random.nextDouble() < 0.15 && founded.isBefore(CURRENT_TO.minusYears(10))) {
      dissolved = Optional.of(between(founded.plusYears(5), CURRENT_TO.minusYears(1)));
    }
    LocalDate last = dissolved.orElse(CURRENT_TO);
    Optional<OrganisationPlan> parent = organisations.stream().filter(o -> o.universal).findFirst();
    boolean organ = parent.isPresent() && random.nextDouble() < 0.03;
    OrganisationPlan plan = new OrganisationPlan(number, founded, dissolved, organ ? parent : Optional.empty());
    double tier = random.nextDouble();
    plan.universal = !organ && tier < 0.10;
    List<Country> eligible = new ArrayList<>();
    for (Country c : countries) {
      if (!started(c).isAfter(last.minusDays(60)) && ended(c).map(e -> e.isAfter(founded.plusDays(60))).orElse(true)) {
        eligible.add(c);
      }
    }
    Collections.shuffle(eligible, random);
    if (organ) {
      addTerms(plan, eligible, 5 + random.nextInt(11));
    } else {
      int size = plan.universal ? 100 + random.nextInt(91) : tier < 0.45 ? 15 + random.nextInt(56)
          : 3 + random.nextInt(18);
      size = Math.min(size, eligible.size());
      for (Country c : eligible.subList(0, size)) {
        addMember(plan, c, last);
      }
      if (random.nextDouble() < 0.3) {
        for (Country c : eligible.subList(size, Math.min(eligible.size(), size + 1 + size / 10))) {
          addObserver(plan, c, last);
        }
      }
    }
    organisations.add(plan);
  }

  /** A founding day: 5% in the 19th century, 15% before 1945, most in the Cold War, a quarter since. */
  private LocalDate founding() {
    double r = random.nextDouble();
    if (r < 0.05) {
      return SyntheticCountries.day(random, 1816, 1899);
    }
    if (r < 0.20) {
      return SyntheticCountries.day(random, 1900, 1944);
    }
    return r < 0.75 ? SyntheticCountries.day(random, 1945, 1989) : SyntheticCountries.day(random, 1990, 2020);
  }

  private void addMember(OrganisationPlan organisation, Country country, LocalDate last) {
    LocalDate from = later(organisation.founded, started(country));
    LocalDate limit = ended(country).filter(e -> e.isBefore(last)).orElse(last);
    boolean founding = !started(country).isAfter(organisation.founded) && random.nextDouble() < 0.5;
    if (!founding) {
      from = from.plusDays((long) (random.nextDouble() * 0.6 * ChronoUnit.DAYS.between(from, limit)));
    }
    Optional<LocalDate> to = Optional.empty();
    DateKind endKind = DateKind.LEFT;
    if (ended(country).isPresent() && !ended(country).get().isAfter(last)) {
      to = ended(country);
      endKind = DateKind.SUCCEEDED;
    } else if (organisation.dissolved.isPresent()) {
      to = organisation.dissolved;
      endKind = DateKind.DISSOLVED;
    } else if (random.nextDouble() < 0.1) {
      to = Optional.of(between(from.plusDays(30), CURRENT_TO));
    }
    double r = random.nextDouble();
    int count = r < 0.72 ? 1 : r < 0.92 ? 2 : r < 0.98 ? 3 : 4;
    DateKind startKind = founding ? DateKind.ENTERED_INTO_FORCE : JOIN_KINDS[random.nextInt(JOIN_KINDS.length)];
    add(organisation, new MemberPlan(country, founding ? Role.FOUNDING_MEMBER : Role.MEMBER, from, to, startKind,
        endKind, count));
  }

  private void addObserver(OrganisationPlan organisation, Country country, LocalDate last) {
    LocalDate limit = ended(country).filter(e -> e.isBefore(last)).orElse(last);
    LocalDate from = between(later(organisation.founded, started(country)), limit);
    Optional<LocalDate> to = random.nextBoolean() || limit.isBefore(CURRENT_TO)
        ? Optional.of(between(from, limit)) : Optional.empty();
    add(organisation, new MemberPlan(country, Role.OBSERVER, from, to, DateKind.ADMITTED, DateKind.LEFT, 1));
  }

  /** An organ like the Security Council's elected seats: two-year terms, half the seats elected each year. */
  private void addTerms(OrganisationPlan organ, List<Country> eligible, int seats) {
    Map<Country, List<Spell>> terms = new LinkedHashMap<>();
    int lastYear = organ.dissolved.orElse(CURRENT_TO).getYear() - 1;
    for (int year = organ.founded.getYear() + 1; year <= lastYear; year++) {
      LocalDate first = LocalDate.of(year, 1, 1);
      LocalDate end = LocalDate.of(year + 1, 12, 31);
      for (int seat = year % 2; seat < seats; seat += 2) {
        Country holder = eligible.get(random.nextInt(eligible.size()));
        List<Spell> held = terms.computeIfAbsent(holder, c -> new ArrayList<>());
        boolean sitting = !held.isEmpty() && held.get(held.size() - 1).lastDay().orElseThrow().isAfter(first);
        boolean exists = !started(holder).isAfter(first) && ended(holder).map(e -> !e.isBefore(end)).orElse(true);
        if (!sitting && exists) {
          held.add(Spell.builder().start(PartialDate.of(first)).startKind(DateKind.TERM_BEGAN)
              .end(PartialDate.of(end)).endKind(DateKind.TERM_ENDED).build());
        }
      }
    }
    terms.forEach((country, spells) -> {
      if (!spells.isEmpty()) {
        MemberPlan plan = new MemberPlan(country, Role.ELECTED_MEMBER, spells.get(0).firstDay(), Optional.empty(),
            DateKind.TERM_BEGAN, DateKind.TERM_ENDED, spells.size());
        plan.terms = spells;
        add(organ, plan);
      }
    });
  }

  private void add(OrganisationPlan organisation, MemberPlan member) {
    member.spells = Math.min(member.spells, member.maxSpells());
    organisation.members.add(member);
    spells += member.spells;
  }

  // ----------------------------------------------------------------------------------------------------- sizing

  /** Spreads {@code extra} spells over the memberships, in proportion to their length ({@link Shape#DEEP}). */
  private void deepen(long extra) {
    List<MemberPlan> plans = new ArrayList<>();
    organisations.forEach(o -> o.members.stream().filter(m -> m.terms == null).forEach(plans::add));
    double days = plans.stream().mapToLong(MemberPlan::days).sum();
    long added = 0;
    for (MemberPlan plan : plans) {
      int more = (int) Math.min(plan.maxSpells() - plan.spells, (long) (extra * (plan.days() / days)));
      plan.spells += more;
      added += more;
    }
    Collections.shuffle(plans, random);
    for (int i = 0; added < extra && i < plans.size() * 64; i++) {
      MemberPlan plan = plans.get(i % plans.size());
      if (plan.spells < plan.maxSpells()) {
        plan.spells++;
        added++;
      }
    }
    checkArgument(added == extra, "synthetic world: %s organisations cannot hold %s more spells",
        organisations.size(), extra - added);
    spells += added;
  }

  /** Removes {@code excess} spells from the last memberships made. */
  private void trim(long excess) {
    for (int o = organisations.size() - 1; excess > 0; o--) {
      List<MemberPlan> members = organisations.get(o).members;
      for (int m = members.size() - 1; m >= 0 && excess > 0; m--) {
        int cut = (int) Math.min(excess, members.get(m).spells);
        members.get(m).spells -= cut;
        excess -= cut;
        spells -= cut;
        if (members.get(m).spells == 0) {
          members.remove(m);
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------- building

  private Dataset build(String version) {
    Dataset.Builder dataset = Dataset.builder().version(version).currentTo(CURRENT_TO).addAllCountries(countries);
    for (OrganisationPlan plan : organisations) {
      Source source = SyntheticCountries.source(plan.id.value().toLowerCase(Locale.ROOT),
          "Synthetic organisation " + plan.number);
      Organisation.Builder organisation = Organisation.builder()
          .id(plan.id)
          .name("Synthetic Organisation " + plan.number)
          .frenchName("Organisation synth\u00e9tique " + plan.number)
          .kind(plan.parent.isPresent() ? OrganisationKind.ORGAN : OrganisationKind.INTERGOVERNMENTAL_ORGANISATION)
          .addFounding(Milestone.builder().date(PartialDate.of(plan.founded)).kind(DateKind.ENTERED_INTO_FORCE)
              .addSource(source).build())
          .addSource(source);
      plan.parent.ifPresent(p -> organisation.parent(p.id));
      dataset.addOrganisation(organisation.build());
      for (MemberPlan member : plan.members) {
        dataset.addMembership(Membership.builder()
            .country(member.country.code())
            .organisation(plan.id)
            .role(member.role)
            .spells(member.terms != null ? member.terms.subList(0, member.spells) : spells(member))
            .addSource(source)
            .build());
      }
    }
    return dataset.build();
  }

  /** {@code plan.spells} spells from {@code plan.from} to {@code plan.to} with gaps between them. */
  private List<Spell> spells(MemberPlan plan) {
    long from = plan.from.toEpochDay();
    long to = plan.to.orElse(CURRENT_TO).toEpochDay();
    TreeSet<Long> cuts = new TreeSet<>();
    while (cuts.size() < 2 * (plan.spells - 1)) {
      cuts.add(from + 1 + (long) (random.nextDouble() * (to - from - 1)));
    }
    List<Long> bounds = new ArrayList<>();
    bounds.add(from);
    bounds.addAll(cuts);
    bounds.add(to);
    List<Spell> spells = new ArrayList<>();
    for (int i = 0; i < plan.spells; i++) {
      LocalDate start = LocalDate.ofEpochDay(bounds.get(2 * i));
      LocalDate end = LocalDate.ofEpochDay(bounds.get(2 * i + 1));
      boolean last = i == plan.spells - 1;
      Spell.Builder spell = Spell.builder()
          .start(i == 0 ? imprecise(start, end) : PartialDate.of(start))
          .startKind(i == 0 ? plan.startKind : DateKind.JOINED);
      if (!last || plan.to.isPresent()) {
        spell.end(PartialDate.of(end)).endKind(last ? plan.endKind : DateKind.LEFT);
      }
      spells.add(spell.build());
    }
    return spells;
  }

  /** As the sources give old dates: before 1950 one start in five is known only to the year, to 1980 one in ten
   *  only to the month (when the spell runs past that year or month). */
  private PartialDate imprecise(LocalDate start, LocalDate end) {
    double r = random.nextDouble();
    if (start.getYear() < 1950 && r < 0.2 && end.getYear() > start.getYear()) {
      return PartialDate.of(Year.of(start.getYear()));
    }
    if (start.getYear() < 1980 && r < 0.1 && YearMonth.from(end).isAfter(YearMonth.from(start))) {
      return PartialDate.of(YearMonth.from(start));
    }
    return PartialDate.of(start);
  }

  private LocalDate between(LocalDate from, LocalDate to) {
    long days = ChronoUnit.DAYS.between(from, to);
    return days <= 0 ? from : from.plusDays((long) (random.nextDouble() * days));
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  static LocalDate started(Country country) {
    return country.started().map(PartialDate::latest).orElse(FIRST_DAY);
  }

  static Optional<LocalDate> ended(Country country) {
    return country.ended().map(PartialDate::earliest);
  }

  /** An organisation to be built. */
  private static final class OrganisationPlan {
    final int number;
    final OrganisationId id;
    final LocalDate founded;
    final Optional<LocalDate> dissolved;
    final Optional<OrganisationPlan> parent;
    final List<MemberPlan> members = new ArrayList<>();
    boolean universal;

    OrganisationPlan(int number, LocalDate founded, Optional<LocalDate> dissolved,
        Optional<OrganisationPlan> parent) {
      this.number = number;
      this.id = OrganisationId.of(String.format(Locale.ROOT, "IGO%05d", number));
      this.founded = founded;
      this.dissolved = dissolved;
      this.parent = parent;
    }
  }

  /** A membership to be built: its role, its whole time span and how many spells to cut it into. */
  private static final class MemberPlan {
    final Country country;
    final Role role;
    final LocalDate from;
    final Optional<LocalDate> to;
    final DateKind startKind;
    final DateKind endKind;
    int spells;
    /** The spells of an organ's elected member, fixed by the elections. */
    List<Spell> terms;

    MemberPlan(Country country, Role role, LocalDate from, Optional<LocalDate> to, DateKind startKind,
        DateKind endKind, int spells) {
      this.country = country;
      this.role = role;
      this.from = from;
      this.to = to;
      this.startKind = startKind;
      this.endKind = endKind;
      this.spells = spells;
    }

    long days() {
      return ChronoUnit.DAYS.between(from, to.orElse(CURRENT_TO));
    }

    /** At least four days per spell, so that every spell and every gap is at least a day. */
    int maxSpells() {
      return terms != null ? terms.size() : (int) Math.max(1, Math.min(Integer.MAX_VALUE, days() / 4));
    }
  }
}
