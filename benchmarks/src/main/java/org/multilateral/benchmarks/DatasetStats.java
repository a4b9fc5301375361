package org.multilateral.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.multilateral.core.Dataset;
import org.multilateral.core.Membership;

/**
 * Prints, for each shape and size, what a synthetic dataset holds and how long it takes to make: the table of
 * datasets in BENCHMARKS.md. Run: {@code java -cp ... org.multilateral.benchmarks.DatasetStats [sizes...]}.
 */
public final class DatasetStats {

  private DatasetStats() {}

  public static void main(String[] args) {
    List<String> sizes = args.length > 0 ? List.of(args) : List.of("1000", "10000", "100000", "1000000");
    System.out.println("| shape | spells | countries (historical) | organisations | memberships | spells per membership"
        + " | most spells in one organisation | generated in |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
    for (SyntheticWorld.Shape shape : SyntheticWorld.Shape.values()) {
      for (String size : sizes) {
        long start = System.nanoTime();
        Dataset d = SyntheticWorld.generate(shape, Integer.parseInt(size), SyntheticWorld.SEED);
        long ms = (System.nanoTime() - start) / 1_000_000;
        long spells = d.memberships().stream().mapToLong(m -> m.spells().size()).sum();
        long maxPerOrg = d.memberships().stream()
            .collect(Collectors.groupingBy(Membership::organisation, Collectors.summingLong(m -> m.spells().size())))
            .values().stream().mapToLong(Long::longValue).max().orElse(0);
        System.out.printf(Locale.ROOT, "| %s | %,d | %d (%d) | %,d | %,d | %.2f | %,d | %,d ms |%n",
            shape.name().toLowerCase(Locale.ROOT), spells, d.countries().size(),
            d.countries().stream().filter(c -> c.isHistorical()).count(), d.organisations().size(),
            d.memberships().size(), (double) spells / d.memberships().size(), maxPerOrg, ms);
      }
    }
  }
}
