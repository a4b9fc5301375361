package org.multilateral.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import org.multilateral.core.Dataset;
import org.multilateral.dataset.MultilateralData;
import org.multilateral.query.Member;
import org.multilateral.query.Multilateral;
import tools.jackson.databind.json.JsonMapper;

/**
 * Times the first load of the bundled data in the JVM it runs in: run it in a fresh JVM each time.
 *
 * <ul>
 *   <li>{@code load}: prints {@code LOAD_NS <nanoseconds>}: the first {@code MultilateralData.bundled()} call, and
 *       nothing else runs before it.</li>
 *   <li>{@code all}: prints {@code LOAD_ALL_NS <nanoseconds>}: the first {@code bundled()} and every kind of fact
 *       read, which the bundled dataset does on first use: all that a load did before it read lazily.</li>
 *   <li>{@code query}: prints {@code FIRST_QUERY_NS <nanoseconds>}: the first {@code bundled()}, the query indexes
 *       and one query, NATO's members today: what {@code multilateral members NATO} computes.</li>
 *   <li>{@code jackson}: prints {@code JACKSON_NS <nanoseconds>}: Jackson's own start-up alone, a plain
 *       {@code JsonMapper} built and binding one small record, as the loader binds the data files' records.</li>
 *   <li>{@code phases}: one JVM, steps in order, each paying only what the steps before have not: the first
 *       {@code bundled()} with every kind of fact read; the same data written as one JSON document and read through
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
      case "all" -> {
        long start = System.nanoTime();
        Dataset dataset = MultilateralData.bundled();
        int facts = readAll(dataset);
        System.out.println("LOAD_ALL_NS " + (System.nanoTime() - start) + " (" + facts + " facts)");
      }
      case "query" -> {
        long start = System.nanoTime();
        List<Member> members = Multilateral.over(MultilateralData.bundled()).members("NATO").list();
        System.out.println("FIRST_QUERY_NS " + (System.nanoTime() - start) + " (" + members.size()
            + " members of NATO)");
      }
      case "jackson" -> {
        long start = System.nanoTime();
        Probe probe = JsonMapper.builder().build()
            .readValue("{\"name\":\"n\",\"values\":[\"a\",\"b\"]}", Probe.class);
        System.out.println("JACKSON_NS " + (System.nanoTime() - start) + " (" + probe.name() + ")");
      }
      case "phases" -> phases(mainStarted);
      default -> throw new IllegalArgumentException("unknown mode '" + mode
          + "'; expected load, all, query, jackson or phases");
    }
  }

  /**
   * Reads every kind of fact of {@code dataset}, which the bundled dataset reads only on first use, and returns how
   * many facts it holds.
   */
  static int readAll(Dataset dataset) {
    return dataset.countries().size() + dataset.organisations().size() + dataset.frameworks().size()
        + dataset.memberships().size() + dataset.events().size() + dataset.initiatives().size()
        + dataset.documents().size() + dataset.offices().size();
  }

  private static void phases(long mainStarted) {
    long t0 = System.nanoTime();
    Dataset dataset = MultilateralData.bundled();
    readAll(dataset);
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
    print("first MultilateralData.bundled(), every kind of fact read", t1 - t0);
    print("then the same data as one JSON document, first MultilateralData.read", t3 - t2);
    print("then MultilateralData.read at steady state (best of 200)", best);
    print("JVM start to main (uptime less the time in main)", (uptimeMs - inMainMs) * 1_000_000);
    System.out.printf(Locale.ROOT, "INFO the data as one JSON document: %,d bytes%n", json.length);
  }

  private static void print(String what, long ns) {
    System.out.printf(Locale.ROOT, "PHASE %-80s %8.1f ms%n", what, ns / 1e6);
  }
}
