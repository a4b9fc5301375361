package org.multilateral.examples.cli;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.multilateral.core.Country;
import org.multilateral.core.CountryCode;
import org.multilateral.core.Role;
import org.multilateral.query.CountrySet;
import org.multilateral.query.MemberQuery;
import org.multilateral.query.Multilateral;
import org.multilateral.query.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code multilateral members ORG [--as-of DATE] [--and ORG]... [--not ORG]... [--role ROLE]}. */
@Command(name = "members", mixinStandardHelpOptions = true,
    description = {"The members of an organisation on a day (default: the day the data is current to).",
        "With --and and --not, those that are also (or not) members of other organisations that day.",
        "With --role, those holding these roles instead of full membership."})
final class MembersCommand extends TableCommand {

  @Parameters(index = "0", paramLabel = "ORG", description = "Organisation id or alias, such as NATO or EU.")
  String organisation;

  @Mixin
  AsOf asOf = new AsOf();

  @Option(names = "--and", paramLabel = "ORG", description = "Keep only members of this organisation too.")
  List<String> and = List.of();

  @Option(names = "--not", paramLabel = "ORG", description = "Drop members of this organisation.")
  List<String> not = List.of();

  @Option(names = "--certain-only", description = "Only members certainly in force that day: leave out a seat "
      + "whose hand-over day is known only to the month or year.")
  boolean certainOnly;

  @Option(names = "--possible", description = "Also list members only possibly in force that day (a date known "
      + "only to the month or year), marked possible.")
  boolean possible;

  @Option(names = "--role", paramLabel = "ROLE", converter = RoleConverter.class,
      description = "Only this role (repeatable): founding-member, member, participating-state, "
          + "permanent-member, elected-member, partner, candidate, aspirant, observer.")
  List<Role> roles = List.of();

  @Override
  Table table(Multilateral world) {
    MemberQuery members = world.members(organisation);
    members = asOf.day().map(members::asOf).orElse(members);
    if (!roles.isEmpty()) {
      members = members.roles(roles);
    }
    if (certainOnly && possible) {
      throw new BadInputException("--certain-only and --possible exclude each other");
    }
    members = certainOnly ? members.certainOnly() : possible ? members.withPossible() : members;
    if (and.isEmpty() && not.isEmpty()) {
      return members.table();
    }
    CountrySet kept = members.countries();
    for (String other : and) {
      kept = kept.and(other);
    }
    for (String other : not) {
      kept = kept.not(other);
    }
    // Evaluate the set expression once, not once per row.
    Set<CountryCode> chosen = kept.stream().map(Country::code).collect(Collectors.toUnmodifiableSet());
    Table table = members.filter(m -> chosen.contains(m.country().code())).table();
    Table.Builder noted = Table.builder(table.title());
    table.columns().forEach(c -> noted.column(c.name(), c.type()));
    table.rows().forEach(r -> noted.row(r.sources(), r.cells()));
    kept.completeness().notes().forEach(noted::note);
    return noted.build();
  }
}
