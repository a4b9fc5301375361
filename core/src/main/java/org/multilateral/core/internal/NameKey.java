package org.multilateral.core.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one form in which names, ids, codes and aliases are compared everywhere (the loader's uniqueness checks, the
 * dataset's invariants, the query index): trimmed, lower-case, accents removed, runs of white space as one space, and
 * a numeric code of one or two digits padded to three ({@code 56} is {@code 056}). Two names with the same key name
 * the same thing. Not API.
 */
public final class NameKey {

  /** The patterns for names beyond Latin-1, compiled on first use. */
  private static final class Unicode {
    static final Pattern MARKS = Pattern.compile("\\p{M}+");
    static final Pattern SPACES = Pattern.compile("\\s+");
  }

  /**
   * The letters U+00C0 to U+00FF of Latin-1 with their accents removed, as the canonical decomposition (NFD) without
   * its marks leaves them: {@code À} is {@code A}; a letter without a decomposition ({@code Æ}, {@code ß}) and the
   * signs {@code ×} and {@code ÷} stay. Below U+00C0 no character decomposes canonically or is a mark.
   */
  private static final String LATIN_1_BASES =
      "AAAAAA\u00C6CEEEEIIII\u00D0NOOOOO\u00D7\u00D8UUUUY\u00DE\u00DF"
      + "aaaaaa\u00E6ceeeeiiii\u00F0nooooo\u00F7\u00F8uuuuy\u00FEy";

  private NameKey() {}

  /** The key of {@code text}. */
  public static String of(String text) {
    String trimmed = text.trim();
    String k;
    if (isLatin1(trimmed)) {
      // The common case (every name of the bundled data), without the normaliser or a regular expression (the first
      // use of either costs a fresh JVM more than all the keys of the bundled data): accents removed by the table,
      // white space as in \s, [ \t\n\x0B\f\r].
      StringBuilder key = new StringBuilder(trimmed.length());
      boolean space = false;
      for (int i = 0; i < trimmed.length(); i++) {
        char c = trimmed.charAt(i);
        if (c >= 0xC0) {
          c = LATIN_1_BASES.charAt(c - 0xC0);
        }
        boolean isSpace = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
        if (!isSpace) {
          key.append(c);
        } else if (!space) {
          key.append(' ');
        }
        space = isSpace;
      }
      k = key.toString().toLowerCase(Locale.ROOT);
    } else {
      k = Unicode.SPACES.matcher(Unicode.MARKS.matcher(Normalizer.normalize(trimmed, Normalizer.Form.NFD))
          .replaceAll("")).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
    if (k.length() <= 2 && !k.isEmpty() && isDigits(k)) {
      return "0".repeat(3 - k.length()) + k;
    }
    return k;
  }

  private static boolean isDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isLatin1(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x100) {
        return false;
      }
    }
    return true;
  }
}
