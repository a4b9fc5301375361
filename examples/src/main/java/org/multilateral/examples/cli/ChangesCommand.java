package org.multilateral.examples.cli;

import org.multilateral.query.ChangeQuery;
import org.multilateral.query.Multilateral;
import org.multilateral.query.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code multilateral changes ORG [--from DATE] [--to DATE]}. */
@Command(name = "changes", mixinStandardHelpOptions = true,
    description = {"Who joined and who left an organisation, in a window of days (both days included).",
        "A change is listed when the date it shows falls in the window: a join's first day, a departure's last."})
final class ChangesCommand extends TableCommand {

  @Parameters(index = "0", paramLabel = "ORG", description = "Organisation id or alias.")
  String organisation;

  @Mixin
  Window window = new Window();

  @Override
  Table table(Multilateral world) {
    ChangeQuery changes = world.members(organisation).changes();
    return window.narrow(changes, ChangeQuery::since, ChangeQuery::until).table();
  }
}
