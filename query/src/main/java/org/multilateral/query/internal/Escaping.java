package org.multilateral.query.internal;

/**
 * Escaping for the table formats that are written by hand: JSON string literals, HTML (as well-formed XHTML) text
 * and attributes, Markdown table cells, and aligned plain text. Not API.
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
    text.codePoints().forEach(cp -> {
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
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
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
    while (clean < text.length() && !isBreakOrControl(text.charAt(clean))) {
      clean++;
    }
    if (clean == text.length()) {
      return text; // the common case: nothing to replace, nothing to copy
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(isBreakOrControl(c) ? ' ' : c);
    }
    return out.toString();
  }

  private static boolean isBreakOrControl(char c) {
    return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
  }
}
