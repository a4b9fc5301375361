/**
 * The domain model of multilateral: immutable, sourced, time-aware facts about international cooperation.
 */
module org.multilateral.core {
  // Guava formats the checks' messages (only when one fails); never in a public signature: not transitive.
  requires com.google.common;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports org.multilateral.core;
  // Shared helpers for the project's own modules only; not API.
  exports org.multilateral.core.internal to org.multilateral.dataset, org.multilateral.query;
}
