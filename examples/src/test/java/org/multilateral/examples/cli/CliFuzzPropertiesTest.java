package org.multilateral.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multilateral.core.Dataset;
import org.multilateral.dataset.DataFileException;
import org.multilateral.dataset.MultilateralData;
import org.multilateral.query.Multilateral;
import org.xml.sax.InputSource;

/**
 * Hostile data files through every command and every format of the CLI: a user's file whose names, titles,
 * places, topics and citations carry markup, spreadsheet formulas, terminal escapes, bidirectional overrides and
 * characters XML forbids. Every run ends with exit status 0 or 2, never a stack trace; a file the loader refuses is
 * one line on standard error; every output is well-formed for its format (CSV through Commons CSV, HTML and SVG
 * through the JDK's XML parser, Markdown through a real CommonMark renderer that would pass raw HTML through) and
 * carries no terminal escape or bidi override where a person reads it. At least 10,000 cases a run with the
 * default number of tries.
 */
class CliFuzzPropertiesTest {

  private static final int TRIES = Integer.getInteger("multilateral.property.tries", 2000);
  private static final AtomicInteger CASES = new AtomicInteger();
  private static final AtomicInteger LOADED = new AtomicInteger();

  private static final List<String> ATOMS = List.of("a", "Z", " ", "\"", "'", "\\", "\n", "\t", "<", ">", "&",
      "|", "*", "_", "[", "]", "`", "#", "=", "+", "-", "@", "\u001b", "\u0007", "\u0000", "\u202e", "\u2066",
      "\u200f", "\u2028", "\ufffe", "\ud83d\ude00", "\u00e9", "<img src=x onerror=alert(1)>", "<script>",
      "</td>", "]]>", "=HYPERLINK(\"http://x\")", "\u001b[31m", "{{", "[^1]", "<!--");

  /** The commands and formats each generated file goes through: every command that prints, in every format. */
  private static final List<String[]> COMMANDS = commands();

  private static List<String[]> commands() {
    List<String[]> out = new ArrayList<>();
    for (String format : List.of("text", "csv", "json", "markdown", "html")) {
      out.add(new String[] {"members", "FUZZ", "--format", format});
      out.add(new String[] {"members", "NATO", "--role", "observer", "--format", format});
      out.add(new String[] {"memberships", "QQA", "--format", format});
      out.add(new String[] {"events", "FUZZ", "--format", format});
      out.add(new String[] {"offices", "FUZZ", "--format", format});
      out.add(new String[] {"initiatives", "FUZZ", "--format", format});
      out.add(new String[] {"changes", "FUZZ", "--format", format});
      out.add(new String[] {"timeline", "FUZZ", "--format", format});
      out.add(new String[] {"organisations", "--format", format});
    }
    out.add(new String[] {"timeline", "FUZZ", "--format", "svg"});
    out.add(new String[] {"report", "QQA", "--format", "markdown"});
    out.add(new String[] {"report", "QQA", "--format", "html"});
    return List.copyOf(out);
  }

  /** A JSON string literal of {@code s}, written by hand: the fuzz text must reach the file as it is. */
  private static String json(String s) {
    StringBuilder out = new StringBuilder("\"");
    s.codePoints().forEach(cp -> {
      if (cp == '"' || cp == '\\') {
        out.append('\\').appendCodePoint(cp);
      } else if (cp < 0x20 || Character.isSurrogate((char) cp) || cp == 0xFFFE) {
        out.append(String.format("\\u%04x", cp));
      } else {
        out.appendCodePoint(cp);
      }
    });
    return out.append('"').toString();
  }

  private static String text(List<Integer> picks, int from) {
    StringBuilder s = new StringBuilder("F");
    for (int i = from; i < from + 4 && i < picks.size(); i++) {
      s.append(ATOMS.get(picks.get(i) % ATOMS.size()));
    }
    return s.toString();
  }

  /** A user data file whose every human-readable string is hostile. */
  private static String dataFile(List<Integer> picks) {
    String name = text(picks, 0);
    return "{\"sources\": {\"fz-src\": {\"url\": \"https://example.org/fz\", \"publisher\": " + json(text(picks, 4))
        + ", \"title\": " + json(text(picks, 8)) + ", \"retrieved\": \"2026-11-01\", \"tier\": \"secondary\","
        + " \"note\": " + json(text(picks, 12)) + "}},\n"
        + "\"countries\": [{\"alpha3\": \"QQA\", \"alpha2\": \"QM\", \"numeric\": \"998\", \"name\": " + json(name)
        + ", \"sources\": [\"fz-src\"]}],\n"
        + "\"organisations\": [{\"id\": \"FUZZ\", \"name\": " + json(text(picks, 16)) + ", \"nameFr\": "
        + json(text(picks, 20)) + ", \"kind\": \"informal-alliance\", \"headquarters\": " + json(text(picks, 24))
        + ", \"founded\": [{\"date\": \"1999\", \"kind\": \"launched\", \"sources\": [\"fz-src\"]}],"
        + " \"sources\": [\"fz-src\"]}],\n"
        + "\"memberships\": [{\"country\": \"QQA\", \"organisation\": \"FUZZ\", \"role\": \"member\", \"spells\":"
        + " [{\"from\": \"2000-01\", \"fromKind\": \"joined\", \"note\": " + json(text(picks, 28)) + "}],"
        + " \"sources\": [\"fz-src\"]},\n"
        + " {\"country\": \"QQA\", \"organisation\": \"NATO\", \"role\": \"observer\", \"spells\":"
        + " [{\"from\": \"2001\", \"fromKind\": \"joined\"}], \"sources\": [\"fz-src\"]}],\n"
        + "\"events\": [{\"id\": \"fz-ev\", \"organisation\": \"FUZZ\", \"title\": " + json(text(picks, 32))
        + ", \"kind\": \"summit\", \"from\": \"2001-05\", \"place\": " + json(text(picks, 36)) + ", \"topics\": ["
        + json(text(picks, 40)) + "], \"participants\": [\"QQA\"], \"sources\": [\"fz-src\"]}],\n"
        + "\"initiatives\": [{\"id\": \"fz-in\", \"organisation\": \"FUZZ\", \"name\": " + json(text(picks, 44))
        + ", \"supporters\": [\"QQA\"], \"sources\": [\"fz-src\"]}],\n"
        + "\"offices\": [{\"organisation\": \"FUZZ\", \"title\": " + json(text(picks, 48)) + ", \"holder\": "
        + json(text(picks, 52)) + ", \"country\": \"QQA\", \"from\": \"2002\", \"sources\": [\"fz-src\"]}]}\n";
  }

