package org.multilateral.benchmarks;

import java.util.List;
import org.multilateral.query.Member;
import org.openjdk.jmh.annotations.Benchmark;

/** The full members of an organisation on a day: {@code world.members(org).asOf(day).list()}. */
public class MembersOnDateBenchmark extends QueryBenchmark {

  @Benchmark
  public List<Member> naive() {
    int i = next();
    return Naive.membersOn(w.dataset, w.organisations[i], w.days[i]);
  }

  @Benchmark
  public List<Member> indexed() {
    int i = next();
    return Indexed.membersOn(w.world, w.organisations[i], w.days[i]);
  }
}
