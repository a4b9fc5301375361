package org.multilateral.dataset.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step (run by the dataset module's build at {@code process-classes}): loads and checks the bundled JSON,
 * then writes its compiled form beside it in the build output, where {@link BundledData} finds it. A data error
 * fails the build with the file, line, column and path of the bad value.
 */
public final class DataCompiler {

  private DataCompiler() {}

  /** {@code args[0]}: the build's class output directory. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: DataCompiler OUTPUT_DIRECTORY");
    }
    BundledData.Loaded loaded = BundledData.fromJson();
    Path target = Path.of(args[0], BundledData.DIRECTORY.substring(1), BundledData.COMPILED);
    Files.createDirectories(target.getParent());
    Files.write(target, BundledData.compile(loaded));
  }
}
