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

  /** The patterns for names that are not plain ASCII, compiled on first use. */
  private static final class Unicode {
    static final Pattern MARKS = Pattern.compile("\\p{M}+");
    static final Pattern SPACES = Pattern.compile("\\s+");
  }

  private NameKey() {}

  /** The key of {@code text}. */
  public static String of(String text) {
    String trimmed = text.trim();
    String k;
    if (isPlainAscii(trimmed)) {
      // The common case, without the normaliser or a regular expression (the first use of either costs a fresh JVM
      // more than all the keys of the bundled data): white space as in \s, [ \t\n\x0B\f\r].
      StringBuilder key = new StringBuilder(trimmed.length());
      boolean space = false;
      for (int i = 0; i < trimmed.length(); i++) {
        char c = trimmed.charAt(i);
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

  private static boolean isPlainAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
