package org.multilateral.examples.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The list of what the browser test opens: how its lines read. */
class ArtefactTest {

  @Test
  void aLineIsACommandLineAndTheFileItGives() {
    List<Artefact> artefacts = Artefact.parse("""
        # a comment

        timeline NATO --format svg -> timeline-NATO.svg
          report --all --out {dir}/site  ->  site/index.html
        """);
    assertEquals(2, artefacts.size());
    Artefact chart = artefacts.get(0);
    assertEquals(List.of("timeline", "NATO", "--format", "svg"), chart.args());
    assertEquals("timeline-NATO.svg", chart.file());
    assertFalse(chart.writesFiles());
    Artefact site = artefacts.get(1);
    assertTrue(site.writesFiles());
    assertEquals("site/index.html", site.file());
    assertArrayEquals(new String[] {"report", "--all", "--out", Path.of("/out") + "/site"},
        site.commandLine(Path.of("/out")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"timeline NATO --format svg", "-> a.svg", "chart UN ->", "chart UN -> /tmp/x.svg",
      "chart UN -> ../x.svg"})
  void aLineWithoutArgsOrWithAFileOutsideTheOutputIsRefused(String line) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Artefact.parse(line));
    assertTrue(e.getMessage().contains(line.strip()), e.getMessage());
  }

  @Test
  void theListedArtefactsEachHaveTheirOwnFile() {
    List<Artefact> listed = Artefact.listed();
    assertFalse(listed.isEmpty());
    assertEquals(listed.size(), Set.copyOf(listed.stream().map(a -> Path.of(a.file()).normalize()).toList()).size(),
        "two artefacts write the same file");
    assertTrue(listed.stream().allMatch(a -> SiteWalk.isPage(Path.of(a.file()))), "an artefact is not a page");
  }
}
