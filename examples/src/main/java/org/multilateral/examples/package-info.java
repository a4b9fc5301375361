/**
 * Small example programs that show the API; each has a {@code main} method and is run from the README.
 */
package org.multilateral.examples;
