package org.multilateral.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.multilateral.dataset.internal.Assembler;
import org.multilateral.dataset.internal.DataReader;
import org.multilateral.dataset.internal.Located;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fuzzing the loader: valid documents mutated in their structure and in their bytes, and malformed documents made
 * from scratch. Every case ends in a loaded dataset or a {@link DataFileException} with a location, never in
 * another exception; the timeout guards against a hang.
 */
@DisplayName("The loader, fed mutated and malformed documents,")
@Timeout(300)
class DataFileFuzzPropertiesTest {

  static final int TRIES = Integer.getInteger("multilateral.property.tries", 2000);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final AtomicInteger CASES = new AtomicInteger();
  private static final AtomicInteger LOADED = new AtomicInteger();

  private static final List<String> STRINGS = List.of("", " ", "\u0000", "x", "BEL", "bel", "B3L", "XXX", "SUN",
      "NATO", "nato", "NAT0", "A4M", "UN", "founding-member", "partner", "Member", "signed", "other", "summit",
      "operation", "article", "organ", "2020", "2020-02", "2020-02-29", "2021-02-29", "2020-13", "2020-00-10",
      "0000", "9999-12-31", "+10000", "1949-08-24", "1949-08-24T00:00", "s0", "seed-0", "FW-0", "event-0",
      "https://example.org", "not a url", "http://", "ftp://x", "000_seed.txt", "../etc/passwd", "\"", "\\u0000",
      "é", "😀", "\uD800", "NATO-PFP", "nato-member-countries", "java.lang.Runtime", "@class");

  private static final List<String> NAMES = List.of("id", "country", "organisation", "role", "spells", "from",
      "to", "fromKind", "toKind", "sources", "seed", "excerpt", "url", "kind", "name", "alpha3", "@class",
      "@type", "$schema", "colour", "version", "currentTo", "", "note", "framework", "parent", "aliases");

  /** Random JSON values, from scalars to small nested structures. */
  private static JsonNode value(RandomnessSource in, int depth) {
    switch (integers().between(0, depth > 2 ? 6 : 8).generate(in)) {
      case 0: return NODES.stringNode(arbitrary().pick(STRINGS).generate(in));
      case 1: return NODES.stringNode(DatasetGenerator.TEXT.generate(in));
      case 2: return NODES.numberNode(integers().between(-1000, 100_000).generate(in));
      case 3: return NODES.numberNode(1e308 * integers().between(-10, 10).generate(in));
      case 4: return NODES.booleanNode(integers().between(0, 1).generate(in) == 1);
      case 5: return NODES.nullNode();
      case 6: return NODES.stringNode(DatasetGenerator.DATES.generate(in).toString());
      case 7: {
        ArrayNode array = NODES.arrayNode();
        for (int i = integers().between(0, 3).generate(in); i > 0; i--) {
          array.add(value(in, depth + 1));
        }
        return array;
      }
      default: {
        ObjectNode object = NODES.objectNode();
        for (int i = integers().between(0, 3).generate(in); i > 0; i--) {
          object.set(arbitrary().pick(NAMES).generate(in), value(in, depth + 1));
        }
        return object;
      }
    }
  }

  /** Every container in {@code root}, depth first. */
  private static List<JsonNode> containers(JsonNode root) {
    List<JsonNode> out = new ArrayList<>();
    if (root.isContainer()) {
      out.add(root);
      for (JsonNode child : root) {
        out.addAll(containers(child));
      }
    }
    return out;
  }

  /** One structural mutation of {@code root}, in place. */
  private static void mutate(JsonNode root, RandomnessSource in) {
    List<JsonNode> all = containers(root);
    JsonNode target = all.get(integers().between(0, all.size() - 1).generate(in));
    int op = integers().between(0, 5).generate(in);
    if (target instanceof ObjectNode object) {
      List<String> names = new ArrayList<>(object.propertyNames());
      String name = names.isEmpty() ? "x" : names.get(integers().between(0, names.size() - 1).generate(in));
      switch (op) {
        case 0 -> object.remove(name);
        case 1 -> object.set(arbitrary().pick(NAMES).generate(in), value(in, 0));
        case 2 -> object.set(name, NODES.stringNode(arbitrary().pick(STRINGS).generate(in)));
        case 3 -> object.set(name, all.get(integers().between(0, all.size() - 1).generate(in)).deepCopy());
        default -> object.set(name, value(in, 0));
      }
    } else if (target instanceof ArrayNode array && !array.isEmpty()) {
      int index = integers().between(0, array.size() - 1).generate(in);
      switch (op) {
        case 0 -> array.remove(index);
        case 1, 2 -> array.add(array.get(index).deepCopy());
        case 3 -> array.insert(0, value(in, 0));
        default -> array.set(index, value(in, 0));
      }
    } else if (target instanceof ArrayNode array) {
      array.add(value(in, 0));
    }
  }

