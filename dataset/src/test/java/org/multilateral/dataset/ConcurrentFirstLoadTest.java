package org.multilateral.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Many threads racing the first load of the bundled data (the holder idiom), then running mixed lookups, all see
 * one dataset and give the answers a single thread gives.
 */
@DisplayName("The bundled data, first loaded by 16 threads at once,")
@Timeout(120)
class ConcurrentFirstLoadTest {

  private static final int THREADS = 16;
  private static final int ROUNDS = 2;

  /**
   * A class loader with {@code first} (if any) and then the test class path, and no parent but the platform's: its
   * classes load afresh, and resources in {@code first} hide those of the class path.
   */
  static URLClassLoader freshLoader(Path... first) throws MalformedURLException {
    List<URL> urls = new ArrayList<>();
    for (Path path : first) {
      urls.add(path.toUri().toURL());
    }
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      urls.add(Path.of(entry).toUri().toURL());
    }
    return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
  }

  @Test
  @DisplayName("is loaded once, without error, and answers every thread as it answers one")
  void racingTheFirstLoad() throws Exception {
    String expected = ConcurrencyProbe.answers(0);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        try (URLClassLoader loader = freshLoader()) {
          Class<?> probe = loader.loadClass(ConcurrencyProbe.class.getName());
          assertNotSame(ConcurrencyProbe.class, probe, "the probe runs in a fresh class loader");
          var run = probe.getMethod("run", CyclicBarrier.class, int.class);
          CyclicBarrier start = new CyclicBarrier(THREADS);
          List<Future<List<String>>> results = new ArrayList<>();
          for (int t = 0; t < THREADS; t++) {
            int rotation = t * 7;
            Callable<List<String>> task = () -> {
              @SuppressWarnings("unchecked")
              List<String> result = (List<String>) run.invoke(null, start, rotation);
              return result;
            };
            results.add(pool.submit(task));
          }
          Set<String> identities = new HashSet<>();
          for (Future<List<String>> result : results) {
            List<String> r = result.get();
            identities.add(r.get(0));
            assertEquals(expected, r.get(1));
          }
          assertEquals(1, identities.size(), "every thread sees the same dataset");
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
