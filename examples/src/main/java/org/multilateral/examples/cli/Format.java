package org.multilateral.examples.cli;

import java.util.Locale;
import org.multilateral.query.Table;

/** The output formats. {@code svg} is a chart, offered only where a chart exists. */
enum Format {
  TEXT,
  CSV,
  JSON,
  MARKDOWN,
  HTML,
  SVG;

  /** {@code table} in this format. */
  String render(Table table) {
    switch (this) {
      case CSV:
        return table.toCsv();
      case JSON:
        return table.toJson();
      case MARKDOWN:
        return table.toMarkdown();
      case HTML:
        return table.toHtml();
      case SVG:
        throw new BadInputException("--format svg is only for charts: try 'multilateral timeline ORG --format svg'");
      default:
        return table.toText();
    }
  }

  String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
