package org.multilateral.dataset.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.multilateral.core.Dataset;
import org.multilateral.dataset.DataFileException;

/**
 * The data bundled in this module, loaded once, on first use, by the class-holder idiom: the JVM runs the
 * holder's initialiser exactly once, under its class-initialisation lock, so concurrent first calls all see the
 * same, fully built dataset. A failure to load is kept too, so that every call reports the same
 * {@link DataFileException} (instead of an {@link ExceptionInInitializerError} once and a
 * {@link NoClassDefFoundError} after).
 *
 * <p>The build compiles the JSON files into one binary resource ({@value #COMPILED}, see {@link DataCompiler}), as
 * java.time compiles its time-zone rules into {@code tzdb.dat}, so that the first load needs no JSON parsing. The
 * build guarantees that the resource is fresh: it is written from the JSON at every build, before the tests, and a
 * test checks that it is byte for byte what the JSON compiles to. So at run time it is trusted, and the JSON is not
 * read at all. Only if the resource is missing or cannot be decoded is the JSON loaded instead, with a warning in
 * the log: the data served is then still the data the JSON says, only slower.
 */
public final class BundledData {

  /** Where the bundled data lives, relative to this module's root package. */
  static final String DIRECTORY = "/org/multilateral/dataset/data/";
  static final String MANIFEST = "manifest.json";
  static final String COMPILED = "multilateral.dat";

  private BundledData() {}

  private static final class Holder {
    static final Dataset DATASET;
    static final RuntimeException FAILURE;

    static {
      Dataset loaded = null;
      RuntimeException failure = null;
      try {
        Optional<Dataset> compiled = compiled();
        loaded = compiled.isPresent() ? compiled.get() : Parsed.get().dataset();
      } catch (RuntimeException e) {
        failure = e;
      }
      DATASET = loaded;
      FAILURE = failure;
    }
  }

  /** The JSON files, parsed: needed to add users' files on top, and when no up-to-date compiled form exists. */
  private static final class Parsed {
    static final Loaded LOADED;
    static final RuntimeException FAILURE;

    static {
      Loaded loaded = null;
      RuntimeException failure = null;
      try {
        loaded = fromJson();
      } catch (RuntimeException e) {
        failure = e;
      }
      LOADED = loaded;
      FAILURE = failure;
    }

    static Loaded get() {
      if (FAILURE != null) {
        throw FAILURE;
      }
      return LOADED;
    }
  }

  /** The parsed bundled files and the dataset they make. */
  public record Loaded(String version, LocalDate currentTo, List<Assembler.Parsed> files, Dataset dataset) {}

  /** The bundled dataset, loaded on the first call. */
  public static Dataset get() {
    if (Holder.FAILURE != null) {
      throw Holder.FAILURE;
    }
    return Holder.DATASET;
  }

  /** The bundled JSON files, parsed on the first call, and the dataset they make. */
  public static Loaded parsed() {
    return Parsed.get();
  }

  /** Reads the JSON files through the manifest and assembles them. */
  static Loaded fromJson() {
    Located manifestFile = resource(MANIFEST);
    Json.Manifest manifest = DataReader.manifest(manifestFile);
    if (manifest.version() == null || manifest.currentTo() == null || manifest.files() == null) {
      throw manifestFile.error("", "a manifest needs 'version', 'currentTo' and 'files'");
    }
    LocalDate currentTo;
    try {
      currentTo = LocalDate.parse(manifest.currentTo());
    } catch (DateTimeParseException e) {
      throw manifestFile.error("/currentTo", "bad date '" + manifest.currentTo() + "': expected YYYY-MM-DD");
    }
    List<Assembler.Parsed> files = new ArrayList<>();
    for (String name : manifest.files()) {
      Located file = resource(name);
      files.add(new Assembler.Parsed(file, DataReader.dataFile(file)));
    }
    return new Loaded(manifest.version(), currentTo, List.copyOf(files),
        Assembler.assemble(manifest.version(), currentTo, files));
  }

  /** The compiled form of {@code loaded}: its dataset in {@link BinaryData} form. */
  static byte[] compile(Loaded loaded) {
    return BinaryData.encode(loaded.dataset());
  }

  /**
   * The compiled dataset, trusted as the build made it; empty (and logged) if the resource is missing or cannot be
   * decoded.
   */
  static Optional<Dataset> compiled() {
    byte[] compiled;
    try {
      compiled = bytes(COMPILED);
    } catch (UncheckedIOException e) {
      return fallBack(e.getMessage());
    }
    if (compiled == null) {
      return fallBack("the resource " + DIRECTORY + COMPILED + " is missing");
    }
    try {
      return Optional.of(BinaryData.decode(compiled));
    } catch (RuntimeException e) {
      // A damaged compiled form is never worse than none: the JSON is the truth. Say so, once.
      return fallBack(e.getMessage());
    }
  }

  /** Reading the JSON instead of the compiled form: correct, but slower, so it is logged, never silent. */
  private static Optional<Dataset> fallBack(String reason) {
    System.getLogger("org.multilateral.dataset").log(System.Logger.Level.WARNING,
        "multilateral: the compiled bundled data cannot be used ({0}); reading the bundled JSON instead", reason);
    return Optional.empty();
  }

  private static byte[] bytes(String name) {
    // Through the module, not the class: on the class path that asks this module's loader alone, where a class's
    // look-up first asks the JDK's loaders, which open the JDK's module image to look for it (about 3 ms in a fresh
    // JVM). In a named module both read from the module itself.
    try (InputStream in = BundledData.class.getModule().getResourceAsStream(DIRECTORY.substring(1) + name)) {
      if (in == null) {
        return null;
      }
      // A jar entry's stream knows how many bytes are left: read them into one array of that size, not in pieces
      // copied together at the end (for the compiled data, forty 8 KB buffers and a copy of 350 KB in a fresh
      // JVM). Any other stream, or any byte left after, is read as before.
      byte[] first = in.readNBytes(in.available());
      int next = in.read();
      if (next < 0) {
        return first;
      }
      byte[] rest = in.readAllBytes();
      byte[] all = java.util.Arrays.copyOf(first, first.length + 1 + rest.length);
      all[first.length] = (byte) next;
      System.arraycopy(rest, 0, all, first.length + 1, rest.length);
      return all;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled resource " + DIRECTORY + name, e);
    }
  }

  private static Located resource(String name) {
    if (!name.matches("[\\w.-]+\\.json")) {
      throw new DataFileException(MANIFEST, 0, 0, "$.files", "bad file name '" + name + "'");
    }
    byte[] content = bytes(name);
    if (content == null) {
      throw new DataFileException(name, 0, 0, "$", "bundled resource " + DIRECTORY + name + " is missing");
    }
    return new Located(name, content);
  }
}
