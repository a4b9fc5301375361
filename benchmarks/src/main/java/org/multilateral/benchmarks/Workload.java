package org.multilateral.benchmarks;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.multilateral.core.Country;
import org.multilateral.core.CountryCode;
import org.multilateral.core.Dataset;
import org.multilateral.core.Membership;
import org.multilateral.core.Organisation;
import org.multilateral.core.OrganisationId;
import org.multilateral.core.PartialDate;
import org.multilateral.query.Multilateral;

/**
 * A synthetic dataset, the query API over it with its indexes built, and {@value #ARGS} arguments for each
 * benchmarked question, drawn once with a fixed seed so that the naive and the indexed side of a benchmark answer
 * exactly the same questions. Benchmarks cycle through the arguments, so no single lucky (or unlucky) question
 * decides a result. Not changed after construction; shared by the benchmarks of one fork.
 */
public final class Workload {

  /** The number of arguments per question; a power of two. */
  public static final int ARGS = 64;

  private static final Map<String, Workload> CACHE = new ConcurrentHashMap<>();

  public final Dataset dataset;
  public final Multilateral world;
  /** Members on a date and changes between dates: an organisation of any size, and a day since its founding. */
  final OrganisationId[] organisations = new OrganisationId[ARGS];
  final LocalDate[] days = new LocalDate[ARGS];
  /** The end of a ten-year window starting on {@link #days}. */
  final LocalDate[] windowEnds = new LocalDate[ARGS];
  /** A country's memberships: a country, and a day it existed. */
  final CountryCode[] countries = new CountryCode[ARGS];
  final LocalDate[] countryDays = new LocalDate[ARGS];
  /** Set algebra: three organisations with at least 15 members, and a day all three existed. */
  final OrganisationId[][] triples = new OrganisationId[ARGS][];
  final LocalDate[] tripleDays = new LocalDate[ARGS];
  /** Tables: one of the eight largest organisations, and a day in the second half of its life. */
  final OrganisationId[] tableOrganisations = new OrganisationId[ARGS];
  final LocalDate[] tableDays = new LocalDate[ARGS];

  private Workload(Dataset dataset) {
    this.dataset = dataset;
    this.world = Multilateral.over(dataset);
    Random random = new Random(SyntheticWorld.SEED);
    Map<OrganisationId, Long> sizes = dataset.memberships().stream()
        .filter(m -> m.role().isFullMember())
        .collect(Collectors.groupingBy(Membership::organisation, Collectors.counting()));
    List<Organisation> all = dataset.organisations();
    List<Organisation> large = all.stream().filter(o -> sizes.getOrDefault(o.id(), 0L) >= 15).toList();
    List<Organisation> largest = all.stream()
        .sorted(Comparator.comparing((Organisation o) -> -sizes.getOrDefault(o.id(), 0L)).thenComparing(o ->
            o.id()))
        .limit(8).toList();
    List<Country> states = dataset.countries();
    for (int i = 0; i < ARGS; i++) {
      Organisation o = all.get(random.nextInt(all.size()));
      organisations[i] = o.id();
      days[i] = day(random, founded(o), SyntheticWorld.CURRENT_TO.minusYears(1));
      windowEnds[i] = earlier(days[i].plusYears(10), SyntheticWorld.CURRENT_TO);

      Country c = states.get(random.nextInt(states.size()));
      countries[i] = c.code();
      countryDays[i] = day(random, SyntheticWorld.started(c), SyntheticWorld.ended(c)
          .orElse(SyntheticWorld.CURRENT_TO));

      List<Organisation> pool = large.isEmpty() ? all : large;
      Organisation[] three = {pool.get(random.nextInt(pool.size())), pool.get(random.nextInt(pool.size())),
          pool.get(random.nextInt(pool.size()))};
      triples[i] = new OrganisationId[] {three[0].id(), three[1].id(), three[2].id()};
      LocalDate latest = founded(three[0]);
      for (Organisation t : three) {
        latest = founded(t).isAfter(latest) ? founded(t) : latest;
      }
      tripleDays[i] = day(random, latest, SyntheticWorld.CURRENT_TO);

      Organisation t = largest.get(random.nextInt(largest.size()));
      tableOrganisations[i] = t.id();
      LocalDate born = founded(t);
      tableDays[i] = day(random, born.plusDays(ChronoUnit.DAYS.between(born, SyntheticWorld.CURRENT_TO) / 2),
          SyntheticWorld.CURRENT_TO);
    }
    // The first query builds the indexes, and some answers are cached the first time they are asked (a between
    // query's transitions): no benchmark should measure that, so every question is asked once here.
    for (int i = 0; i < ARGS; i++) {
      Indexed.membersOn(world, organisations[i], days[i]);
      Indexed.changes(world, organisations[i], days[i], windowEnds[i]);
      Indexed.countryOn(world, countries[i], countryDays[i]);
      Indexed.bothButNot(world, triples[i][0], triples[i][1], triples[i][2], tripleDays[i]);
      Indexed.table(world, tableOrganisations[i], tableDays[i]);
    }
  }

  /** The workload over a synthetic dataset of {@code spells} spells; made once per JVM and shape and size. */
  public static Workload of(SyntheticWorld.Shape shape, int spells) {
    Objects.requireNonNull(shape, "shape");
    return CACHE.computeIfAbsent(shape + "/" + spells,
        k -> new Workload(SyntheticWorld.generate(shape, spells, SyntheticWorld.SEED)));
  }

  private static LocalDate founded(Organisation o) {
    return o.founded().map(PartialDate::latest).orElse(SyntheticWorld.FIRST_DAY);
  }

  private static LocalDate day(Random random, LocalDate from, LocalDate to) {
    long days = ChronoUnit.DAYS.between(from, to);
    return days <= 0 ? from : from.plusDays((long) (random.nextDouble() * (days + 1)));
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
