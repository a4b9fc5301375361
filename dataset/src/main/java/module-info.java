/**
 * The bundled, curated, sourced data of multilateral, and a strict loader for users' own data files.
 */
module org.multilateral.dataset {
  requires transitive org.multilateral.core;
  // Static: loading the bundled data needs no JSON parser; reading a data file needs Jackson on the module path.
  requires static tools.jackson.databind;

  exports org.multilateral.dataset;
  // Jackson binds the data files' records by reflection; nothing else is opened.
  opens org.multilateral.dataset.internal to tools.jackson.databind;
}
