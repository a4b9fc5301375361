package org.multilateral.core;

import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One null check per parameter of the public API: a null argument throws NullPointerException at once. */
class NullArgumentsTest {

  private final NullPointerTester tester = new NullPointerTester()
      .setDefault(CountryCode.class, CountryCode.of("BEL"))
      .setDefault(OrganisationId.class, OrganisationId.of("NATO"))
      .setDefault(PartialDate.class, PartialDate.parse("1949-04-04"))
      .setDefault(LocalDate.class, LocalDate.of(1949, 4, 4))
      .setDefault(Source.class, Fixtures.SOURCE)
      .setDefault(Locale.class, Locale.FRENCH)
      .setDefault(Spell.class, Fixtures.spell("1949-08-24", null));

  @Test
  void staticFactoriesRejectNulls() {
    for (Class<?> type : List.of(CountryCode.class, OrganisationId.class, PartialDate.class, Spell.class,
        DateKind.class, Role.class, OrganisationKind.class, EventKind.class, DocumentKind.class, Dataset.class)) {
      tester.testAllPublicStaticMethods(type);
    }
  }

  @Test
  void valueMethodsRejectNulls() {
    tester.testAllPublicInstanceMethods(Fixtures.spell("1949-08-24", null));
    tester.testAllPublicInstanceMethods(PartialDate.parse("2019-09"));
    tester.testAllPublicInstanceMethods(Fixtures.membership("BEL", "NATO", Fixtures.spell("1949", null)).build());
    tester.testAllPublicInstanceMethods(Fixtures.country("BEL", "BE", "056", "Belgium"));
    tester.testAllPublicInstanceMethods(Fixtures.organisation("NATO"));
  }

  @Test
  void buildersRejectNulls() {
    tester.testAllPublicInstanceMethods(Membership.builder());
    tester.testAllPublicInstanceMethods(Spell.builder());
    tester.testAllPublicInstanceMethods(Country.builder());
    tester.testAllPublicInstanceMethods(Organisation.builder());
    tester.testAllPublicInstanceMethods(Event.builder());
    tester.testAllPublicInstanceMethods(Initiative.builder());
    tester.testAllPublicInstanceMethods(Document.builder());
    tester.testAllPublicInstanceMethods(Office.builder());
    tester.testAllPublicInstanceMethods(Seat.builder());
    tester.testAllPublicInstanceMethods(WebPage.builder());
    tester.testAllPublicInstanceMethods(SeedExcerpt.builder());
    tester.testAllPublicInstanceMethods(Dataset.builder());
  }
}
