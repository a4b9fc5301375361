package org.multilateral.examples.cli;

import java.time.LocalDate;
import org.multilateral.query.Multilateral;
import org.multilateral.query.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code multilateral changes ORG --from DATE --to DATE}. */
@Command(name = "changes", mixinStandardHelpOptions = true,
    description = "Who joined and who left an organisation between two days (both included).")
final class ChangesCommand extends TableCommand {

  @Parameters(index = "0", paramLabel = "ORG", description = "Organisation id or alias.")
  String organisation;

  @Option(names = "--from", paramLabel = "DATE", required = true, description = "The first day, as YYYY-MM-DD.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", required = true, description = "The last day, as YYYY-MM-DD.")
  LocalDate to;

  @Override
  Table table(Multilateral world) {
    if (to.isBefore(from)) {
      throw new BadInputException("--to " + to + " is before --from " + from);
    }
    return world.members(organisation).between(from, to).table();
  }
}
