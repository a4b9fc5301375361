package org.multilateral.benchmarks;

import java.util.List;
import org.multilateral.core.Country;
import org.multilateral.core.OrganisationId;
import org.openjdk.jmh.annotations.Benchmark;

/** Set algebra across three organisations on a day: members of A and of B that are not members of C. */
public class SetAlgebraBenchmark extends QueryBenchmark {

  @Benchmark
  public List<Country> naive() {
    int i = next();
    OrganisationId[] t = w.triples[i];
    return Naive.bothButNot(w.dataset, t[0], t[1], t[2], w.tripleDays[i]);
  }

  @Benchmark
  public List<Country> indexed() {
    int i = next();
    OrganisationId[] t = w.triples[i];
    return Indexed.bothButNot(w.world, t[0], t[1], t[2], w.tripleDays[i]);
  }
}
