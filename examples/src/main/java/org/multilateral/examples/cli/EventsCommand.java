package org.multilateral.examples.cli;

import org.multilateral.query.EventQuery;
import org.multilateral.query.Multilateral;
import org.multilateral.query.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code multilateral events ORG [--from DATE] [--to DATE]}. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = {"Summits, meetings, launches, declarations and operations of an organisation.",
        "With --from and --to, those that may fall in that window (both days included)."})
final class EventsCommand extends TableCommand {

  @Parameters(index = "0", paramLabel = "ORG", description = "Organisation id or alias.")
  String organisation;

  @Mixin
  Window window = new Window();

  @Override
  Table table(Multilateral world) {
    EventQuery events = world.events(organisation);
    return window.narrow(events, EventQuery::since, EventQuery::until).table();
  }
}
