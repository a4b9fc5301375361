package org.multilateral.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compiled bundled data is trusted as the build made it; if it is missing or unreadable, the bundled JSON is
 * loaded instead, the same data, and a warning says why. Here a damaged compiled resource hides the real one, in a
 * fresh class loader.
 */
@DisplayName("A damaged compiled resource")
class CompiledDataFallbackTest {

  @Test
  @DisplayName("is logged, and the bundled JSON serves the same data")
  void damagedCompiledResourceFallsBackToJson(@TempDir Path dir) throws Exception {
    Path data = Files.createDirectories(dir.resolve("org/multilateral/dataset/data"));
    Files.write(data.resolve("multilateral.dat"), new byte[] {1, 2, 3, 4});
    List<String> logged = new CopyOnWriteArrayList<>();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        logged.add(record.getLevel() + " " + new SimpleFormatter().formatMessage(record));
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Logger logger = Logger.getLogger("org.multilateral.dataset");
    logger.addHandler(handler);
    String loaded;
    try (URLClassLoader loader = ConcurrentFirstLoadTest.freshLoader(dir)) {
      Method bundled = loader.loadClass(MultilateralData.class.getName()).getMethod("bundled");
      loaded = bundled.invoke(null).toString();
    } finally {
      logger.removeHandler(handler);
    }
    assertEquals(MultilateralData.bundled().toString(), loaded);
    String log = String.join("\n", logged);
    assertTrue(log.startsWith("WARNING"), log);
    assertTrue(log.contains("the compiled bundled data cannot be used") && log.contains("reading the bundled JSON"),
        log);
  }
}
