package org.multilateral.examples.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One thing the browser test renders and opens: a command line of the CLI and the file it gives, under the output
 * directory. A line of {@code artefacts.txt} reads {@code ARGS -> FILE}. The command's standard output is written to
 * FILE, unless ARGS contain {@value #DIR}: then the command writes its own files (with {@code --out}) into the output
 * directory and FILE is the page to start from. Either way the test walks from FILE to every page it links to.
 *
 * @param line the line of the list, as written, to name the artefact in reports
 * @param args the command line, {@value #DIR} not yet replaced
 * @param file the file to open first, relative to the output directory
 */
record Artefact(String line, List<String> args, String file) {

  /** Stands in the arguments for the output directory. */
  static final String DIR = "{dir}";

  private static final String ARROW = "->";

  Artefact {
    args = List.copyOf(args);
    if (args.isEmpty() || file.isBlank() || Path.of(file).isAbsolute() || Path.of(file).normalize().startsWith("..")) {
      throw new IllegalArgumentException("artefact '" + line + "': want ARGS -> FILE, FILE inside the output directory");
    }
  }

  /** Whether the command writes its own files rather than its standard output to {@link #file()}. */
  boolean writesFiles() {
    return args.stream().anyMatch(a -> a.contains(DIR));
  }

  /** The command line to run, with {@value #DIR} replaced by {@code dir}. */
  String[] commandLine(Path dir) {
    return args.stream().map(a -> a.replace(DIR, dir.toString())).toArray(String[]::new);
  }

  /** The artefacts of {@code text}: one per line; blank lines and lines starting with {@code #} are skipped. */
  static List<Artefact> parse(String text) {
    List<Artefact> artefacts = new ArrayList<>();
    for (String raw : text.split("\n", -1)) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int arrow = line.lastIndexOf(ARROW);
      if (arrow < 0) {
        throw new IllegalArgumentException("artefact '" + line + "': no '" + ARROW + "' between ARGS and FILE");
      }
      String args = line.substring(0, arrow).strip();
      artefacts.add(new Artefact(line, args.isEmpty() ? List.of() : Arrays.asList(args.split("\\s+")),
          line.substring(arrow + ARROW.length()).strip()));
    }
    return List.copyOf(artefacts);
  }

  /** The artefacts listed in the resource {@code artefacts.txt} beside this class. */
  static List<Artefact> listed() {
    try (InputStream in = Artefact.class.getResourceAsStream("artefacts.txt")) {
      if (in == null) {
        throw new IllegalStateException("no artefacts.txt beside " + Artefact.class.getName());
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read artefacts.txt", e);
    }
  }

  @Override
  public String toString() {
    return line;
  }
}
