package org.multilateral.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import org.multilateral.core.Dataset;
import org.multilateral.dataset.MultilateralData;
import org.openjdk.jol.info.GraphLayout;
import tools.jackson.databind.json.JsonMapper;

/**
 * The heap the loaded bundled data keeps; run it in a fresh JVM, best with {@code -XX:+UseSerialGC}.
 *
 * <p>Two figures. {@code HEAP_MB}: used heap after full collections, with the data loaded and held, minus the
 * same before the load. It counts everything the load leaves reachable: the dataset, whatever the loader keeps
 * beside it, and caches (Jackson's among them). {@code GRAPH_MB}: the object graph reachable from the
 * {@link Dataset} alone, walked by JOL. Prints {@code HEAP_MB <mb>} and {@code GRAPH_MB <mb>}.
 *
 * <p>{@code HeapProbe split} tells the two parts of {@code HEAP_MB} apart: what a plain Jackson mapper keeps once it
 * has bound one small record ({@code JACKSON_MB}: Jackson's own start-up state), then what the bundled load keeps on
 * top of that ({@code DATA_MB}).
 */
public final class HeapProbe {

  private HeapProbe() {}

  public static void main(String[] args) {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    if (args.length > 0 && args[0].equals("split")) {
      split(memory);
      return;
    }
    long before = settledUsedHeap(memory);
    Dataset dataset = MultilateralData.bundled();
    LoadProbe.readAll(dataset); // the bundled dataset reads each kind of fact on first use: all of them here
    long after = settledUsedHeap(memory);
    System.out.printf(Locale.ROOT, "HEAP_MB %.2f%n", (after - before) / 1048576.0);
    GraphLayout graph = GraphLayout.parseInstance(dataset);
    System.out.printf(Locale.ROOT, "GRAPH_MB %.2f (%d objects)%n", graph.totalSize() / 1048576.0,
        graph.totalCount());
    // Keep the dataset reachable until both figures are taken.
    System.out.println("INFO " + dataset);
  }

  private static void split(MemoryMXBean memory) {
    long before = settledUsedHeap(memory);
    JsonMapper mapper = JsonMapper.builder().build();
    LoadProbe.Probe probe = mapper.readValue("{\"name\":\"n\",\"values\":[\"a\"]}", LoadProbe.Probe.class);
    long jackson = settledUsedHeap(memory);
    Dataset dataset = MultilateralData.bundled();
    LoadProbe.readAll(dataset); // the bundled dataset reads each kind of fact on first use: all of them here
    long data = settledUsedHeap(memory);
    System.out.printf(Locale.ROOT, "JACKSON_MB %.2f%n", (jackson - before) / 1048576.0);
    System.out.printf(Locale.ROOT, "DATA_MB %.2f%n", (data - jackson) / 1048576.0);
    System.out.println("INFO " + dataset + "; " + probe.name() + mapper.hashCode());
  }

  /** Used heap after full collections, once it stops falling. */
  private static long settledUsedHeap(MemoryMXBean memory) {
    long previous = Long.MAX_VALUE;
    for (int i = 0; i < 20; i++) {
      System.gc();
      long used = memory.getHeapMemoryUsage().getUsed();
      if (used >= previous) {
        return used;
      }
      previous = used;
    }
    return previous;
  }
}
