package org.multilateral.core;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Shape checks for codes and labels, compiled once: values are checked on every construction. */
final class Text {

  static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  static final Pattern ORGANISATION_ID = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,15}");
  static final Pattern SEED_FILE = Pattern.compile("[\\w.-]+\\.txt");

  private Text() {}

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
   * @param record the record, for the message: {@code event nato-2022-06-29-madrid-summit}
   * @param what what the list holds: {@code participant}
   */
  static void checkListedOnce(List<?> list, String record, String what) {
    Set<Object> seen = new HashSet<>();
    for (Object o : list) {
      Object key = o instanceof Source s ? s.id() : o;
      if (!seen.add(key)) {
        throw new IllegalArgumentException(record + ": " + what + " '" + key + "' is listed twice");
      }
    }
  }
}
