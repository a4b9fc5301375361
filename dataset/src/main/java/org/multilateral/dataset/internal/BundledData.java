package org.multilateral.dataset.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.multilateral.core.Dataset;
import org.multilateral.dataset.DataFileException;

/**
 * The data bundled in this module, loaded once, on first use, by the class-holder idiom: the JVM runs the
 * holder's initialiser exactly once, under its class-initialisation lock, so concurrent first calls all see the
 * same, fully built dataset. A failure to load is kept too, so that every call reports the same
 * {@link DataFileException} (instead of an {@link ExceptionInInitializerError} once and a
 * {@link NoClassDefFoundError} after).
 */
public final class BundledData {

  /** Where the bundled data lives, relative to this module's root package. */
  static final String DIRECTORY = "/org/multilateral/dataset/data/";
  static final String MANIFEST = "manifest.json";

  private BundledData() {}

  private static final class Holder {
    static final Loaded LOADED;
    static final RuntimeException FAILURE;

    static {
      Loaded loaded = null;
      RuntimeException failure = null;
      try {
        loaded = load();
      } catch (RuntimeException e) {
        failure = e;
      }
      LOADED = loaded;
      FAILURE = failure;
    }
  }

  /** The parsed bundled files and the dataset they make. */
  public record Loaded(String version, LocalDate currentTo, List<Assembler.Parsed> files, Dataset dataset) {}

  /** The bundled data, loaded on the first call. */
  public static Loaded get() {
    if (Holder.FAILURE != null) {
      throw Holder.FAILURE;
    }
    return Holder.LOADED;
  }

  private static Loaded load() {
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

  private static Located resource(String name) {
    if (!name.matches("[\\w.-]+\\.json")) {
      throw new DataFileException(MANIFEST, 0, 0, "$.files", "bad file name '" + name + "'");
    }
    try (InputStream in = BundledData.class.getResourceAsStream(DIRECTORY + name)) {
      if (in == null) {
        throw new DataFileException(name, 0, 0, "$", "bundled resource " + DIRECTORY + name + " is missing");
      }
      return new Located(name, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled resource " + DIRECTORY + name, e);
    }
  }
}
