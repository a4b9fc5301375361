package org.multilateral.examples.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Text in the SVG pictures: notes and captions broken into lines, since SVG does not wrap text itself, and the
 * elements themselves, formatted.
 */
final class SvgText {

  private SvgText() {}

  /**
   * {@code template} with its conversions replaced by {@code args}, as {@code String.format(Locale.ROOT, template,
   * args)} would: {@code %s}, {@code %d}, {@code %.0f} to {@code %.9f} (rounded half up from the shortest decimal
   * that reads back as the double, with the sign of a negative zero, as {@link java.util.Formatter} does) and
   * {@code %n}; any other conversion is refused. The pictures format thousands of elements, and a run of the CLI
   * formats them once, in a fresh JVM: {@link java.util.Formatter} took about a tenth of {@code report BEL} there
   * (it looks up the locale's digits and separators for every number); this, a small part of that.
   *
   * @throws IllegalArgumentException for a conversion other than those, or too few arguments
   */
  static String format(String template, Object... args) {
    StringBuilder out = new StringBuilder(template.length() + 16 * args.length);
    int next = 0;
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c != '%') {
        out.append(c);
        continue;
      }
      char conversion = i + 1 < template.length() ? template.charAt(++i) : ' ';
      if (conversion == 'n') {
        out.append(System.lineSeparator());
        continue;
      }
      if (next >= args.length) {
        throw new IllegalArgumentException("too few arguments for '" + template + "'");
      }
      Object arg = args[next++];
      if (conversion == 's') {
        out.append(arg);
      } else if (conversion == 'd' && (arg instanceof Integer || arg instanceof Long)) {
        out.append(((Number) arg).longValue());
      } else if (conversion == '.' && i + 2 < template.length() && template.charAt(i + 2) == 'f'
          && Character.isDigit(template.charAt(i + 1)) && (arg instanceof Double || arg instanceof Float)) {
        fixed(out, ((Number) arg).doubleValue(), template.charAt(i + 1) - '0');
        i += 2;
      } else {
        throw new IllegalArgumentException("unsupported conversion at " + (i - 1) + " in '" + template + "' for "
            + (arg == null ? "null" : arg.getClass().getSimpleName()));
      }
    }
    return out.toString();
  }

  /**
   * {@code value} with {@code decimals} digits after the point, as {@code %.<decimals>f} writes it: the digits of
   * {@link Double#toString} (the shortest decimal that reads back as the double), rounded half up, which depends
   * only on the first digit dropped. A value that {@code toString} writes with an exponent goes through
   * {@link BigDecimal}, which the pictures' coordinates never need.
   */
  private static void fixed(StringBuilder out, double value, int decimals) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      out.append(Double.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
      return;
    }
    if (Double.doubleToRawLongBits(value) < 0) {
      out.append('-'); // also for -0.0, and a negative number that rounds to zero: -0.00
    }
    String text = Double.toString(Math.abs(value));
    int point = text.indexOf('.');
    if (text.indexOf('E') >= 0 || point < 0) {
      out.append(new BigDecimal(text).setScale(decimals, RoundingMode.HALF_UP).toPlainString());
      return;
    }
    // The digits kept, without the point: the integer part, then `decimals` digits of the fraction (zeros past
    // its end), rounded up when the first digit dropped is 5 or more.
    int kept = point + decimals;
    char[] digits = new char[kept];
    for (int i = 0, d = 0; d < kept; i++) {
      if (i == point) {
        continue;
      }
      digits[d++] = i < text.length() ? text.charAt(i) : '0';
    }
    int dropped = point + 1 + decimals;
    boolean carry = dropped < text.length() && text.charAt(dropped) >= '5';
    for (int d = kept - 1; carry && d >= 0; d--) {
      carry = digits[d] == '9';
      digits[d] = carry ? '0' : (char) (digits[d] + 1);
    }
    if (carry) {
      out.append('1');
    }
    out.append(digits, 0, point);
    if (decimals > 0) {
      out.append('.').append(digits, point, decimals);
    }
  }

  /** {@code text} in lines of at most {@code width} characters, broken at spaces (a longer word has a line alone). */
  static List<String> fill(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() == 0 ? "" : " ").append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
