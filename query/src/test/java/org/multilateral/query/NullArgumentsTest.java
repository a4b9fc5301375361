package org.multilateral.query;

import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.multilateral.core.Country;
import org.multilateral.core.CountryCode;
import org.multilateral.core.Dataset;
import org.multilateral.core.Membership;
import org.multilateral.core.Organisation;
import org.multilateral.core.OrganisationId;
import org.multilateral.core.PartialDate;
import org.multilateral.core.Role;
import org.multilateral.core.Seat;
import org.multilateral.core.Source;
import org.multilateral.core.Spell;

/** One null check per parameter of the public API: a null argument throws NullPointerException at once. */
class NullArgumentsTest {

  private final Multilateral world = Toy.world();

  private final NullPointerTester tester = new NullPointerTester()
      .setDefault(String.class, "BEL")
      .setDefault(LocalDate.class, LocalDate.of(2000, 1, 1))
      .setDefault(Role.class, Role.MEMBER)
      .setDefault(CountryCode.class, CountryCode.of("BEL"))
      .setDefault(OrganisationId.class, OrganisationId.of("UNION"))
      .setDefault(Dataset.class, Toy.dataset())
      .setDefault(CountrySet.class, world.members("UNION").countries())
      .setDefault(Source.class, Toy.SEED)
      .setDefault(Table.Row.class, new Table.Row(List.of(), List.of()))
      .setDefault(Organisation.class, world.organisation("UNION"))
      .setDefault(Country.class, world.country("BEL"))
      .setDefault(Membership.class, world.members("UNION").first().orElseThrow().membership())
      .setDefault(Spell.class, world.members("UNION").first().orElseThrow().spell())
      .setDefault(PartialDate.class, PartialDate.parse("1958"))
      .setDefault(Seat.class, world.seats().first().orElseThrow().seat());

  @Test
  void entryPointAndLookupsRejectNulls() {
    tester.testAllPublicStaticMethods(Multilateral.class);
    tester.testAllPublicInstanceMethods(world);
  }

  @Test
  void everyQueryRejectsNulls() {
    for (Object query : List.of(world.members("UNION"), world.memberships("BEL"), world.composition("COUNCIL"),
        world.members("UNION").countries(), world.members("UNION").changes(), world.members("UNION").waves(),
        world.timeline("ALLIANCE"), world.events(), world.initiatives(), world.documents(), world.offices(),
        world.seats(), world.frameworks())) {
      tester.testAllPublicInstanceMethods(query);
    }
  }

  @Test
  void tablesAndResultsRejectNulls() {
    tester.testAllPublicStaticMethods(Table.class);
    tester.testAllPublicInstanceMethods(Toy.world().members("UNION").table());
    tester.testAllPublicInstanceMethods(Table.builder("t"));
    tester.testAllPublicConstructors(Member.class);
    tester.testAllPublicConstructors(Change.class);
    tester.testAllPublicConstructors(Wave.class);
    tester.testAllPublicConstructors(HostedSeat.class);
    tester.testAllPublicConstructors(TimelineEntry.class);
    tester.testAllPublicConstructors(Table.Column.class);
    tester.testAllPublicConstructors(Table.Row.class);
  }
}
