package org.multilateral.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What every query benchmark shares: a synthetic {@link Workload} per shape and size, made once per fork before
 * any measurement, and a cursor over its arguments. Each subclass has two benchmarks, {@code naive} (a stream
 * filter over the dataset's memberships, {@link Naive}) and {@code indexed} (the public query API,
 * {@link Indexed}), which answer the same questions in the same order, so that their scores make a ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public abstract class QueryBenchmark {

  /** The number of membership spells in the dataset. */
  @Param({"1000", "10000", "100000", "1000000"})
  public int spells;

  @Param({"WIDE", "DEEP"})
  public SyntheticWorld.Shape shape;

  /** The dataset, the query API over it, and the questions. */
  protected Workload w;

  private int cursor;

  @Setup(Level.Trial)
  public void setUp() {
    w = Workload.of(shape, spells);
  }

  /** The index of the next question; single-threaded benchmarks only. */
  protected final int next() {
    cursor = (cursor + 1) & (Workload.ARGS - 1);
    return cursor;
  }
}
