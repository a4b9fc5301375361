package org.multilateral.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

  private static final List<String> NAMES = List.of("NATO", "EU", "UN", "UNSC", "OSCE", "A4M", "BEL", "Belgium",
      "alliance-for-multilateralism");

  @Test
  void aTypoFindsTheNearestName() {
    assertEquals(List.of("NATO"), Suggestions.nearest("NAT0", NAMES, 3));
    assertEquals(List.of("Belgium"), Suggestions.nearest("Belgum", NAMES, 3));
    assertEquals(List.of("alliance-for-multilateralism"), Suggestions.nearest("multilateralism", NAMES, 3));
  }

  @Test
  void nothingFarIsSuggested() {
    assertEquals(List.of(), Suggestions.nearest("Atlantis", NAMES, 3));
    assertEquals("", Suggestions.didYouMean("Atlantis", NAMES));
  }

  @Test
  void theMessageListsUpToThreeNames() {
    assertEquals("; did you mean NATO?", Suggestions.didYouMean("nato1", NAMES));
    assertEquals("; did you mean EU or UN?", Suggestions.didYouMean("EN", NAMES));
  }

  @Test
  void levenshteinCountsEdits() {
    assertEquals(0, Suggestions.levenshtein("nato", "nato"));
    assertEquals(1, Suggestions.levenshtein("nat0", "nato"));
    assertEquals(3, Suggestions.levenshtein("kitten", "sitting"));
  }
}
