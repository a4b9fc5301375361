package org.multilateral.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.multilateral.core.Dataset;
import org.multilateral.dataset.MultilateralData;
import org.multilateral.query.Member;
import org.multilateral.query.Multilateral;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first load of the bundled data in a fresh JVM: one call per forked JVM, no warm-up, so every sample pays
 * class loading and decoding in an interpreter that has not yet compiled anything. The bundled dataset reads each
 * kind of fact on first use, so the load alone is measured beside the load with every kind of fact read.
 * The JMH harness has loaded some JDK classes of its own before the call, so this is a little kinder than a real
 * first call; {@link LoadProbe} measures the same thing in a JVM that does nothing else.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class FirstLoadBenchmark {

  /** {@code MultilateralData.bundled()}. */
  @Benchmark
  public Dataset bundled() {
    return MultilateralData.bundled();
  }

  /** {@code MultilateralData.bundled()} and every kind of fact read. */
  @Benchmark
  public int bundledEveryFactRead() {
    return LoadProbe.readAll(MultilateralData.bundled());
  }

  /** What {@code multilateral members NATO} computes: the load, the query indexes and one query. */
  @Benchmark
  public List<Member> bundledAndFirstQuery() {
    return Multilateral.over(MultilateralData.bundled()).members("NATO").list();
  }
}
