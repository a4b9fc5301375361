package org.multilateral.examples.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine;

/** Reads {@code --format} case-insensitively, naming the valid formats when it fails. */
final class FormatConverter implements CommandLine.ITypeConverter<Format> {

  @Override
  public Format convert(String value) {
    try {
      return Format.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException("unknown format '" + value + "'; expected one of: "
          + String.join(", ", new Candidates()));
    }
  }

  /** The formats of tables, lower-case, for help and completion. */
  static final class Candidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Format.values()).filter(f -> f != Format.SVG).map(Format::id).iterator();
    }
  }
}