  private static byte[] mutateBytes(byte[] bytes, RandomnessSource in) {
    byte[] b = bytes.clone();
    int ops = integers().between(1, 4).generate(in);
    byte[] interesting = {'{', '}', '[', ']', '"', ':', ',', '\\', 'n', '0', '-', 'e', 0, (byte) 0xff, (byte) 0xc3,
        (byte) 0xed, '\n', ' ', '/', '*'};
    for (int i = 0; i < ops && b.length > 0; i++) {
      int at = integers().between(0, b.length - 1).generate(in);
      switch (integers().between(0, 4).generate(in)) {
        case 0 -> b[at] = interesting[integers().between(0, interesting.length - 1).generate(in)];
        case 1 -> b[at] = (byte) integers().between(0, 255).generate(in).intValue();
        case 2 -> b = java.util.Arrays.copyOf(b, at);
        case 3 -> {
          int to = Math.min(b.length, at + integers().between(1, 40).generate(in));
          byte[] shorter = new byte[b.length - (to - at)];
          System.arraycopy(b, 0, shorter, 0, at);
          System.arraycopy(b, to, shorter, at, b.length - to);
          b = shorter;
        }
        default -> {
          byte[] longer = new byte[b.length + 1];
          System.arraycopy(b, 0, longer, 0, at);
          longer[at] = interesting[integers().between(0, interesting.length - 1).generate(in)];
          System.arraycopy(b, at, longer, at + 1, b.length - at);
          b = longer;
        }
      }
    }
    return b;
  }

  /** Malformed documents made of JSON tokens in random order and nesting. */
  private static final Gen<byte[]> TOKEN_SOUP = in -> {
    List<String> tokens = List.of("{", "}", "[", "]", ",", ":", "\"version\"", "\"countries\"", "\"sources\"",
        "\"a\"", "\"\\u00\"", "\"\\ud800\"", "\"\\x\"", "1", "-0", "1e999", "0x10", "NaN", "true", "nul", "null",
        "'single'", "//c", "/*", "\u0000", " ", "\n", "\"2020-02-30\"", "\"BEL\"", "{\"memberships\":[{",
        "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", "\"" + "x".repeat(300) + "\"");
    StringBuilder b = new StringBuilder();
    for (int i = integers().between(0, 60).generate(in); i > 0; i--) {
      b.append(tokens.get(integers().between(0, tokens.size() - 1).generate(in)));
    }
    byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
    if (bytes.length > 0 && integers().between(0, 4).generate(in) == 0) {
      bytes[integers().between(0, bytes.length - 1).generate(in)] = (byte) 0xc0;
    }
    return bytes;
  };

