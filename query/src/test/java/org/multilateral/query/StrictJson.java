package org.multilateral.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict RFC 8259 reader for tests (the query module does not depend on a JSON library): objects as
 * {@link LinkedHashMap}, arrays as {@link List}, strings, whole numbers as {@link Long}, booleans, and {@code null}.
 * Rejects raw control characters in strings, bad escapes, repeated keys and trailing input.
 */
final class StrictJson {

  private final String text;
  private int at;

  private StrictJson(String text) {
    this.text = text;
  }

  static Object parse(String text) {
    StrictJson p = new StrictJson(text);
    Object value = p.value();
    p.space();
    p.require(p.at == text.length(), "trailing input");
    return value;
  }

  private Object value() {
    space();
    require(at < text.length(), "unexpected end");
    char c = text.charAt(at);
    if (c == '{') {
      return object();
    }
    if (c == '[') {
      return array();
    }
    if (c == '"') {
      return string();
    }
    for (String word : List.of("true", "false", "null")) {
      if (text.startsWith(word, at)) {
        at += word.length();
        return word.equals("null") ? null : Boolean.valueOf(word);
      }
    }
    int start = at;
    if (c == '-') {
      at++;
    }
    while (at < text.length() && Character.isDigit(text.charAt(at))) {
      at++;
    }
    require(at > start && Character.isDigit(text.charAt(at - 1)), "bad value");
    return Long.parseLong(text.substring(start, at));
  }

  private Map<String, Object> object() {
    Map<String, Object> map = new LinkedHashMap<>();
    at++;
    space();
    if (peek('}')) {
      return map;
    }
    do {
      space();
      require(at < text.length() && text.charAt(at) == '"', "expected a key");
      String key = string();
      space();
      require(peek(':'), "expected ':'");
      require(!map.containsKey(key), "repeated key " + key);
      map.put(key, value());
      space();
    } while (peek(','));
    require(peek('}'), "expected '}'");
    return map;
  }

  private List<Object> array() {
    List<Object> list = new ArrayList<>();
    at++;
    space();
    if (peek(']')) {
      return list;
    }
    do {
      list.add(value());
      space();
    } while (peek(','));
    require(peek(']'), "expected ']'");
    return list;
  }

  private String string() {
    StringBuilder out = new StringBuilder();
    at++;
    while (true) {
      require(at < text.length(), "unterminated string");
      char c = text.charAt(at++);
      if (c == '"') {
        return out.toString();
      }
      require(c >= 0x20, "raw control character in a string");
      if (c != '\\') {
        out.append(c);
        continue;
      }
      require(at < text.length(), "unterminated escape");
      char e = text.charAt(at++);
      switch (e) {
        case '"', '\\', '/' -> out.append(e);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          require(at + 4 <= text.length() && text.substring(at, at + 4).matches("[0-9a-fA-F]{4}"), "bad \\u");
          out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          at += 4;
        }
        default -> require(false, "bad escape \\" + e);
      }
    }
  }

  private boolean peek(char c) {
    if (at < text.length() && text.charAt(at) == c) {
      at++;
      return true;
    }
    return false;
  }

  private void space() {
    while (at < text.length() && " \t\n\r".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
  }

  private void require(boolean ok, String problem) {
    if (!ok) {
      throw new IllegalArgumentException("bad JSON at " + at + ": " + problem);
    }
  }
}
