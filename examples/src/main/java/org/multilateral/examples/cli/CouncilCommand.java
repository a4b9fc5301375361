package org.multilateral.examples.cli;

import java.time.LocalDate;
import org.multilateral.query.CompositionQuery;
import org.multilateral.query.Multilateral;
import org.multilateral.query.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code multilateral council [--as-of DATE]}. */
@Command(name = "council", mixinStandardHelpOptions = true,
    description = "The UN Security Council on a day: its permanent and elected members.")
final class CouncilCommand extends TableCommand {

  @Option(names = "--as-of", paramLabel = "DATE", description = "The day, as YYYY-MM-DD.")
  LocalDate asOf;

  @Override
  Table table(Multilateral world) {
    CompositionQuery council = world.composition("UNSC");
    return (asOf == null ? council : council.asOf(asOf)).table();
  }
}
