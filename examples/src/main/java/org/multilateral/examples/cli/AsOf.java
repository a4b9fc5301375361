package org.multilateral.examples.cli;

import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --as-of DATE} option, shared by the commands that answer for one day. */
final class AsOf {

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "The day, as YYYY-MM-DD (default: the day the data is current to).")
  LocalDate day;

  /** The day given, if any. */
  Optional<LocalDate> day() {
    return Optional.ofNullable(day);
  }
}
