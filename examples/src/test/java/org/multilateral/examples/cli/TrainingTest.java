package org.multilateral.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The launcher's training run succeeds: every command it runs ends with status 0. */
class TrainingTest {

  @Test
  void everyTrainingCommandSucceeds() {
    for (List<String> command : Training.COMMANDS) {
      StringWriter err = new StringWriter();
      int status = Main.run(command.toArray(String[]::new), new PrintWriter(new StringWriter()),
          new PrintWriter(err));
      assertEquals(0, status, command + ": " + err);
    }
  }
}
