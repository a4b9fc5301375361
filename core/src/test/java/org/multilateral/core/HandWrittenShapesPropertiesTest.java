package org.multilateral.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The shape checks that run on every construction of a value are written by hand, for the start-up of a fresh JVM
 * (the bundled data is checked again at every load). They accept exactly what the regular expressions they stand for
 * accept, on every generated input, odd ones included.
 */
class HandWrittenShapesPropertiesTest {

  private static final int TRIES = Integer.getInteger("multilateral.property.tries", 2000);

  private static Gen<String> strings(String alphabet, int maxLength) {
    return lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, maxLength).map(list -> {
      StringBuilder s = new StringBuilder();
      list.forEach(i -> s.append(alphabet.charAt(i)));
      return s.toString();
    });
  }

  private static void agree(String regex, java.util.function.Predicate<String> check, String alphabet, int max,
      List<String> examples) {
    Pattern pattern = Pattern.compile(regex);
    qt().withExamples(TRIES).forAll(strings(alphabet, max))
        .check(s -> pattern.matcher(s).matches() == check.test(s));
    for (String s : examples) {
      assertEquals(pattern.matcher(s).matches(), check.test(s), regex + " on '" + s + "'");
    }
  }

  @Test
  void kebabCase() {
    agree("[a-z0-9]+(-[a-z0-9]+)*", Text::isKebabCase, "az09-A_ ", 8,
        List.of("", "-", "a", "a-b", "a--b", "-a", "a-", "suspension", "x9-1", "A"));
  }

  @Test
  void organisationIds() {
    agree("[A-Z0-9][A-Z0-9-]{1,15}", Text::isOrganisationId, "AZ09-az_", 18,
        List.of("", "N", "NATO", "UN", "-UN", "U-", "OSCE-PA", "ABCDEFGHIJKLMNOP", "ABCDEFGHIJKLMNOPQ", "nato"));
  }

  @Test
  void seedFiles() {
    agree("[\\w.-]+\\.txt", Text::isSeedFile, "aZ09_.-tx /\u00e9", 10,
        List.of("", ".txt", "a.txt", "..txt", "a.txt.txt", "a b.txt", "nato.txt", "x.TXT", "\u00e9.txt", "a/b.txt"));
  }

  @Test
  void identifierShapes() {
    for (Identifier.Scheme scheme : Identifier.Scheme.values()) {
      agree(scheme.shape(), scheme::fits, "Q0129AZaz-", 14,
          List.of("", "Q", "Q0", "Q1", "Q31", "Q012", "211", "12345", "BEL", "BE", "NATO", "A", "ABCDEFGHIJKLM"));
    }
  }
}
