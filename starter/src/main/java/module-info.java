/**
 * One module to require: the query API ({@code org.multilateral.query}) over the bundled data
 * ({@code org.multilateral.dataset}), both readable by every module that requires this one, and
 * {@link org.multilateral.Bundled} to start in one call.
 */
module org.multilateral {
  requires transitive org.multilateral.query;
  requires transitive org.multilateral.dataset;

  exports org.multilateral;
}
