package org.multilateral.examples.cli;

import org.multilateral.query.CompositionQuery;
import org.multilateral.query.Multilateral;
import org.multilateral.query.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code multilateral council [--as-of DATE]}. */
@Command(name = "council", mixinStandardHelpOptions = true,
    description = "The UN Security Council on a day: its permanent and elected members.")
final class CouncilCommand extends TableCommand {

  @Mixin
  AsOf asOf = new AsOf();

  @Override
  Table table(Multilateral world) {
    CompositionQuery council = world.composition("UNSC");
    return asOf.day().map(council::asOf).orElse(council).table();
  }
}
