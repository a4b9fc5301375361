package org.multilateral.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.multilateral.core.Dataset;
import org.multilateral.dataset.internal.Assembler;
import org.multilateral.dataset.internal.BundledData;
import org.multilateral.dataset.internal.DataReader;
import org.multilateral.dataset.internal.DataWriter;
import org.multilateral.dataset.internal.Json;
import org.multilateral.dataset.internal.Located;

/**
 * The entry point to multilateral's data: the curated {@linkplain #bundled() bundled dataset}, and users' own data
 * files in the same format, added {@linkplain #bundledWith on top of it} or {@linkplain #read read alone}.
 *
 * <p>The bundled data is checked when the library is built and compiled into one resource, which is loaded once, on
 * first use, and shared: every call returns the same immutable {@link Dataset}. Its facts are read from that resource
 * when first asked for, one kind at a time (a program that asks for memberships never reads the documents), as the
 * JDK reads a time zone's rules. A user's data file is read all or nothing: a bad file throws
 * {@link DataFileException} naming the file, line, column and JSON path, and nothing is loaded. Only the bundled resources and the files a caller names
 * are ever read; nothing is fetched from a network.
 *
 * <p>Thread-safe.
 */
public final class MultilateralData {

  private static final String SCHEMA = "/org/multilateral/dataset/multilateral-data.schema.json";

  private MultilateralData() {}

  /**
   * The bundled dataset, loaded on the first call: its header is read and its checksum verified then; each kind of
   * fact is read when first asked for.
   *
   * @throws DataFileException if the bundled data is broken (a build that passed its tests never is)
   */
  public static Dataset bundled() {
    return BundledData.get();
  }

  /** The bundled data's version, such as {@code 2026.11.0}. */
  public static String version() {
    return BundledData.get().version();
  }

  /** The day the bundled data's knowledge is current to. */
  public static LocalDate currentTo() {
    return BundledData.get().currentTo();
  }

  /**
   * The bundled dataset with the facts of {@code files} added. The files may cite the bundled sources and name the
   * bundled countries and organisations; an id they define must not already exist. The version becomes
   * {@code <bundled version>+user}.
   *
   * @throws DataFileException for the first problem in any file, or a file that cannot be read; nothing is
   *     loaded
   */
  public static Dataset bundledWith(Path... files) {
    Objects.requireNonNull(files, "files");
    if (files.length == 0) {
      return BundledData.get();
    }
    requireJsonParser(); // before the bundled files are parsed as JSON to be merged with these
    BundledData.Loaded bundled = BundledData.parsed();
    List<Assembler.Parsed> all = new ArrayList<>(bundled.files());
    for (Path file : files) {
      all.add(parse(file));
    }
    return Assembler.assemble(bundled.version() + "+user", bundled.currentTo(), all);
  }

  /**
   * A dataset made of {@code file} alone, which must give its {@code version} and {@code currentTo}, as files
   * that {@link #write} makes do.
   *
   * @throws DataFileException for the first problem in the file, or if it cannot be read
   */
  public static Dataset read(Path file) {
    Assembler.Parsed parsed = parse(file);
    return standalone(parsed);
  }

  /** Like {@link #read(Path)}, for data already in memory; {@code name} is used in error messages. */
  public static Dataset read(String name, byte[] json) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(json, "json");
    requireJsonParser();
    Located located = new Located(name, json.clone());
    return standalone(new Assembler.Parsed(located, DataReader.dataFile(located)));
  }

  /**
   * The JSON Schema (draft 2020-12) of the data file format, as shipped with this module in
   * {@code org/multilateral/dataset/multilateral-data.schema.json}. The loader checks more than the schema can say:
   * that references resolve, that dates are real and spells do not overlap.
   */
  public static String jsonSchema() {
    try (InputStream in = MultilateralData.class.getResourceAsStream(SCHEMA)) {
      if (in == null) {
        throw new IllegalStateException("resource " + SCHEMA + " is missing from the dataset module");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SCHEMA, e);
    }
  }

  /**
   * Writes {@code dataset} as one data file that {@link #read} reads back to an equal dataset.
   *
   * @throws IllegalArgumentException if two different sources of the dataset share an id
   */
  public static void write(Dataset dataset, OutputStream out) throws IOException {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(out, "out");
    out.write(DataWriter.write(dataset));
  }

  /**
   * {@code dataset} as the bytes of one data file, in UTF-8.
   *
   * @throws IllegalArgumentException if two different sources of the dataset share an id
   */
  public static byte[] toJson(Dataset dataset) {
    return DataWriter.write(Objects.requireNonNull(dataset, "dataset"));
  }

  private static Dataset standalone(Assembler.Parsed parsed) {
    Json.DataFile data = parsed.data();
    Located file = parsed.file();
    if (data.version() == null || data.version().isBlank()) {
      throw file.error("", "missing 'version': a file read alone gives its data version");
    }
    if (data.currentTo() == null) {
      throw file.error("", "missing 'currentTo': a file read alone gives the day its data is current to");
    }
    LocalDate currentTo;
    try {
      currentTo = LocalDate.parse(data.currentTo());
    } catch (DateTimeParseException e) {
      throw file.error("/currentTo", "bad date '" + data.currentTo() + "': expected YYYY-MM-DD");
    }
    return Assembler.assemble(data.version(), currentTo, List.of(parsed));
  }

  private static Assembler.Parsed parse(Path file) {
    Objects.requireNonNull(file, "file");
    requireJsonParser();
    Located located = new Located(file.toString(), readBounded(file));
    return new Assembler.Parsed(located, DataReader.dataFile(located));
  }

  /**
   * The bytes of {@code file}, at most {@link DataReader#MAX_FILE_BYTES}: the limit holds for the bytes read, not
   * the size a file reports, so a device or an endless pipe is refused after the limit instead of filling the heap.
   */
  private static byte[] readBounded(Path file) {
    String name = file.toString();
    if (Files.isDirectory(file)) {
      throw new DataFileException(name, 0, 0, "$", "is a directory, not a data file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(DataReader.MAX_FILE_BYTES + 1);
      if (bytes.length > DataReader.MAX_FILE_BYTES) {
        throw new DataFileException(name, 0, 0, "$", "file is more than " + DataReader.MAX_FILE_BYTES
            + " bytes; the limit is " + DataReader.MAX_FILE_BYTES);
      }
      return bytes;
    } catch (java.nio.file.NoSuchFileException e) {
      throw new DataFileException(name, 0, 0, "$", "no such file");
    } catch (java.nio.file.AccessDeniedException e) {
      throw new DataFileException(name, 0, 0, "$", "permission denied");
    } catch (IOException e) {
      throw new DataFileException(name, 0, 0, "$", "cannot read the file"
          + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
  }

  /**
   * Loading the bundled data needs no JSON parser, so Jackson is an optional dependency; reading a data file does.
   *
   * @throws IllegalStateException saying what to add when Jackson is not on the class or module path
   */
  private static void requireJsonParser() {
    try {
      Class.forName("tools.jackson.databind.json.JsonMapper", false, MultilateralData.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException("reading a data file needs Jackson 3: add tools.jackson.core:jackson-databind"
          + " (the version in multilateral-bom) to the class path, or to the module path with --add-modules"
          + " tools.jackson.databind");
    }
  }
}
