package org.multilateral.examples.cli;

import java.time.LocalDate;
import java.util.Optional;
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

  /** The first day, if given; checks that it is not after the last. */
  Optional<LocalDate> from() {
    if (from != null && to != null && to.isBefore(from)) {
      throw new BadInputException("--to " + to + " is before --from " + from);
    }
    return Optional.ofNullable(from);
  }

  /** The last day, if given. */
  Optional<LocalDate> to() {
    return Optional.ofNullable(to);
  }
}
