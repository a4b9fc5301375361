package org.multilateral.core;

import com.google.common.base.Strings;

/**
 * The values' argument checks, as Guava's {@code Preconditions.checkArgument} makes them (the same message, formatted
 * by Guava's {@link Strings#lenientFormat}), but with Guava loaded only when a check fails. Every value the first load
 * of the bundled data makes runs these checks, in a JVM that has loaded little: {@code Preconditions} was the one
 * class that load needed from Guava's jar, and opening that 3 MB jar to find it took about 5 ms.
 */
final class Checks {

  private Checks() {}

  static void checkArgument(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  static void checkArgument(boolean ok, String template, Object arg) {
    if (!ok) {
      throw new IllegalArgumentException(Strings.lenientFormat(template, arg));
    }
  }

  static void checkArgument(boolean ok, String template, Object arg1, Object arg2) {
    if (!ok) {
      throw new IllegalArgumentException(Strings.lenientFormat(template, arg1, arg2));
    }
  }

  static void checkArgument(boolean ok, String template, Object arg1, Object arg2, Object arg3) {
    if (!ok) {
      throw new IllegalArgumentException(Strings.lenientFormat(template, arg1, arg2, arg3));
    }
  }

  static void checkArgument(boolean ok, String template, Object... args) {
    if (!ok) {
      throw new IllegalArgumentException(Strings.lenientFormat(template, args));
    }
  }
}
