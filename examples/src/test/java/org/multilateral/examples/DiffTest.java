package org.multilateral.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multilateral.dataset.MultilateralData;
import org.multilateral.examples.cli.Main;
import org.multilateral.query.FactChange;
import org.multilateral.query.Multilateral;

/** What changed between two data releases: nothing between a dataset and itself, and a changed date shows up. */
class DiffTest {

  private static String cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertEquals(0, Main.run(args, new PrintWriter(out), new PrintWriter(err)), err.toString());
    return out.toString();
  }

  private static byte[] written() throws java.io.IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    MultilateralData.write(MultilateralData.bundled(), out);
    return out.toByteArray();
  }

  @Test
  void aDatasetHasNoChangesSinceItself(@TempDir Path dir) throws Exception {
    Path copy = dir.resolve("copy.json");
    Files.write(copy, written());
    assertEquals(0, Multilateral.over(MultilateralData.bundled()).changesSince(MultilateralData.read(copy))
        .count());
    assertEquals(List.of("change,fact,key,detail"), cli("diff", copy.toString(), "bundled", "--format", "csv")
        .lines().toList());
  }

  @Test
  void aChangedDateAnAddedAndARemovedFactShowUp(@TempDir Path dir) throws Exception {
    String json = new String(written(), StandardCharsets.UTF_8);
    // Poland joined NATO on 1999-03-12: make the older data say 1999-03-11.
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("\"country\" : \"POL\",\\s*\"organisation\" : \"NATO\",\\s*\"role\" : \"member\"").matcher(json);
    assertTrue(m.find(), "Poland's NATO membership in the written data");
    int poland = m.start();
    int date = json.indexOf("1999-03-12", poland);
    String older = json.substring(0, date) + "1999-03-11" + json.substring(date + 10);
    Path old = dir.resolve("old.json");
    Files.writeString(old, older, StandardCharsets.UTF_8);
    List<FactChange> changes = Multilateral.over(MultilateralData.bundled())
        .changesSince(MultilateralData.read(old)).list();
    assertEquals(1, changes.size(), changes.toString());
    FactChange c = changes.get(0);
    assertEquals(FactChange.Kind.CHANGED, c.kind());
    assertEquals("POL@NATO (member)", c.key());
    assertEquals("[1999-03-11..] -> [1999-03-12..]", c.detail());
    assertTrue(cli("diff", old.toString(), "bundled").contains("POL@NATO (member)"));
    // The other way round, the same fact changed back.
    FactChange back = Multilateral.over(MultilateralData.read(old)).changesSince(MultilateralData.bundled())
        .single();
    assertEquals("[1999-03-12..] -> [1999-03-11..]", back.detail());
  }
}
