package org.multilateral.examples.cli;

import org.multilateral.query.Table;

/** The output formats of the table commands. */
enum Format {
  TEXT,
  CSV;

  String render(Table table) {
    switch (this) {
      case CSV:
        return table.toCsv();
      default:
        return table.toText();
    }
  }
}
