package org.multilateral.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the query benchmarks through JMH and prints their results as ratios.
 *
 * <ul>
 *   <li>{@code Bench quick LOG}: every query benchmark at 10^6 spells in the wide shape, and members on a date in
 *       the deep shape too, one short fork each (about a minute and a half on two quiet cores); ends with
 *       {@code RATIO <benchmark>.<shape> <naive/indexed>} lines.</li>
 *   <li>{@code Bench full LOG [REGEX]}: every benchmark at every size and shape with the iterations its annotations
 *       give, the index build and the first load (about 20 minutes); prints Markdown tables for BENCHMARKS.md,
 *       then the RATIO lines.</li>
 * </ul>
 * JMH's own output goes to {@code LOG}.
 */
public final class Bench {

  private static final String QUERIES = "(MembersOnDate|CountryOnDate|SetAlgebra|ChangesBetween|Table)Benchmark";
  private static final String MILLION = "1000000";

  private Bench() {}

  public static void main(String[] args) throws RunnerException {
    if (args.length < 2 || !List.of("quick", "full").contains(args[0])) {
      System.err.println("usage: Bench quick|full LOG [REGEX]");
      System.exit(2);
    }
    boolean quick = args[0].equals("quick");
    System.out.println("machine load average before: " + loadAverage());
    List<RunResult> results = new ArrayList<>();
    if (quick) {
      results.addAll(run(quickOptions(args[1], QUERIES, "WIDE")));
      results.addAll(run(quickOptions(args[1] + ".deep", "MembersOnDateBenchmark", "DEEP")));
    } else {
      results.addAll(run(new OptionsBuilder().include(args.length > 2 ? args[2] : "Benchmark").output(args[1])));
    }
    System.out.println("machine load average after: " + loadAverage());
    List<String> ratios = new ArrayList<>();
    Map<String, double[]> pairs = new TreeMap<>();
    List<String> singles = new ArrayList<>();
    for (RunResult r : results) {
      String benchmark = r.getParams().getBenchmark();
      String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      String name = name(benchmark);
      String spells = param(r, "spells");
      String shape = param(r, "shape").toLowerCase(Locale.ROOT);
      double score = r.getPrimaryResult().getScore();
      double error = r.getPrimaryResult().getScoreError();
      if (method.equals("naive") || method.equals("indexed")) {
        String key = String.format(Locale.ROOT, "%s|%s|%09d", name, shape, Integer.parseInt(spells));
        double[] pair = pairs.computeIfAbsent(key, k -> new double[] {Double.NaN, Double.NaN, Double.NaN,
            Double.NaN});
        int side = method.equals("naive") ? 0 : 1;
        pair[side] = score;
        pair[side + 2] = error;
      } else {
        singles.add(String.format(Locale.ROOT, "| %s.%s | %s | %s | %.1f %s %s |", name, method, shape, spells,
            score, plusMinus(error), r.getPrimaryResult().getScoreUnit()));
      }
    }
    if (!pairs.isEmpty()) {
      System.out.println("| benchmark | shape | spells | naive (\u00b5s/op) | indexed (\u00b5s/op) | naive/indexed |");
      System.out.println("|---|---|---:|---:|---:|---:|");
    }
    pairs.forEach((key, s) -> {
      String[] k = key.split("\\|");
      int spells = Integer.parseInt(k[2]);
      System.out.printf(Locale.ROOT, "| %s | %s | %,d | %s %s | %s %s | %s |%n", k[0], k[1], spells, score(s[0]),
          plusMinus(s[2]), score(s[1]), plusMinus(s[3]), ratio(s));
      if (spells == Integer.parseInt(MILLION)) {
        ratios.add(String.format(Locale.ROOT, "RATIO %s.%s %s", k[0], k[1], ratio(s)));
      }
    });
    if (!singles.isEmpty()) {
      System.out.println();
      System.out.println("| benchmark | shape | spells | score |");
      System.out.println("|---|---|---:|---:|");
      singles.forEach(System.out::println);
    }
    ratios.forEach(System.out::println);
  }

  private static ChainedOptionsBuilder quickOptions(String log, String include, String shape) {
    return new OptionsBuilder().include(include).output(log)
        .param("spells", MILLION).param("shape", shape)
        .warmupIterations(1).warmupTime(TimeValue.milliseconds(400))
        .measurementIterations(3).measurementTime(TimeValue.milliseconds(300));
  }

  private static Collection<RunResult> run(ChainedOptionsBuilder options) throws RunnerException {
    return new Runner(options.build()).run();
  }

  /** The 1, 5 and 15 minute load averages: other work on the machine makes results noisier. */
  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2] + " on " + Runtime.getRuntime().availableProcessors()
          + " cores";
    } catch (IOException e) {
      return "unknown (" + e.getMessage() + ")";
    }
  }

  /** {@code org...MembersOnDateBenchmark.naive} becomes {@code membersOnDate}. */
  private static String name(String benchmark) {
    String type = benchmark.substring(0, benchmark.lastIndexOf('.'));
    type = type.substring(type.lastIndexOf('.') + 1).replace("Benchmark", "");
    return Character.toLowerCase(type.charAt(0)) + type.substring(1);
  }

  private static String param(RunResult r, String name) {
    String value = r.getParams().getParam(name);
    return value == null ? "-" : value;
  }

  private static String score(double us) {
    return Double.isNaN(us) ? "-" : us >= 100 ? String.format(Locale.ROOT, "%,.0f", us)
        : String.format(Locale.ROOT, "%.2f", us);
  }

  /** JMH's 99.9% confidence half-width, where it has enough samples for one. */
  private static String plusMinus(double error) {
    return Double.isNaN(error) ? "" : "\u00b1 " + score(error);
  }

  private static String ratio(double[] s) {
    double r = s[0] / s[1];
    return Double.isNaN(r) ? "-" : r >= 10 ? String.format(Locale.ROOT, "%.0f", r)
        : String.format(Locale.ROOT, "%.2f", r);
  }
}
