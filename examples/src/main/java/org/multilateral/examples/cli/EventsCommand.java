package org.multilateral.examples.cli;

import java.time.LocalDate;
import org.multilateral.query.EventQuery;
import org.multilateral.query.Multilateral;
import org.multilateral.query.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code multilateral events ORG [--from DATE] [--to DATE]}. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = "Summits, meetings, launches, declarations and operations of an organisation.")
final class EventsCommand extends TableCommand {

  @Parameters(index = "0", paramLabel = "ORG", description = "Organisation id or alias.")
  String organisation;

  @Option(names = "--from", paramLabel = "DATE", description = "The first day, as YYYY-MM-DD.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "The last day, as YYYY-MM-DD.")
  LocalDate to;

  @Override
  Table table(Multilateral world) {
    EventQuery events = world.events(organisation);
    if (from != null || to != null) {
      LocalDate first = from == null ? LocalDate.of(1, 1, 1) : from;
      LocalDate last = to == null ? LocalDate.of(9999, 12, 31) : to;
      if (last.isBefore(first)) {
        throw new BadInputException("--to " + last + " is before --from " + first);
      }
      events = events.between(first, last);
    }
    return events.table();
  }
}
