package org.multilateral.benchmarks;

import java.util.List;
import org.multilateral.query.Member;
import org.openjdk.jmh.annotations.Benchmark;

/** Every role a country holds on a day, in every organisation. */
public class CountryOnDateBenchmark extends QueryBenchmark {

  @Benchmark
  public List<Member> naive() {
    int i = next();
    return Naive.countryOn(w.dataset, w.countries[i], w.countryDays[i]);
  }

  @Benchmark
  public List<Member> indexed() {
    int i = next();
    return Indexed.countryOn(w.world, w.countries[i], w.countryDays[i]);
  }
}
