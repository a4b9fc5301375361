package org.multilateral.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import org.multilateral.core.Dataset;
import org.multilateral.dataset.MultilateralData;
import tools.jackson.databind.json.JsonMapper;

/**
 * Times the first load of the bundled data in the JVM it runs in: run it in a fresh JVM each time.
 *
 * <ul>
 *   <li>{@code load}: prints {@code LOAD_NS <nanoseconds>}: the first {@code MultilateralData.bundled()} call, and
 *       nothing else runs before it.</li>
 *   <li>{@code jackson}: prints {@code JACKSON_NS <nanoseconds>}: Jackson's own start-up alone, a plain
 *       {@code JsonMapper} built and binding one small record, as the loader binds the data files' records.</li>
 *   <li>{@code phases}: one JVM, steps in order, each paying only what the steps before have not: the first
 *       {@code bundled()}; the same data written as one JSON document and read through
 *       {@code MultilateralData.read} (the path users' own data files take), first once, then at steady state
 *       (best of 200); and the JVM's own start, up to {@code main}.</li>
 * </ul>
 */
public final class LoadProbe {

  /** A record for Jackson to bind, as the loader binds the data files' records. */
  record Probe(String name, List<String> values) {}

  private LoadProbe() {}

  public static void main(String[] args) {
    long mainStarted = System.nanoTime();
    String mode = args.length > 0 ? args[0] : "load";
    switch (mode) {
      case "load" -> {
        long start = System.nanoTime();
        Dataset dataset = MultilateralData.bundled();
        System.out.println("LOAD_NS " + (System.nanoTime() - start) + " (" + dataset + ")");
      }
      case "jackson" -> {
        long start = System.nanoTime();
        Probe probe = JsonMapper.builder().build()
            .readValue("{\"name\":\"n\",\"values\":[\"a\",\"b\"]}", Probe.class);
        System.out.println("JACKSON_NS " + (System.nanoTime() - start) + " (" + probe.name() + ")");
      }
      case "phases" -> phases(mainStarted);
      default -> throw new IllegalArgumentException("unknown mode '" + mode + "'; expected load, jackson or phases");
    }
  }

  private static void phases(long mainStarted) {
    long t0 = System.nanoTime();
    Dataset dataset = MultilateralData.bundled();
    long t1 = System.nanoTime();
    byte[] json = MultilateralData.toJson(dataset);
    long t2 = System.nanoTime();
    MultilateralData.read("copy.json", json);
    long t3 = System.nanoTime();
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 200; i++) {
      long s = System.nanoTime();
      MultilateralData.read("copy.json", json);
      best = Math.min(best, System.nanoTime() - s);
    }
    long uptimeMs = ManagementFactory.getRuntimeMXBean().getUptime();
    long inMainMs = (System.nanoTime() - mainStarted) / 1_000_000;
    print("first MultilateralData.bundled()", t1 - t0);
    print("then the same data as one JSON document, first MultilateralData.read", t3 - t2);
    print("then MultilateralData.read at steady state (best of 200)", best);
    print("JVM start to main (uptime less the time in main)", (uptimeMs - inMainMs) * 1_000_000);
    System.out.printf(Locale.ROOT, "INFO the data as one JSON document: %,d bytes%n", json.length);
  }

  private static void print(String what, long ns) {
    System.out.printf(Locale.ROOT, "PHASE %-80s %8.1f ms%n", what, ns / 1e6);
  }
}
