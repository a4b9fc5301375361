/**
 * One module to require: the query API ({@code org.multilateral.query}) over the bundled data
 * ({@code org.multilateral.dataset}), both readable by every module that requires this one.
 */
module org.multilateral {
  requires transitive org.multilateral.query;
  requires transitive org.multilateral.dataset;
}
