package org.multilateral.examples.cli;

import org.multilateral.query.Multilateral;
import org.multilateral.query.OfficeQuery;
import org.multilateral.query.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code multilateral offices ORG [--as-of DATE | --from DATE --to DATE]}. */
@Command(name = "offices", mixinStandardHelpOptions = true,
    description = {"The office holders of an organisation, such as NATO's Secretaries General.",
        "With --as-of, the holders on that day; with --from and --to, every holder in that window (both included)."})
final class OfficesCommand extends TableCommand {

  @Parameters(index = "0", paramLabel = "ORG", description = "Organisation id or alias.")
  String organisation;

  @Mixin
  AsOf asOf = new AsOf();

  @Mixin
  Window window = new Window();

  @Override
  Table table(Multilateral world) {
    OfficeQuery offices = world.offices(organisation);
    offices = asOf.day().map(offices::asOf).orElse(offices);
    return window.narrow(offices, OfficeQuery::since, OfficeQuery::until).table();
  }
}
