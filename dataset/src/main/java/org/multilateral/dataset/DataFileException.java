package org.multilateral.dataset;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A data file, bundled or a user's, could not be loaded. The message names the file, the line and column, the JSON
 * path of the bad value, and what was expected, in the form
 * {@code nato.json:42:15: $.memberships[3].spells[0].to: bad date '2020-13-01': expected YYYY-MM-DD, YYYY-MM or YYYY}.
 *
 * <p>When it is thrown nothing was loaded: loading is all or nothing.
 */
public final class DataFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final int column;
  private final String path;
  private final String problem;

  /**
   * @param file the file's name or path as the user gave it
   * @param line the 1-based line, or 0 if unknown
   * @param column the 1-based column, or 0 if unknown
   * @param path the JSON path of the bad value, such as {@code $.memberships[3].country}, or {@code $}
   * @param problem what is wrong and what was expected
   */
  public DataFileException(String file, int line, int column, String path, String problem) {
    super(format(file, line, column, path, problem));
    this.file = Objects.requireNonNull(file, "file");
    this.line = line;
    this.column = column;
    this.path = Objects.requireNonNull(path, "path");
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  private static String format(String file, int line, int column, String path, String problem) {
    return file + (line > 0 ? ":" + line + ":" + column : "") + ": " + path + ": " + problem;
  }

  /** The file's name or path. */
  public String file() {
    return file;
  }

  /** The 1-based line of the bad value, if known. */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /** The 1-based column of the bad value, if known. */
  public OptionalInt column() {
    return line > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }

  /** The JSON path of the bad value, such as {@code $.memberships[3].country}. */
  public String path() {
    return path;
  }

  /** What is wrong, without the location. */
  public String problem() {
    return problem;
  }
}
