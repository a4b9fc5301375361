package org.multilateral.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.multilateral.core.Fixtures.SOURCE;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrganisationTest {

  private static Organisation.Builder nato() {
    return Organisation.builder().id(OrganisationId.of("NATO")).name("North Atlantic Treaty Organization")
        .frenchName("Organisation du Traité de l'Atlantique Nord")
        .kind(OrganisationKind.INTERGOVERNMENTAL_ORGANISATION).addSource(SOURCE);
  }

  @Test
  void aliasesKeepTheDataOrder() {
    List<String> given = List.of("otan", "north-atlantic-treaty-organization", "alliance", "atlantic-alliance");
    assertEquals(given, nato().aliases(given).build().aliases());
    assertEquals(reversed(given), nato().aliases(reversed(given)).build().aliases());
  }

  private static List<String> reversed(List<String> list) {
    java.util.ArrayList<String> copy = new java.util.ArrayList<>(list);
    java.util.Collections.reverse(copy);
    return copy;
  }

  @Test
  void anAliasGivenTwiceIsRefusedNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> nato().addAlias("otan").addAlias("alliance").addAlias("otan").build());
    assertTrue(e.getMessage().contains("NATO") && e.getMessage().contains("'otan'"), e.getMessage());
  }
}