  /** The outcome of one case: a dataset or a located {@link DataFileException}; anything else fails the test. */
  private static void loadsOrFailsCleanly(String name, byte[] input, Supplier<?> load) {
    CASES.incrementAndGet();
    try {
      load.get();
      LOADED.incrementAndGet();
    } catch (DataFileException e) {
      assertEquals(name, e.file());
      assertTrue(e.path().startsWith("$"), e.getMessage());
      assertFalse(e.problem().isBlank(), e.getMessage());
      assertTrue(e.getMessage().startsWith(name + ":"), e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      String text = new String(input, StandardCharsets.UTF_8);
      fail("undocumented " + e + " for input: " + text.substring(0, Math.min(2000, text.length())), e);
    }
  }

  private static void readAlone(byte[] input) {
    loadsOrFailsCleanly("fuzz.json", input, () -> MultilateralData.read("fuzz.json", input));
  }

  /**
   * Valid documents to mutate: a pool of generated datasets written as JSON, made once (generating a dataset costs
   * more than mutating and loading it), so that the mutations, not the generator, take the time.
   */
  private static final List<byte[]> POOL = new ArrayList<>();

  static {
    qt().withExamples(200).forAll(DatasetGenerator.DATASETS.map(MultilateralData::toJson)).checkAssert(POOL::add);
  }

  private static final Gen<byte[]> VALID_DOCUMENTS = arbitrary().pick(POOL);

  @Test
  @DisplayName("loads or rejects valid documents with structural mutations")
  void structuralMutations() {
    Gen<byte[]> mutated = in -> mutated(VALID_DOCUMENTS.generate(in), in);
    qt().withExamples(TRIES * 4 / 3).forAll(mutated).checkAssert(DataFileFuzzPropertiesTest::readAlone);
  }

  private static byte[] mutated(byte[] json, RandomnessSource in) {
    JsonNode tree = JSON.readTree(json);
    for (int i = integers().between(1, 3).generate(in); i > 0; i--) {
      mutate(tree, in);
    }
    return JSON.writeValueAsBytes(tree);
  }

  @Test
  @DisplayName("loads or rejects valid documents with their bytes flipped, cut, dropped or added")
  void byteMutations() {
    Gen<byte[]> mutated = in -> mutateBytes(VALID_DOCUMENTS.generate(in), in);
    qt().withExamples(TRIES * 4 / 3).forAll(mutated).checkAssert(DataFileFuzzPropertiesTest::readAlone);
  }

  @Test
  @DisplayName("rejects documents made of JSON tokens in random order")
  void malformedDocuments() {
    qt().withExamples(TRIES * 21 / 20).forAll(TOKEN_SOUP).checkAssert(DataFileFuzzPropertiesTest::readAlone);
  }

  @Test
  @DisplayName("loads or rejects valid documents whose values are replaced by hostile strings, dates and codes")
  void valueMutations() {
    Gen<byte[]> mutated = in -> {
      JsonNode tree = JSON.readTree(VALID_DOCUMENTS.generate(in));
      List<JsonNode> objects = containers(tree).stream().filter(JsonNode::isObject).toList();
      for (int i = integers().between(1, 4).generate(in); i > 0; i--) {
        ObjectNode object = (ObjectNode) objects.get(integers().between(0, objects.size() - 1).generate(in));
        List<String> names = new ArrayList<>(object.propertyNames());
        if (!names.isEmpty()) {
          object.put(names.get(integers().between(0, names.size() - 1).generate(in)),
              arbitrary().pick(STRINGS).generate(in));
        }
      }
      return JSON.writeValueAsBytes(tree);
    };
    qt().withExamples(TRIES * 4 / 3).forAll(mutated).checkAssert(DataFileFuzzPropertiesTest::readAlone);
  }

  private static final List<Assembler.Parsed> BUNDLED = bundledFiles();

  private static List<Assembler.Parsed> bundledFiles() {
    List<Assembler.Parsed> files = new ArrayList<>();
    for (String name : List.of("countries.json", "un.json", "nato.json", "eu.json", "osce.json", "a4m.json")) {
      Located file = new Located(name, DataFormatSchemaTest.resource("/org/multilateral/dataset/data/" + name)
          .getBytes(StandardCharsets.UTF_8));
      files.add(new Assembler.Parsed(file, DataReader.dataFile(file)));
    }
    return files;
  }

  @Test
  @DisplayName("loads or rejects bundled files with structural mutations, on top of the countries")
  void bundledFileMutations() {
    Gen<Located> mutated = in -> {
      Located original = BUNDLED.get(integers().between(1, BUNDLED.size() - 1).generate(in)).file();
      return new Located(original.name(), mutated(original.bytes(), in));
    };
    qt().withExamples(TRIES / 4).forAll(mutated).checkAssert(file -> loadsOrFailsCleanly(file.name(), file.bytes(),
        () -> Assembler.assemble("fuzz", LocalDate.of(2026, 11, 22),
            List.of(BUNDLED.get(0), new Assembler.Parsed(file, DataReader.dataFile(file))))));
  }

  /**
   * At least 10,000 cases with the default 2,000 tries (the examples are spread over the properties by their cost;
   * QuickTheories skips an example whose random draws repeat an earlier one, hence the margin).
   */
  @AfterAll
  static void enoughCases() {
    assertTrue(CASES.get() >= 5 * TRIES, "cases run: " + CASES.get());
    assertTrue(LOADED.get() > 0, "no mutated document loaded at all");
    assertTrue(LOADED.get() < CASES.get(), "every mutated document loaded");
  }
}
