/**
 * A fluent, time-aware query API over any {@link org.multilateral.core.Dataset}, and tables for reports.
 */
module org.multilateral.query {
  requires transitive org.multilateral.core;
  requires org.apache.commons.csv;

  exports org.multilateral.query;
}
