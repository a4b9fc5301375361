package org.multilateral.dataset.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.multilateral.core.Dataset;
import org.multilateral.dataset.MultilateralData;

/** The build compiles the bundled JSON into one binary resource; what it serves is exactly what the JSON says. */
@DisplayName("The compiled bundled data")
class CompiledDataTest {

  @Test
  @DisplayName("is present in the build output, up to date, and equal to the dataset the JSON makes")
  void compiledEqualsJson() {
    Dataset fromJson = BundledData.fromJson().dataset();
    Dataset compiled = BundledData.compiled().orElseThrow(
        () -> new AssertionError("no up-to-date " + BundledData.COMPILED + " in the build output"));
    assertEquals(fromJson, compiled);
    assertEquals(fromJson, MultilateralData.bundled());
  }

  @Test
  @DisplayName("in the build output is byte for byte what the bundled JSON compiles to, so it can be trusted at run time")
  void compiledResourceIsFresh() throws Exception {
    byte[] built;
    try (java.io.InputStream in = BundledData.class.getResourceAsStream(BundledData.DIRECTORY
        + BundledData.COMPILED)) {
      assertTrue(in != null, "no " + BundledData.COMPILED + " in the build output");
      built = in.readAllBytes();
    }
    assertTrue(Arrays.equals(BundledData.compile(BundledData.fromJson()), built),
        BundledData.COMPILED + " differs from what the bundled JSON compiles to: the build must write it again");
  }

  @Test
  @DisplayName("made again from the same JSON is byte for byte the same")
  void compilingIsDeterministic() {
    BundledData.Loaded loaded = BundledData.fromJson();
    assertTrue(Arrays.equals(BundledData.compile(loaded), BundledData.compile(BundledData.fromJson())));
  }

  @Test
  @DisplayName("refuses bytes that are not a compiled dataset")
  void corruptBytesAreRejected() {
    byte[] good = BinaryData.encode(BundledData.fromJson().dataset());
    assertThrows(IllegalArgumentException.class, () -> BinaryData.decode(Arrays.copyOf(good, good.length / 2)));
    assertThrows(IllegalArgumentException.class, () -> BinaryData.decode(new byte[] {1, 2, 3, 4}));
  }

  @Test
  @DisplayName("a damaged byte anywhere after the header is refused by the checksum, not read as other facts")
  void aDamagedByteIsRefused() {
    byte[] good = BinaryData.encode(BundledData.fromJson().dataset());
    for (int at = BinaryData.CHECKED_FROM; at < good.length; at += good.length / 97) {
      byte[] damaged = good.clone();
      damaged[at] ^= 0x10;
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BinaryData.decode(damaged));
      assertTrue(e.getMessage().contains("checksum does not match"), at + ": " + e.getMessage());
    }
  }

  @Test
  @DisplayName("a damaged count is refused as corrupt, not as a failure to allocate memory")
  void aHugeCountIsRefused() {
    byte[] bytes = BinaryData.encode(BundledData.fromJson().dataset());
    // The string table's size follows the header: claim nearly 2^31 strings.
    bytes[12] = 0x7F;
    bytes[13] = (byte) 0xFF;
    bytes[14] = (byte) 0xFF;
    bytes[15] = (byte) 0xF0;
    BinaryData.withChecksum(bytes);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BinaryData.decode(bytes));
    assertTrue(e.getMessage().contains("a count of 2147483632"), e.getMessage());
  }

  @Test
  @DisplayName("whose table of parts points past its end is refused when loaded, not when a part is first read")
  void anOffsetOutsideTheDataIsRefused() {
    byte[] bytes = BinaryData.encode(BundledData.fromJson().dataset());
    // After the header: the string count, its offsets and the end of its bytes, the bytes; the version's index, the
    // day, the source count and the sources' offsets; then the eight parts' offsets.
    int strings = intAt(bytes, 12);
    int at = 16 + 4 * strings;
    at += 4 + intAt(bytes, at);
    at += 4 + 8;
    at += 4 + 4 * intAt(bytes, at);
    int offices = at + 4 * 7;
    bytes[offices] = 0x7F; // the last part, the offices, now begins some 2 GB into the body
    BinaryData.withChecksum(bytes);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BinaryData.decode(bytes));
    assertTrue(e.getMessage().contains("corrupt binary dataset: an offset of"), e.getMessage());
  }

  private static int intAt(byte[] bytes, int at) {
    return java.nio.ByteBuffer.wrap(bytes, at, 4).getInt();
  }

  @Test
  @DisplayName("written in another format is reported, not decoded")
  void anotherFormatIsReported() {
    byte[] bytes = BinaryData.encode(BundledData.fromJson().dataset());
    byte[] otherFormat = bytes.clone();
    otherFormat[7] ^= 1; // the format version follows the 4-byte magic
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BinaryData.decode(otherFormat));
    assertTrue(e.getMessage().contains("this library reads format " + BinaryData.FORMAT_VERSION), e.getMessage());
  }

  @Test
  @DisplayName("naming a constant the model does not have is reported with the unknown id, not read as another")
  void anUnknownConstantIsReported() {
    byte[] bytes = BinaryData.encode(BundledData.fromJson().dataset());
    // Enumerations are written as ids in the string table: rename one and the decoder must refuse it.
    byte[] id = "founding-member".getBytes(StandardCharsets.UTF_8);
    byte[] renamed = "founding-membeX".getBytes(StandardCharsets.UTF_8);
    int at = indexOf(bytes, id);
    assertTrue(at > 0, "the role id is in the string table");
    System.arraycopy(renamed, 0, bytes, at, renamed.length);
    BinaryData.withChecksum(bytes); // as if compiled so: the checksum alone would refuse it otherwise
    // Memberships are read when first asked for: that call fails, naming the kind of fact and the constant, and so
    // does every later call; the other kinds of fact are read.
    Dataset dataset = BinaryData.decode(bytes);
    for (int call = 0; call < 2; call++) {
      IllegalStateException e = assertThrows(IllegalStateException.class, dataset::memberships);
      assertTrue(e.getMessage().startsWith(BinaryData.CORRUPT + "memberships: "), e.getMessage());
      assertTrue(e.getMessage().contains("unknown role 'founding-membeX'"), e.getMessage());
    }
    assertEquals(BundledData.fromJson().dataset().countries(), dataset.countries());
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
