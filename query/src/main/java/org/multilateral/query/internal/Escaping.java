package org.multilateral.query.internal;

/**
 * The one output-safety layer, used by every renderer (text, CSV, JSON, Markdown, HTML, the SVG chart, the reports
 * and the CLI's error messages): markup escaped for its format, control characters made harmless, bidirectional
 * overrides made visible as {@code [U+202E]} (they could make a reader see text in another order than it is),
 * characters XML forbids replaced, and CSV cells that a spreadsheet would read as a formula neutralised. Not API.
 */
public final class Escaping {

  private static final String MARKDOWN_SPECIALS = "\\`*_[]<>|~&!";

  private Escaping() {}

  /**
   * {@code text} as a JSON string literal, quotes included (RFC 8259): quote, backslash and every control
   * character escaped, and also U+2028 and U+2029 (line terminators in JavaScript) and unpaired surrogates, which
   * have no UTF-8 encoding.
   */
  public static String json(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || isUnpairedSurrogate(text, i)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static boolean isUnpairedSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return false;
  }

  /**
   * {@code text} for HTML element content or a quoted attribute value, well-formed as XHTML: {@code & < > " '}
   * as entities, a carriage return as {@code &#13;} (so that parsers keep it), and every character XML 1.0 does not
   * allow (other control characters, unpaired surrogates, U+FFFE, U+FFFF) as U+FFFD.
   */
  public static String html(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    visible(text).codePoints().forEach(cp -> {
      switch (cp) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\r' -> out.append("&#13;");
        default -> out.appendCodePoint(isXmlChar(cp) ? cp : 0xFFFD);
      }
    });
    return out.toString();
  }

  /** Whether XML 1.0 allows the code point in a document. */
  public static boolean isXmlChar(int cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }

  /**
   * {@code text} as the content of a Markdown (GitHub Flavored) table cell or footnote: on one line (line breaks
   * and other control characters become spaces), with a backslash before each character that could end the cell
   * or start markup ({@code \ ` * _ [ ] < > | ~ & !}), so the text reads back as written.
   */
  public static String markdown(String text) {
    String shown = visible(text);
    StringBuilder out = new StringBuilder(shown.length() + 8);
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      if (isBreakOrControl(c)) {
        out.append(' ');
      } else {
        if (MARKDOWN_SPECIALS.indexOf(c) >= 0) {
          out.append('\\');
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** {@code text} on one line for aligned plain text: line breaks, tabs and other control characters as spaces. */
  public static String plain(String text) {
    int clean = 0;
    while (clean < text.length() && !isBreakOrControl(text.charAt(clean)) && !isBidiControl(text.charAt(clean))) {
      clean++;
    }
    if (clean == text.length()) {
      return text; // the common case: nothing to replace, nothing to copy
    }
    String shown = visible(text);
    StringBuilder out = new StringBuilder(shown.length());
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      out.append(isBreakOrControl(c) ? ' ' : c);
    }
    return out.toString();
  }

  /**
   * {@code text} for a CSV text cell (the CSV printer then quotes it as RFC 4180 requires): bidirectional and control
   * characters other than line breaks and tabs visible as {@code [U+XXXX]}, and a cell that starts with {@code =},
   * {@code +}, {@code -}, {@code @}, a tab or a carriage return (which a spreadsheet would run as a formula) prefixed
   * with a single quote, as OWASP recommends against CSV injection.
   */
  public static String csv(String text) {
    StringBuilder out = new StringBuilder(text.length() + 4);
    text.codePoints().forEach(cp -> {
      if (cp != '\n' && cp != '\r' && cp != '\t' && (Character.isISOControl(cp) || isBidiControl(cp))) {
        out.append(code(cp));
      } else {
        out.appendCodePoint(cp);
      }
    });
    if (out.length() > 0 && "=+-@\t\r".indexOf(out.charAt(0)) >= 0) {
      out.insert(0, '\'');
    }
    return out.toString();
  }

  /**
   * {@code text} with every bidirectional control (embeddings, overrides and isolates, U+202A-U+202E, U+2066-U+2069,
   * and the marks U+200E, U+200F, U+061C) shown as {@code [U+XXXX]}: it cannot reorder what a reader sees.
   */
  public static String visible(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isBidiControl(text.charAt(i))) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
          if (isBidiControl(cp)) {
            out.append(code(cp));
          } else {
            out.appendCodePoint(cp);
          }
        });
        return out.toString();
      }
    }
    return text;
  }

  /** Whether {@code cp} is a bidirectional formatting character. */
  public static boolean isBidiControl(int cp) {
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F
        || cp == 0x061C;
  }

  /**
   * {@code text} for one line of a terminal, such as an error message quoting what a user typed: on one line,
   * control characters (ESC and the rest, which could drive the terminal) and bidirectional controls visible as
   * {@code [U+XXXX]}.
   */
  public static String terminal(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    text.strip().codePoints().forEach(cp -> {
      if (cp == '\n' || cp == '\r' || cp == '\t') {
        out.append(' ');
      } else if (Character.isISOControl(cp) || isBidiControl(cp) || cp == 0x2028 || cp == 0x2029) {
        out.append(code(cp));
      } else {
        out.appendCodePoint(cp);
      }
    });
    return out.toString().replaceAll(" {2,}", " ");
  }

  private static String code(int cp) {
    return String.format("[U+%04X]", cp);
  }

  private static boolean isBreakOrControl(char c) {
    return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
  }
}
