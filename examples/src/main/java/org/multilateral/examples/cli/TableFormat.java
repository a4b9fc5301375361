package org.multilateral.examples.cli;

import org.multilateral.query.Table;

/**
 * The formats a table can be written in. The constants are lower-case because they are what a user types and what
 * help and completion show; picocli reads them ignoring case.
 */
enum TableFormat {
  text, csv, json, markdown, html;

  /** {@code table} in this format. */
  String render(Table table) {
    return switch (this) {
      case csv -> table.toCsv();
      case json -> table.toJson();
      case markdown -> table.toMarkdown();
      case html -> table.toHtml();
      case text -> table.toText();
    };
  }
}
