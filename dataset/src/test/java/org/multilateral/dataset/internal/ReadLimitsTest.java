package org.multilateral.dataset.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multilateral.dataset.DataFileException;
import org.multilateral.dataset.MultilateralData;

/** Input is bounded in size, nesting depth and the length of strings, names and numbers; no input names a class. */
@DisplayName("Reading data files")
class ReadLimitsTest {

  private static DataFileException rejected(String json) {
    return rejected(json.getBytes(StandardCharsets.UTF_8));
  }

  private static DataFileException rejected(byte[] json) {
    return assertThrows(DataFileException.class, () -> MultilateralData.read("limits.json", json));
  }

  @Test
  @DisplayName("refuses a file larger than 16 MiB before parsing it")
  void fileSize() {
    byte[] big = new byte[DataReader.MAX_FILE_BYTES + 1];
    Arrays.fill(big, (byte) ' ');
    DataFileException e = rejected(big);
    assertEquals("limits.json: $: file is 16777217 bytes; the limit is 16777216", e.getMessage());
  }

  @Test
  @DisplayName("refuses a file on disk larger than 16 MiB, reading no more than the limit")
  void fileSizeOnDisk(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("big.json");
    try (var out = Files.newOutputStream(file)) {
      out.write(new byte[DataReader.MAX_FILE_BYTES + 1]);
    }
    DataFileException e = assertThrows(DataFileException.class, () -> MultilateralData.read(file));
    assertEquals(file + ": $: file is more than 16777216 bytes; the limit is 16777216", e.getMessage());
  }

  @Test
  @DisplayName("refuses an endless device after the limit, within a second or two, whatever size it reports")
  void endlessDevice() {
    Path zero = Path.of("/dev/zero");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero), "a Linux /dev/zero");
    long started = System.nanoTime();
    DataFileException e = assertThrows(DataFileException.class, () -> MultilateralData.read(zero));
    assertEquals("/dev/zero: $: file is more than 16777216 bytes; the limit is 16777216", e.getMessage());
    // Not a speed claim: a guard that the read stops at the limit instead of running until the heap is full.
    assertTrue(System.nanoTime() - started < 20_000_000_000L, "the read stopped at the limit");
  }

  @Test
  @DisplayName("refuses bytes that are not UTF-8, overlong forms included, at their line and column")
  void invalidUtf8() {
    byte[] overlong = "{\"countries\": [\n  {\"name\": \"A\u0000B\"}]}".replace("\u0000", "\u0001")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    // Replace the U+0001 byte by the overlong two-byte form of '/' (0xC0 0xAF), which lenient decoders accept.
    int at = new String(overlong, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf('\u0001');
    byte[] bad = new byte[overlong.length + 1];
    System.arraycopy(overlong, 0, bad, 0, at);
    bad[at] = (byte) 0xC0;
    bad[at + 1] = (byte) 0xAF;
    System.arraycopy(overlong, at + 1, bad, at + 2, overlong.length - at - 1);
    DataFileException e = rejected(bad);
    assertEquals("limits.json:2:14: $: invalid UTF-8 at byte " + at + " (0xC0): a data file must be UTF-8",
        e.getMessage());
  }

  @Test
  @DisplayName("refuses nesting deeper than 32 levels")
  void nestingDepth() {
    String deep = "{\"countries\": " + "[".repeat(40) + "]".repeat(40) + "}";
    DataFileException e = rejected(deep);
    assertEquals(OptionalInt.of(1), e.line());
    assertEquals("Document nesting depth (33) exceeds the maximum allowed (32)", e.problem());
  }

  @Test
  @DisplayName("refuses a string longer than 65,536 characters")
  void stringLength() {
    String json = "{\"version\": \"" + "x".repeat(70_000) + "\"}";
    DataFileException e = rejected(json);
    assertEquals("$.version", e.path());
    assertTrue(e.problem().startsWith("String value length (") && e.problem().contains("exceeds the maximum allowed"
        + " (65536"), e.problem());
  }

  @Test
  @DisplayName("refuses a property name longer than 256 characters")
  void nameLength() {
    DataFileException e = rejected("{\"sources\": {\"" + "s".repeat(300) + "\": {}}}");
    assertTrue(e.problem().startsWith("Name length (") && e.problem().contains("(256"), e.problem());
  }

  @Test
  @DisplayName("refuses a number longer than 32 digits")
  void numberLength() {
    DataFileException e = rejected("{\"version\": " + "9".repeat(40) + "}");
    assertEquals("Number value length (40) exceeds the maximum allowed (32)", e.problem());
  }

  @Test
  @DisplayName("enables no default typing: the mapper resolves no type from input")
  void noDefaultTyping() {
    var type = DataReader.MAPPER.constructType(Object.class);
    assertNull(DataReader.MAPPER.deserializationConfig().getDefaultTyper(type));
    assertNull(DataReader.MAPPER.serializationConfig().getDefaultTyper(type));
  }

  @Test
  @DisplayName("binds only fixed records, none of which takes a type id")
  void noTypeIds() {
    for (Class<?> record : Json.class.getDeclaredClasses()) {
      assertTrue(record.isRecord(), record.getName());
      assertNull(record.getAnnotation(JsonTypeInfo.class), record.getName());
      for (var component : record.getRecordComponents()) {
        assertTrue(component.getType() == String.class || component.getType() == java.util.List.class
            || component.getType() == java.util.Map.class, record.getSimpleName() + "." + component.getName());
        assertNull(component.getAccessor().getAnnotation(JsonTypeInfo.class), component.getName());
      }
    }
  }

  @Test
  @DisplayName("treats a class name in the input as an unknown field, nothing more")
  void classNameIsJustAnUnknownField() {
    DataFileException e = rejected("{\"@class\": \"java.lang.Runtime\", \"version\": \"1\"}");
    assertEquals("$['@class']", e.path());
    assertTrue(e.problem().startsWith("unknown field '@class'"), e.problem());
  }
}
