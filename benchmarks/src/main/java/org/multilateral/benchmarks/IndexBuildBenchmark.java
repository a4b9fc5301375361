package org.multilateral.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.multilateral.query.Member;
import org.multilateral.query.Multilateral;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The one-time cost the query API pays before its first answer: building its indexes over a dataset (a new
 * {@link Multilateral} and one on-date query). Not a ratio: the price of the speed of the other benchmarks.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class IndexBuildBenchmark extends QueryBenchmark {

  @Benchmark
  public List<Member> firstQuery() {
    int i = next();
    return Indexed.membersOn(Multilateral.over(w.dataset), w.organisations[i], w.days[i]);
  }
}
