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

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private NameKey() {}

  /** The key of {@code text}. */
  public static String of(String text) {
    String trimmed = text.trim();
    String k = isPlainAscii(trimmed) ? trimmed
        : MARKS.matcher(Normalizer.normalize(trimmed, Normalizer.Form.NFD)).replaceAll("");
    k = SPACES.matcher(k).replaceAll(" ").toLowerCase(Locale.ROOT);
    if (k.length() <= 2 && !k.isEmpty() && k.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return "0".repeat(3 - k.length()) + k;
    }
    return k;
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
