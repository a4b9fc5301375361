/**
 * The data: the curated, sourced dataset bundled in this jar, and a strict loader for data files of your own in
 * the same format.
 *
 * <p>Start at {@link org.multilateral.dataset.MultilateralData}:
 * <ul>
 *   <li>{@link org.multilateral.dataset.MultilateralData#bundled() MultilateralData.bundled()} is the bundled
 *       dataset, loaded once on first use (from a binary resource compiled at build time, without a JSON parser)
 *       and shared: every call returns the same immutable {@link org.multilateral.core.Dataset}. Pass it to
 *       {@code Multilateral.over(dataset)} in the {@code org.multilateral.query} module to ask it questions.</li>
 *   <li>{@link org.multilateral.dataset.MultilateralData#version()} and
 *       {@link org.multilateral.dataset.MultilateralData#currentTo()} say which release of the data this is and
 *       the day its knowledge ends; cite both with anything you publish from it.</li>
 *   <li>{@link org.multilateral.dataset.MultilateralData#bundledWith(java.nio.file.Path...)} adds your own files
 *       on top of the bundled data; {@link org.multilateral.dataset.MultilateralData#read(java.nio.file.Path)}
 *       reads a file alone. The format is described by the JSON Schema that
 *       {@link org.multilateral.dataset.MultilateralData#jsonSchema()} returns, and by {@code DATA-FORMAT.md} in
 *       the repository.</li>
 * </ul>
 *
 * <p>Loading is all or nothing. A file that breaks a rule throws
 * {@link org.multilateral.dataset.DataFileException}, whose message names the file, the line and column, the JSON
 * path of the bad value and what was expected; nothing of it is loaded. Only the bundled resources and the files a
 * caller names are read; nothing is fetched from a network.
 *
 * <p>Every fact cites at least one source: a web page with the day it was consulted and its tier, or a verbatim
 * excerpt of one of the three seed documents bundled under {@code org/multilateral/dataset/seeds/}. The
 * compilation is licensed under CC BY 4.0; the seed documents and quoted passages are third-party texts shipped
 * for citation (see {@code META-INF/DATA-LICENSE.md} in this jar).
 *
 * <p>Every class in this package is thread-safe, and no method accepts {@code null}.
 */
package org.multilateral.dataset;
