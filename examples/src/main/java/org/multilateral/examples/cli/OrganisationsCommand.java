package org.multilateral.examples.cli;

import java.net.URI;
import org.multilateral.core.Organisation;
import org.multilateral.core.PartialDate;
import org.multilateral.query.Multilateral;
import org.multilateral.query.Table;
import picocli.CommandLine.Command;

/** {@code multilateral organisations}. */
@Command(name = "organisations", aliases = "orgs", mixinStandardHelpOptions = true,
    description = "The organisations in the data, with their ids and aliases.")
final class OrganisationsCommand extends TableCommand {

  @Override
  Table table(Multilateral world) {
    Table.Builder table = Table.builder("Organisations")
        .column("id", Table.ColumnType.TEXT)
        .column("name", Table.ColumnType.TEXT)
        .column("french_name", Table.ColumnType.TEXT)
        .column("kind", Table.ColumnType.TEXT)
        .column("founded", Table.ColumnType.DATE)
        .column("headquarters", Table.ColumnType.TEXT)
        .column("aliases", Table.ColumnType.TEXT)
        .column("website", Table.ColumnType.TEXT);
    for (Organisation o : world.dataset().organisations()) {
      table.row(o.sources(), o.id().value(), o.name(), o.frenchName(), o.kind().id(),
          o.founded().map(PartialDate::toString).orElse(""), o.headquarters().orElse(""),
          String.join(" ", o.aliases()), o.website().map(URI::toString).orElse(""));
    }
    return table.build();
  }
}
