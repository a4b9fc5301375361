package org.multilateral.examples.cli;

import org.multilateral.query.Multilateral;
import org.multilateral.query.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code multilateral initiatives ORG}. */
@Command(name = "initiatives", mixinStandardHelpOptions = true,
    description = "The thematic initiatives of an organisation and the countries the sources name as supporters.")
final class InitiativesCommand extends TableCommand {

  @Parameters(index = "0", paramLabel = "ORG", description = "Organisation id or alias, such as A4M.")
  String organisation;

  @Override
  Table table(Multilateral world) {
    return world.initiatives(organisation).table();
  }
}
