package org.multilateral.examples.cli;

import java.nio.file.Path;
import org.multilateral.core.Dataset;
import org.multilateral.dataset.MultilateralData;
import org.multilateral.query.Multilateral;
import org.multilateral.query.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code multilateral diff OLD NEW}. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = {"The facts added, changed and removed between two datasets, with their sources.",
        "Each side is a data file read alone (with its version and current-to day) or the word 'bundled'."})
final class DiffCommand extends TableCommand {

  @Parameters(index = "0", paramLabel = "OLD", description = "The older data: a data file, or 'bundled'.")
  String older;

  @Parameters(index = "1", paramLabel = "NEW", description = "The newer data: a data file, or 'bundled'.")
  String newer;

  /** The changes between the two datasets named; the bundled data is loaded only if one of them names it. */
  @Override
  Table table() {
    return Multilateral.over(load(newer)).changesSince(load(older)).table();
  }

  @Override
  Table table(Multilateral ignored) {
    return table();
  }

  private static Dataset load(String side) {
    return side.equals("bundled") ? MultilateralData.bundled() : MultilateralData.read(Path.of(side));
  }
}