  @Test
  void hostileDataFilesThroughEveryCommandAndFormat(@TempDir Path dir) {
    qt().withExamples(Math.max(10, TRIES / 8))
        .forAll(lists().of(integers().between(0, 10_000)).ofSize(56))
        .checkAssert(picks -> {
          Path file = dir.resolve("fuzz.json");
          try {
            Files.writeString(file, dataFile(picks), StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new AssertionError(e);
          }
          Dataset dataset;
          try {
            dataset = MultilateralData.bundledWith(file);
          } catch (DataFileException refused) {
            // The loader refused the file: the CLI says so in one line, with status 2.
            Run run = run(null, "members", "FUZZ", "--data", file.toString());
            assertEquals(2, run.status(), run.err());
            assertEquals(1, run.err().lines().count(), run.err());
            assertSafeForATerminal(run.err());
            return;
          }
          LOADED.incrementAndGet();
          Main.Session session = new Main.Session(Multilateral.over(dataset));
          for (String[] command : COMMANDS) {
            String[] result = session.run(command);
            Run run = new Run(Integer.parseInt(result[0]), result[1], result[2]);
            CASES.incrementAndGet();
            assertTrue(run.status() == 0 || run.status() == 2, String.join(" ", command) + ": " + run.err());
            assertFalse(run.err().contains("\tat "), "a stack trace");
            assertSafeForATerminal(run.err());
            if (run.status() == 0) {
              assertWellFormed(command, run.out());
            }
          }

        });
  }

  private record Run(int status, String out, String err) {}

  private static Run run(Multilateral world, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out), new PrintWriter(err), world);
    return new Run(status, out.toString(), err.toString());
  }

  private static void assertSafeForATerminal(String text) {
    assertTrue(text.codePoints().noneMatch(cp -> (cp < 0x20 && cp != '\n') || cp == 0x7f
        || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)), text);
  }

  private static void assertWellFormed(String[] command, String out) {
    String format = command[command.length - 1];
    String what = String.join(" ", command);
    try {
      switch (format) {
        case "csv" -> {
          var records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
              .parse(new StringReader(out)).getRecords();
          for (var r : records) {
            for (String cell : r.values()) {
              assertFalse(!cell.isEmpty() && "=+@".indexOf(cell.charAt(0)) >= 0, what + ": a formula: " + cell);
            }
          }
          assertNoBidi(what, out);
        }
        case "json" -> assertTrue(out.startsWith("{") && out.strip().endsWith("}")
            && out.codePoints().noneMatch(cp -> cp < 0x20 && cp != '\n'), what + ": " + out);
        case "html", "svg" -> {
          DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
          factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
          factory.newDocumentBuilder().parse(new InputSource(new StringReader(out.replace("<!DOCTYPE html>", ""))));
          assertFalse(out.contains("<img") || out.contains("<script"), what + ": live markup");
          assertNoBidi(what, out);
        }
        case "markdown" -> {
          org.commonmark.node.Node doc = org.commonmark.parser.Parser.builder().build().parse(out);
          List<String> raw = new ArrayList<>();
          doc.accept(new org.commonmark.node.AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.HtmlInline html) {
              raw.add(html.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.HtmlBlock html) {
              raw.add(html.getLiteral());
            }
          });
          assertEquals(List.of(), raw, what + ": raw HTML in\n" + out);
          assertNoBidi(what, out);
        }
        default -> {
          assertTrue(out.codePoints().noneMatch(cp -> cp < 0x20 && cp != '\n'), what + ": a control character");
          assertNoBidi(what, out);
        }
      }
    } catch (Exception e) {
      throw new AssertionError(what + ": not well-formed: " + e.getMessage() + "\n" + out, e);
    }
  }

  private static void assertNoBidi(String what, String out) {
    assertTrue(out.codePoints().noneMatch(cp -> (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)),
        what + ": a bidi control");
  }

  @AfterAll
  static void enoughCases() {
    // Most generated files load, so that their hostile strings reach every renderer.
    assertTrue(LOADED.get() * 2 > Math.max(10, TRIES / 8), "files loaded: " + LOADED.get());
    if (TRIES >= 2000) {
      assertTrue(CASES.get() >= 10_000, "cases run: " + CASES.get());
    }
  }
}
