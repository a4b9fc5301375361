package org.multilateral.examples.cli;

import org.multilateral.query.MembershipQuery;
import org.multilateral.query.Multilateral;
import org.multilateral.query.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code multilateral memberships COUNTRY [--as-of DATE]}. */
@Command(name = "memberships", mixinStandardHelpOptions = true,
    description = "A country's memberships and roles on a day (default: the day the data is current to).")
final class MembershipsCommand extends TableCommand {

  @Parameters(index = "0", paramLabel = "COUNTRY",
      description = "ISO alpha-2 or alpha-3 code, or English name, such as BE, BEL or Belgium.")
  String country;

  @Mixin
  AsOf asOf = new AsOf();

  @Override
  Table table(Multilateral world) {
    main.note(world.countryMatch(country).note().stream().toList());
    MembershipQuery memberships = world.memberships(country);
    return asOf.day().map(memberships::asOf).orElse(memberships).table();
  }
}
