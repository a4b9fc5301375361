package org.multilateral.examples.cli;

import java.util.Optional;

/** The formats of a command that can draw a chart: every table format, and {@code svg}. Lower-case, as typed. */
enum ChartFormat {
  text, csv, json, markdown, html, svg;

  /** The table format of the same name; empty for {@code svg}. */
  Optional<TableFormat> table() {
    return this == svg ? Optional.empty() : Optional.of(TableFormat.valueOf(name()));
  }
}
