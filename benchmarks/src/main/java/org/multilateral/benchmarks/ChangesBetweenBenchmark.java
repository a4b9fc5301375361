package org.multilateral.benchmarks;

import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;

/** Who joined and who left an organisation in a window of ten years: {@code members(org).changes().between(from, to)}. */
public class ChangesBetweenBenchmark extends QueryBenchmark {

  @Benchmark
  public List<Transition> naive() {
    int i = next();
    return Naive.changes(w.dataset, w.organisations[i], w.days[i], w.windowEnds[i]);
  }

  @Benchmark
  public List<Transition> indexed() {
    int i = next();
    return Indexed.changes(w.world, w.organisations[i], w.days[i], w.windowEnds[i]);
  }
}
