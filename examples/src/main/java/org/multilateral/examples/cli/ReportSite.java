package org.multilateral.examples.cli;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.multilateral.core.Country;
import org.multilateral.core.Organisation;
import org.multilateral.query.Multilateral;
import org.multilateral.query.UnknownIdException;
import org.multilateral.query.internal.Escaping;

/**
 * Every organisation's and every country's report as a small static HTML site: {@code index.html},
 * {@code org/ID.html} and {@code country/ISO3.html}, linked to each other by relative addresses, so that the site
 * opens from the file system and can be served from any folder. Each page carries its own style sheet.
 */
final class ReportSite {

  private ReportSite() {}

  /** Writes the site into {@code dir}, making it if missing. */
  static void write(Multilateral world, Path dir) {
    List<Organisation> organisations = world.dataset().organisations().stream()
        .sorted(Comparator.comparing(o -> o.id().value())).toList();
    List<Country> countries = world.dataset().countries().stream()
        .sorted(Comparator.comparing(c -> c.code().value())).toList();
    // The index first: a folder that cannot be written fails before any work.
    ReportCommand.write(dir, "index.html", index(world, organisations, countries));
    Report.Links links = new PageLinks(world, "../");
    for (Organisation organisation : organisations) {
      ReportCommand.write(dir, "org/" + organisation.id().value() + ".html",
          OrganisationReport.of(world, organisation).toHtml(links));
    }
    for (Country country : countries) {
      ReportCommand.write(dir, "country/" + country.code().value() + ".html",
          CountryReport.of(world, country).toHtml(links));
    }
  }

  /** The relative address of an organisation's page from a folder {@code prefix} away from the site's root. */
  static String organisationPage(String prefix, Organisation organisation) {
    return prefix + "org/" + organisation.id().value() + ".html";
  }

  /** The relative address of a country's page from a folder {@code prefix} away from the site's root. */
  static String countryPage(String prefix, Country country) {
    return prefix + "country/" + country.code().value() + ".html";
  }

  /** Links to the pages of the site, from a page {@code prefix} away from its root. */
  private record PageLinks(Multilateral world, String prefix) implements Report.Links {
    @Override
    public Optional<String> country(String codeOrName) {
      try {
        return Optional.of(countryPage(prefix, world.country(codeOrName)));
      } catch (IllegalArgumentException e) { // unknown or ambiguous
        return Optional.empty();
      }
    }

    @Override
    public Optional<String> organisation(String idOrName) {
      try {
        return Optional.of(organisationPage(prefix, world.organisation(idOrName)));
      } catch (UnknownIdException e) {
        return Optional.empty();
      }
    }

    @Override
    public Optional<String> index() {
      return Optional.of(prefix + "index.html");
    }
  }

  private static String index(Multilateral world, List<Organisation> organisations, List<Country> countries) {
    String title = "Multilateral cooperation: organisations and countries";
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>").append(html(title)).append("</title>\n")
        .append("<style>").append(Report.CSS).append("ul.countries{columns:4 14em;padding-left:1.2em}"
            + "@media print{ul.countries{columns:3}}</style>\n")
        .append("</head>\n<body>\n<h1>").append(html(title)).append("</h1>\n")
        .append("<p class=\"data\">Data ").append(html(world.dataset().version())).append(", current to ")
        .append(world.currentTo()).append(". Every page is a report with numbered citations to its sources.</p>\n")
        .append("<h2 id=\"organisations\">Organisations</h2>\n<table>\n<thead><tr><th>id</th><th>name</th>"
            + "<th>members on ").append(world.currentTo()).append("</th></tr></thead>\n<tbody>\n");
    for (Organisation o : organisations) {
      html.append("<tr><td>").append(html(o.id().value())).append("</td><td><a href=\"")
          .append(organisationPage("", o)).append("\">").append(html(o.name())).append("</a></td><td>")
          .append(world.members(o.id()).count()).append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n<h2 id=\"countries\">Countries</h2>\n<ul class=\"countries\">\n");
    for (Country c : countries.stream().sorted(Comparator.comparing(Country::name)).toList()) {
      html.append("<li><a href=\"").append(countryPage("", c)).append("\">").append(html(c.name()))
          .append("</a> (").append(c.code().value()).append(c.isHistorical() ? ", historical" : "")
          .append(")</li>\n");
    }
    return html.append("</ul>\n</body>\n</html>\n").toString();
  }

  private static String html(String text) {
    return Escaping.html(text);
  }
}
