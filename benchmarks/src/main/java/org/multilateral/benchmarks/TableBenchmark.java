package org.multilateral.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;

/**
 * The members of one of the largest organisations on a day as a report table, rendered as aligned text: the query
 * and the rendering together, since a report pays both.
 */
public class TableBenchmark extends QueryBenchmark {

  @Benchmark
  public String naive() {
    int i = next();
    return Naive.table(w.dataset, w.tableOrganisations[i], w.tableDays[i]).toText();
  }

  @Benchmark
  public String indexed() {
    int i = next();
    return Indexed.table(w.world, w.tableOrganisations[i], w.tableDays[i]).toText();
  }
}
