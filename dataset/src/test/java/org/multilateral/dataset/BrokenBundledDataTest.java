package org.multilateral.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * If the bundled data were broken, every call would report the same {@link DataFileException} naming the resource,
 * not an {@link ExceptionInInitializerError} once and a {@link NoClassDefFoundError} after. The data is broken here
 * by a damaged compiled resource and a broken manifest that hide the real ones, in a fresh class loader: the
 * loader falls back from the compiled form to the JSON, which then fails.
 */
@DisplayName("Broken bundled data")
class BrokenBundledDataTest {

  @Test
  @DisplayName("is reported as a DataFileException on the first call and on every later call")
  void everyCallReportsTheSameError(@TempDir Path dir) throws Exception {
    Path data = Files.createDirectories(dir.resolve("org/multilateral/dataset/data"));
    Files.writeString(data.resolve("manifest.json"), "{\"version\": \"x\", \"currentTo\": \"2026-11-31\","
        + " \"files\": []}");
    Files.write(data.resolve("multilateral.dat"), new byte[] {1, 2, 3, 4});
    try (URLClassLoader loader = ConcurrentFirstLoadTest.freshLoader(dir)) {
      Method bundled = loader.loadClass(MultilateralData.class.getName()).getMethod("bundled");
      for (int call = 0; call < 3; call++) {
        InvocationTargetException e = assertThrows(InvocationTargetException.class, () -> bundled.invoke(null));
        assertEquals(DataFileException.class.getName(), e.getCause().getClass().getName());
        assertEquals("manifest.json:1:31: $.currentTo: bad date '2026-11-31': expected YYYY-MM-DD",
            e.getCause().getMessage());
      }
    }
  }
}
