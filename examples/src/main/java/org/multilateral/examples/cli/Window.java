package org.multilateral.examples.cli;

import java.time.LocalDate;
import java.util.function.BiFunction;
import picocli.CommandLine.Option;

/**
 * The {@code --from DATE} and {@code --to DATE} options: a window of days, both days included, either end open.
 * Shared by the commands that list dated facts.
 */
final class Window {

  @Option(names = "--from", paramLabel = "DATE", description = "The first day of the window, included (YYYY-MM-DD).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "The last day of the window, included (YYYY-MM-DD).")
  LocalDate to;

  /**
   * {@code query} narrowed to the window: {@code since} the first day and {@code until} the last, each when given.
   *
   * @throws BadInputException if the last day is before the first
   */
  <Q> Q narrow(Q query, BiFunction<Q, LocalDate, Q> since, BiFunction<Q, LocalDate, Q> until) {
    if (from != null && to != null && to.isBefore(from)) {
      throw new BadInputException("--to " + to + " is before --from " + from);
    }
    Q narrowed = from == null ? query : since.apply(query, from);
    return to == null ? narrowed : until.apply(narrowed, to);
  }
}
