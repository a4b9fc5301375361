package org.multilateral.examples.cli;

import java.util.concurrent.Callable;
import org.multilateral.query.Multilateral;
import org.multilateral.query.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code multilateral export spells|panel [--format csv|jsonl]}. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"The whole data as a flat table for R, pandas, DuckDB or Spark: every membership spell, or a "
        + "country-year panel.",
        "spells: country, organisation, role, framework, start and end with their kind and precision, sources.",
        "panel: one row per country and year since 1945, one column per organisation, coded as the Correlates of "
            + "War IGO data (1 member, 3 observer, 0 neither, -9 not covered, -1 no state)."})
final class ExportCommand implements Callable<Integer> {

  /** What to export. */
  enum What { spells, panel }

  /** The formats of an export. Lower-case, as typed. */
  enum ExportFormat { csv, jsonl }

  @ParentCommand
  Main main;

  @Parameters(index = "0", paramLabel = "TABLE", description = "${COMPLETION-CANDIDATES}")
  What what;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; jsonl is JSON Lines).")
  ExportFormat format;

  @Override
  public Integer call() {
    Multilateral world = main.world();
    Table table = what == What.spells ? world.spells().table() : world.panel().table();
    main.print(format == ExportFormat.csv ? table.toCsv() : table.toJsonLines());
    return 0;
  }
}
