package org.multilateral.dataset.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.multilateral.dataset.DataFileException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Strict JSON binding of data files: unknown fields, duplicate keys, wrong types, explicit {@code null}s, trailing
 * content and oversized input (file size, nesting depth, string, name and number length) are errors, reported as
 * {@link DataFileException} with the file, line, column and JSON path. No polymorphic typing is enabled and no class
 * is ever named by the input: every type bound is a fixed record of {@link Json}.
 */
public final class DataReader {

  /** The largest data file read, in bytes. */
  public static final int MAX_FILE_BYTES = 16 * 1024 * 1024;

  static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxNestingDepth(32)
              .maxStringLength(64 * 1024)
              .maxNameLength(256)
              .maxNumberLength(32)
              .maxDocumentLength(MAX_FILE_BYTES)
              .build())
          .build())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .withCoercionConfigDefaults(c -> c
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
      .build();

  /** The message for a JSON {@code null}, wherever it appears. */
  static final String NULL_NOT_ALLOWED = "null is not allowed here; leave an optional value out instead";

  private DataReader() {}

  /** Binds {@code file} as a data file. */
  public static Json.DataFile dataFile(Located file) {
    return read(file, Json.DataFile.class);
  }

  /** Binds {@code file} as a manifest. */
  public static Json.Manifest manifest(Located file) {
    return read(file, Json.Manifest.class);
  }

  private static <T> T read(Located file, Class<T> type) {
    if (file.bytes().length > MAX_FILE_BYTES) {
      throw new DataFileException(file.name(), 0, 0, "$",
          "file is " + file.bytes().length + " bytes; the limit is " + MAX_FILE_BYTES);
    }
    checkUtf8(file);
    scan(file);
    try {
      T value = MAPPER.readValue(file.bytes(), type);
      if (value == null) {
        throw new DataFileException(file.name(), 1, 1, "$", "expected a JSON object, found null");
      }
      return value;
    } catch (JacksonException e) {
      throw translate(file, e);
    }
  }

  /**
   * Refuses bytes that are not well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing past
   * U+10FFFF), naming the line and column of the first bad byte: a data file is UTF-8, and a bad byte is never
   * silently replaced.
   */
  static void checkUtf8(Located file) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(file.bytes());
    CharBuffer out = CharBuffer.allocate(4096);
    int line = 1;
    int column = 1;
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      out.flip();
      while (out.hasRemaining()) {
        char c = out.get();
        if (c == '\n') {
          line++;
          column = 1;
        } else if (!Character.isLowSurrogate(c)) {
          column++;
        }
      }
      out.clear();
      if (result.isError()) {
        throw new DataFileException(file.name(), line, column, "$", String.format(
            "invalid UTF-8 at byte %d (0x%02X): a data file must be UTF-8", in.position(),
            file.bytes()[in.position()] & 0xFF));
      }
      if (result.isUnderflow()) {
        return;
      }
    }
  }

  /**
   * One streaming pass before binding: syntax, the read constraints (nesting depth, string, name and number length)
   * and "do not write null; leave an optional field out instead": a JSON {@code null} anywhere is an error at its
   * own line, column and path.
   */
  private static void scan(Located file) {
    try (JsonParser parser = MAPPER.createParser(file.bytes())) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.VALUE_NULL) {
          TokenStreamLocation at = parser.currentTokenLocation();
          throw new DataFileException(file.name(), at.getLineNr(), at.getColumnNr(),
              Located.displayPath(parser.streamReadContext().pathAsPointer().toString()), NULL_NOT_ALLOWED);
        }
      }
    } catch (JacksonException e) {
      throw translate(file, e);
    }
  }

  /** A Jackson failure as one clear line: where, and what was expected. */
  static DataFileException translate(Located file, JacksonException e) {
    StringBuilder pointer = new StringBuilder();
    for (JacksonException.Reference ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        pointer.append('/').append(ref.getPropertyName().replace("~", "~0").replace("/", "~1"));
      } else if (ref.getIndex() >= 0) {
        pointer.append('/').append(ref.getIndex());
      }
    }
    if (e instanceof StreamReadException syntax && syntax.processor() != null) {
      // A syntax error (or a duplicate key) is found by the parser, which knows the property it was in.
      String where = syntax.processor().streamReadContext().pathAsPointer().toString();
      if (where.startsWith(pointer.toString())) {
        pointer = new StringBuilder(where);
      }
    }
    String problem;
    if (e instanceof PropertyBindingException unknown) {
      List<String> known = new ArrayList<>();
      unknown.getKnownPropertyIds().forEach(k -> known.add(String.valueOf(k)));
      known.sort(null);
      problem = "unknown field '" + unknown.getPropertyName() + "'; expected one of: "
          + known.stream().collect(Collectors.joining(", "));
    } else {
      problem = clean(e.getOriginalMessage());
    }
    TokenStreamLocation at = e.getLocation();
    if (at != null && at.getLineNr() > 0) {
      return new DataFileException(file.name(), at.getLineNr(), at.getColumnNr(),
          Located.displayPath(pointer.toString()), problem);
    }
    return file.error(pointer.toString(), problem);
  }

  /** Drops Jackson's Java class names, which mean nothing to the person who wrote the file. */
  private static String clean(String message) {
    String m = message == null ? "malformed JSON" : message.strip();
    int newline = m.indexOf('\n');
    if (newline > 0) {
      m = m.substring(0, newline);
    }
    if (m.startsWith("Trailing token")) {
      return "content after the end of the JSON object; expected the end of the file";
    }
    m = m.replaceAll(",? from `StreamReadConstraints\\.\\w+\\(\\)`", "")
        .replace(" (but could if coercion was enabled using `CoercionConfig`)", "")
        .replaceAll(" \\(token `JsonToken\\.\\w+`\\)", "")
        .replaceAll("`org\\.multilateral\\.dataset\\.internal\\.Json\\$(\\w+)`", "$1")
        .replaceAll("org\\.multilateral\\.dataset\\.internal\\.Json\\$(\\w+)", "$1")
        .replaceAll("`java\\.(lang|util)\\.(\\w+)(<[^`]*>)?`", "$2")
        .replaceAll("java\\.(lang|util)\\.(\\w+)", "$2")
        .replaceAll("of type (Array)?List\\b", "of type list (a JSON array)")
        .replaceAll("of type (LinkedHash|Hash)?Map\\b", "of type map (a JSON object)");
    return m;
  }
}
