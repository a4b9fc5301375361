package org.multilateral.core;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Shape checks for codes and labels. Values are checked on every construction, and so on every load of the bundled
 * data in a fresh JVM: the checks are written by hand rather than as regular expressions (compiling a pattern and
 * its character classes costs a fresh JVM more than all the checks it makes), and messages are made only on failure.
 * The regular expression each check stands for is in its comment; a property test holds them to it.
 */
final class Text {

  private Text() {}

  /** {@code [a-z0-9]+(-[a-z0-9]+)*}: lower-case words of letters and digits joined by single hyphens. */
  static boolean isKebabCase(String s) {
    int n = s.length();
    if (n == 0 || s.charAt(0) == '-' || s.charAt(n - 1) == '-') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '-') {
        if (s.charAt(i - 1) == '-') {
          return false;
        }
      } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  /** {@code [A-Z0-9][A-Z0-9-]{1,15}}: an organisation id. */
  static boolean isOrganisationId(String s) {
    return isRun(s, 2, 16, "AZ09--") && s.charAt(0) != '-';
  }

  /** {@code [\w.-]+\.txt}: a seed file name (\w as in Java's default, ASCII letters, digits and _). */
  static boolean isSeedFile(String s) {
    return s.endsWith(".txt") && isRun(s.substring(0, s.length() - 4), 1, Integer.MAX_VALUE, "azAZ09__..--");
  }

  /**
   * Whether {@code s} is {@code min} to {@code max} characters, each one of the ranges in {@code ranges} (pairs of
   * first and last character, inclusive): the character class {@code [ranges]{min,max}}.
   */
  static boolean isRun(String s, int min, int max, String ranges) {
    int n = s.length();
    if (n < min || n > max) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      boolean in = false;
      for (int r = 0; r + 1 < ranges.length() && !in; r += 2) {
        in = c >= ranges.charAt(r) && c <= ranges.charAt(r + 1);
      }
      if (!in) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code s} is exactly {@code length} ASCII capital letters. */
  static boolean isCapitals(String s, int length) {
    if (s.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code s} is exactly {@code length} ASCII digits. */
  static boolean isDigits(String s, int length) {
    if (s.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Throws unless every entry of {@code list} is listed once: a source (by id), a country or any other value listed
   * twice would be counted twice.
   *
   * <p>The message is made only on failure, from {@code record} and {@code subject}: {@code event} and the event's
   * id make {@code event nato-2022-06-29-madrid-summit}. Short lists (most hold one or two sources) are compared
   * pairwise, without a set.
   *
   * @param record the kind of record, for the message: {@code event}
   * @param subject what names the record: the event's id
   * @param what what the list holds: {@code participant}
   */
  static void checkListedOnce(List<?> list, String record, Object subject, String what) {
    int n = list.size();
    if (n < 2) {
      return;
    }
    if (n <= 8) {
      for (int i = 1; i < n; i++) {
        Object key = key(list.get(i));
        for (int j = 0; j < i; j++) {
          if (key.equals(key(list.get(j)))) {
            throw listedTwice(record, subject, what, key);
          }
        }
      }
      return;
    }
    Set<Object> seen = new HashSet<>();
    for (Object o : list) {
      Object key = key(o);
      if (!seen.add(key)) {
        throw listedTwice(record, subject, what, key);
      }
    }
  }

  private static Object key(Object o) {
    return o instanceof Source s ? s.id() : o;
  }

  private static IllegalArgumentException listedTwice(String record, Object subject, String what, Object key) {
    return new IllegalArgumentException(record + " " + subject + ": " + what + " '" + key + "' is listed twice");
  }
}
