package org.multilateral.query;

import static org.quicktheories.generators.Generate.range;

import java.net.URI;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.multilateral.core.Country;
import org.multilateral.core.CountryCode;
import org.multilateral.core.Dataset;
import org.multilateral.core.DateKind;
import org.multilateral.core.Membership;
import org.multilateral.core.Organisation;
import org.multilateral.core.OrganisationId;
import org.multilateral.core.OrganisationKind;
import org.multilateral.core.PartialDate;
import org.multilateral.core.PartnershipFramework;
import org.multilateral.core.Role;
import org.multilateral.core.Source;
import org.multilateral.core.Spell;
import org.multilateral.core.WebPage;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generated datasets for property tests: a few countries and organisations, and memberships whose spells are laid
 * out close together (so that they start, end and touch on nearby days) with dates known to the day, the month or
 * only the year. A country may hold several roles in one organisation at once (one full membership and a role
 * short of it); a spell may start the day after the
 * previous one ends (a same-day rejoin); an imprecise spell may never be certainly in force.
 */
final class Histories {

  static final int TRIES = Integer.getInteger("multilateral.property.tries", 2000);
  static final LocalDate BASE = LocalDate.of(2000, 1, 1);
  private static final Role[] ROLES = {Role.FOUNDING_MEMBER, Role.MEMBER, Role.ELECTED_MEMBER,
      Role.PERMANENT_MEMBER, Role.PARTNER, Role.CANDIDATE, Role.OBSERVER};
  private static final Source SOURCE = WebPage.builder().id("generated").url(URI.create("https://example.org/g"))
      .publisher("Generator").title("Generated facts").retrieved(BASE).tier(org.multilateral.core.SourceTier.FIRST_PARTY).build();

  private Histories() {}

  /** Datasets of 1 to 6 countries, 1 to 3 organisations, and up to 2 roles per country and organisation. */
  static Gen<Dataset> datasets() {
    Gen<Dataset> gen = in -> dataset(in, false);
    return gen.describedAs(d -> d.memberships().stream().map(Membership::toString).toList().toString());
  }

  /** {@code n} values drawn from {@code gen}, to show that a generator makes the cases a law needs. */
  static <T> List<T> sample(Gen<T> gen, int n) {
    List<T> out = new ArrayList<>();
    org.quicktheories.QuickTheory.qt().withExamples(n).withShrinkCycles(0).forAll(gen).checkAssert(out::add);
    return out;
  }

  /** As {@link #datasets()}, but every date is known to the day. */
  static Gen<Dataset> exactDatasets() {
    Gen<Dataset> gen = in -> dataset(in, true);
    return gen.describedAs(d -> d.memberships().stream().map(Membership::toString).toList().toString());
  }

  private static Dataset dataset(RandomnessSource in, boolean exact) {
    int countries = range(1, 6).generate(in);
    int organisations = range(1, 3).generate(in);
    Dataset.Builder d = Dataset.builder().version("generated").currentTo(BASE.plusDays(range(0, 900).generate(in)));
    for (int c = 0; c < countries; c++) {
      d.addCountry(country(c));
    }
    for (int o = 0; o < organisations; o++) {
      d.addOrganisation(Organisation.builder().id(organisation(o)).name("Organisation " + o)
          .frenchName("Organisation " + o).kind(OrganisationKind.INTERGOVERNMENTAL_ORGANISATION).addSource(SOURCE)
          .build());
      d.addFramework(PartnershipFramework.builder().id(framework(o)).organisation(organisation(o)).name("Framework "
          + o).addSource(SOURCE).build());
      for (int c = 0; c < countries; c++) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        int memberships = range(0, 2).generate(in);
        for (int m = 0; m < memberships; m++) {
          Role role = ROLES[range(0, ROLES.length - 1).generate(in)];
          // One full membership at a time (a dataset rule); a role short of membership may run beside it.
          boolean secondFull = role.isFullMember() && roles.stream().anyMatch(Role::isFullMember);
          if (!secondFull && roles.add(role)) {
            Membership.Builder b = Membership.builder().country(country(c).code()).organisation(organisation(o))
                .role(role).spells(spells(in, exact)).addSource(SOURCE);
            if (role == Role.PARTNER) {
              b.framework(framework(o));
            }
            d.addMembership(b.build());
          }
        }
      }
    }
    return d.build();
  }

  static OrganisationId organisation(int o) {
    return OrganisationId.of("ORG" + o);
  }

  private static String framework(int o) {
    return "ORG" + o + "-PF";
  }

  private static Country country(int c) {
    char letter = (char) ('A' + c);
    return Country.builder().code(CountryCode.of("CC" + letter)).alpha2("C" + letter).numeric("10" + c)
        .name("Country " + letter).addSource(SOURCE).build();
  }

  /** One to four spells in order: gaps of 0 (the next day) to 30 days, lengths of 0 to 90 days. */
  private static List<Spell> spells(RandomnessSource in, boolean exact) {
    int n = range(1, 4).generate(in);
    List<Spell> spells = new ArrayList<>();
    LocalDate widestEnd = null;
    for (int i = 0; i < n; i++) {
      LocalDate startDay = widestEnd == null ? BASE.plusDays(range(0, 120).generate(in))
          : widestEnd.plusDays(1 + range(0, 30).generate(in));
      PartialDate start = date(startDay, exact ? 0 : range(0, 9).generate(in));
      if (widestEnd != null && !start.earliest().isAfter(widestEnd)) {
        start = PartialDate.of(startDay);
      }
      Spell.Builder b = Spell.builder().start(start).startKind(DateKind.JOINED);
      boolean ongoing = i == n - 1 && range(0, 2).generate(in) == 0;
      if (!ongoing) {
        PartialDate end = date(startDay.plusDays(range(0, 90).generate(in)), exact ? 0 : range(0, 9).generate(in));
        b.end(end).endKind(DateKind.LEFT);
        widestEnd = end.latest();
      }
      spells.add(b.build());
      if (ongoing) {
        break;
      }
    }
    return spells;
  }

  /** The period containing {@code day}: mostly the day itself, sometimes its month, rarely its year. */
  private static PartialDate date(LocalDate day, int dice) {
    if (dice < 7) {
      return PartialDate.of(day);
    }
    return dice < 9 ? PartialDate.of(YearMonth.from(day)) : PartialDate.of(Year.from(day));
  }

  /** Every day from two days before the earliest date in the memberships to two days after the latest. */
  static List<LocalDate> span(Dataset d) {
    LocalDate first = BASE;
    LocalDate last = BASE;
    for (Membership m : d.memberships()) {
      for (Spell s : m.spells()) {
        first = s.start().earliest().isBefore(first) ? s.start().earliest() : first;
        last = max(last, s.end().orElse(s.start()).latest());
      }
    }
    return first.minusDays(2).datesUntil(last.plusDays(3)).toList();
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  /** A non-empty set of roles from {@code bits} (a number from 1 to 511). */
  static Set<Role> roles(int bits) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role r : Role.values()) {
      if ((bits & (1 << r.ordinal())) != 0) {
        roles.add(r);
      }
    }
    return roles.isEmpty() ? EnumSet.of(Role.MEMBER) : roles;
  }

  /** A member query for {@code roles}, which may be any set of roles. */
  static MemberQuery members(Multilateral world, OrganisationId organisation, Set<Role> roles) {
    Role[] all = roles.toArray(Role[]::new);
    return world.members(organisation).roles(all[0], Arrays.copyOfRange(all, 1, all.length));
  }
}
