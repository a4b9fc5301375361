package org.multilateral.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.multilateral.examples.cli.Main;

/**
 * The pictures in {@code docs/} (which the README shows) are what the CLI draws today, so a change to a chart or to
 * the data cannot leave them stale. Run with {@code -Dmultilateral.docs.write=true} to write them afresh.
 */
class DocsPicturesTest {

  /** A picture in docs/, the command that draws it, and where that command puts it ({@code null}: stdout). */
  private record Picture(String file, String args, String writtenAs) {}

  private static final List<Picture> PICTURES = List.of(
      new Picture("nato-timeline.svg", "timeline NATO --format svg", null),
      new Picture("nato-members.svg", "chart NATO", null),
      new Picture("un-members.svg", "chart UN", null),
      new Picture("nato-1999-map.svg", "map NATO --as-of 1999-06-01", null),
      new Picture("belgium-life.svg", "report BEL --out {dir}", "BEL.svg"));

  @TempDir
  Path dir;

  @TestFactory
  Stream<DynamicTest> everyPictureInDocsIsWhatTheCliDrawsToday() {
    return PICTURES.stream().map(p -> DynamicTest.dynamicTest(p.file() + " <- " + p.args(), () -> check(p)));
  }

  @TestFactory
  Stream<DynamicTest> theReadmeShowsEveryPicture() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    return PICTURES.stream().map(p -> DynamicTest.dynamicTest(p.file(),
        () -> assertTrue(readme.contains("](docs/" + p.file() + ")"), "README.md does not show docs/" + p.file())));
  }

  private void check(Picture picture) throws IOException {
    Path out = Files.createTempDirectory(dir, "out");
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int status = Main.run(picture.args().replace("{dir}", out.toString()).split(" "), new PrintWriter(stdout),
        new PrintWriter(stderr));
    assertEquals(0, status, stderr.toString());
    String drawn = picture.writtenAs() == null ? stdout.toString()
        : Files.readString(out.resolve(picture.writtenAs()), StandardCharsets.UTF_8);
    Path file = Path.of("..", "docs", picture.file());
    if (Boolean.getBoolean("multilateral.docs.write")) {
      Files.writeString(file, drawn, StandardCharsets.UTF_8);
    }
    assertEquals(drawn, Files.readString(file, StandardCharsets.UTF_8),
        "docs/" + picture.file() + " is stale: run `./multilateral " + picture.args() + "` (or this test with"
            + " -Dmultilateral.docs.write=true) to draw it afresh");
  }
}
