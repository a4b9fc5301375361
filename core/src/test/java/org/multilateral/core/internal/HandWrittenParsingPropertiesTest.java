package org.multilateral.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.multilateral.core.PartialDate;
import org.quicktheories.core.Gen;

/**
 * Name keys and date parsing are written by hand, without regular expressions, for the start-up of a fresh JVM. They
 * agree with the regular-expression forms they replaced on every generated input, odd ones included.
 */
class HandWrittenParsingPropertiesTest {

  private static final int TRIES = Integer.getInteger("multilateral.property.tries", 2000);
  private static final String ALPHABET =
      "aZ09 -\t\n\u000B\f\r_.'\u00e9\u00f4\u0301\u2003\u00a0x\u00c0\u00c6\u00d7\u00df\u00ff\u00b4\u00c7";
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  /** Strings of characters that matter to the keys and dates: letters, digits, white space, dashes, marks. */
  private static Gen<String> strings(String alphabet, int maxLength) {
    return lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, maxLength).map(list -> {
      StringBuilder s = new StringBuilder();
      list.forEach(i -> s.append(alphabet.charAt(i)));
      return s.toString();
    });
  }

  /** The key as the regular expressions made it. */
  private static String regexKey(String text) {
    String k = MARKS.matcher(Normalizer.normalize(text.trim(), Normalizer.Form.NFD)).replaceAll("");
    k = SPACES.matcher(k).replaceAll(" ").toLowerCase(Locale.ROOT);
    if (k.length() <= 2 && !k.isEmpty() && k.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return "0".repeat(3 - k.length()) + k;
    }
    return k;
  }

  /** The date as the regular expression read it, or the message it failed with. */
  private static String regexDate(String text) {
    Matcher m = DATE.matcher(text);
    if (!m.matches()) {
      return "bad date '" + text + "': expected YYYY-MM-DD, YYYY-MM or YYYY";
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) == null) {
        return PartialDate.of(Year.of(year)).toString();
      }
      int month = Integer.parseInt(m.group(2));
      if (m.group(3) == null) {
        return PartialDate.of(YearMonth.of(year, month)).toString();
      }
      return PartialDate.of(LocalDate.of(year, month, Integer.parseInt(m.group(3)))).toString();
    } catch (DateTimeException e) {
      return "bad date '" + text + "': " + e.getMessage();
    } catch (IllegalArgumentException e) {
      return e.getMessage(); // a year outside 1000-9999
    }
  }

  private static String parsed(String text) {
    try {
      return PartialDate.parse(text).toString();
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  @Test
  void nameKeysAreThoseOfTheRegularExpressions() {
    qt().withExamples(TRIES).forAll(strings(ALPHABET, 12)).check(s -> regexKey(s).equals(NameKey.of(s)));
    for (String s : List.of("", " ", "56", " 5 ", "NATO", "  North \t Atlantic\n", "C\u00f4te d'Ivoire", "\u00e9")) {
      assertEquals(regexKey(s), NameKey.of(s), s);
    }
    // Every character of Latin-1 and Latin Extended-A, alone and among others: the table of accents agrees with
    // the normaliser on each.
    for (char c = 0; c < 0x180; c++) {
      for (String s : List.of(String.valueOf(c), "x" + c + " Y", c + "\u0301", "A  " + c + c)) {
        assertEquals(regexKey(s), NameKey.of(s), () -> "U+" + Integer.toHexString(s.charAt(0)) + " in '" + s + "'");
      }
    }
  }

  @Test
  void datesParseAsTheRegularExpressionReadThem() {
    qt().withExamples(TRIES).forAll(strings("0123456789-x", 11)).check(s -> regexDate(s).equals(parsed(s)));
    for (String s : List.of("1949-04-04", "2019-09", "1973", "2019-13", "2019-02-30", "0000", "19490404", "")) {
      assertEquals(regexDate(s), parsed(s), s);
    }
  }
}
