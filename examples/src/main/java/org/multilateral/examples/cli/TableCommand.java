package org.multilateral.examples.cli;

import java.util.concurrent.Callable;
import org.multilateral.query.Multilateral;
import org.multilateral.query.Table;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** A command that answers with a table in the format {@code --format} names. */
abstract class TableCommand implements Callable<Integer> {

  @ParentCommand
  Main main;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  TableFormat format;

  /** The table to print, from {@code world}. */
  abstract Table table(Multilateral world);

  /** The table to print; loads the data only here, so a command that answers from other data can skip it. */
  Table table() {
    return table(main.world());
  }

  @Override
  public Integer call() {
    Table table = table();
    main.print(format.render(table));
    main.note(table.notes());
    return 0;
  }
}
