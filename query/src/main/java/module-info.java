/**
 * A fluent, time-aware query API over any {@link org.multilateral.core.Dataset}, and tables for reports.
 */
module org.multilateral.query {
  // Core's types are in this module's public signatures.
  requires transitive org.multilateral.core;
  requires com.google.common;
  requires org.apache.commons.csv;

  exports org.multilateral.query;
  // The one output escaping, shared with the project's own renderers (reports, charts); not API.
  exports org.multilateral.query.internal to org.multilateral.examples;
}
