package org.multilateral.examples.cli;

import java.util.ArrayList;
import java.util.List;

/** Text in the SVG pictures: notes and captions broken into lines, since SVG does not wrap text itself. */
final class SvgText {

  private SvgText() {}

  /** {@code text} in lines of at most {@code width} characters, broken at spaces (a longer word has a line alone). */
  static List<String> fill(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() == 0 ? "" : " ").append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
