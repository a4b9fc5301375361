/**
 * The multilateral command-line tool and example programs.
 */
module org.multilateral.examples {
  requires org.multilateral.dataset;
  // Not used here by name: it makes the dataset module's optional JSON parser resolve, for --data and diff.
  requires tools.jackson.databind;
  requires org.multilateral.query;
  requires info.picocli;

  exports org.multilateral.examples;
  // picocli reads the command classes' annotations and sets their fields by reflection.
  opens org.multilateral.examples.cli to info.picocli;
}
