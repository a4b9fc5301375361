package org.multilateral.examples.cli;

/** The formats of a report: Markdown with footnotes, or an HTML page. Lower-case, as typed. */
enum ReportFormat {
  markdown, html
}
