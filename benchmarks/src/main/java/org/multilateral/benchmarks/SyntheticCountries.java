package org.multilateral.benchmarks;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.multilateral.core.Country;
import org.multilateral.core.CountryCode;
import org.multilateral.core.PartialDate;
import org.multilateral.core.Source;
import org.multilateral.core.WebPage;

/**
 * About 200 states for synthetic datasets: 190 current ones (ISO 3166-1 codes and English names from the JDK's
 * locale data) and 13 historical ones with their end dates and successors (the Soviet Union, the German
 * Democratic Republic, Yugoslavia, Czechoslovakia...), each with the day it came into existence. Numeric codes
 * are synthetic. Deterministic for a seed (and a JDK's list of ISO codes).
 */
final class SyntheticCountries {

  /** Current states in the data. */
  static final int CURRENT = 190;

  /** States the Correlates of War project counts from its first year, 1816. */
  private static final Set<String> OLD_STATES = Set.of("GBR", "FRA", "USA", "RUS", "AUT", "PRT", "ESP", "SWE",
      "DNK", "NLD", "CHE", "TUR", "IRN", "CHN", "JPN", "MAR", "BRA", "MEX", "ARG", "CHL", "COL", "PER", "NOR",
      "GRC", "BEL", "ITA", "DEU", "THA", "NPL", "AFG", "ETH", "HTI", "DOM", "URY", "PRY", "BOL", "VEN");

  /** code, alpha-2, numeric, name, ISO 3166-3 code, started, last day, successors. */
  private static final String[][] HISTORICAL = {
      {"SUN", "SU", "810", "Soviet Union", "SUHH", "1922-12-30", "1991-12-25", "RUS UKR BLR KAZ UZB GEO ARM AZE"},
      {"DDR", "DD", "278", "German Democratic Republic", "DDDE", "1949-10-07", "1990-10-02", "DEU"},
      {"YUG", "YU", "891", "Yugoslavia", "YUCS", "1918-12-01", "1992-04-26", "SVN HRV BIH MKD SCG"},
      {"SCG", "CS", "892", "Serbia and Montenegro", "CSXX", "1992-04-27", "2006-06-05", "SRB MNE"},
      {"CSK", "CS", "200", "Czechoslovakia", "CSHH", "1918-10-28", "1992-12-31", "CZE SVK"},
      {"YMD", "YD", "720", "South Yemen", "YDYE", "1967-11-30", "1990-05-21", "YEM"},
      {"ZAR", "ZR", "180", "Zaire", "ZRCD", "1971-10-27", "1997-05-16", "COD"},
      {"BUR", "BU", "104", "Burma", "BUMM", "1948-01-04", "1989-06-17", "MMR"},
      {"DHY", "DY", "204", "Dahomey", "DYBJ", "1960-08-01", "1975-11-29", "BEN"},
      {"HVO", "HV", "854", "Upper Volta", "HVBF", "1960-08-05", "1984-08-03", "BFA"},
      {"RHO", "RH", "716", "Southern Rhodesia", "RHZW", "1965-11-11", "1980-04-17", "ZWE"},
      {"ANT", "AN", "530", "Netherlands Antilles", "ANHH", "1954-12-15", "2010-10-09", "CUW SXM"},
      {"TMP", "TP", "626", "East Timor", "TPTL", "1975-11-28", "2002-05-19", "TLS"},
  };

  private SyntheticCountries() {}

  /** The countries, historical ones last. */
  static List<Country> create(Random random) {
    Map<String, String> alpha2ByCode = isoCodes();
    Map<String, LocalDate> startedByCode = new LinkedHashMap<>();
    Set<String> chosen = new TreeSet<>();
    for (String[] h : HISTORICAL) {
      for (String successor : h[7].split(" ")) {
        if (alpha2ByCode.containsKey(successor)) {
          chosen.add(successor);
          startedByCode.merge(successor, LocalDate.parse(h[6]).plusDays(1), (a, b) -> a.isBefore(b) ? a : b);
        }
      }
    }
    chosen.addAll(OLD_STATES);
    List<String> rest = new ArrayList<>(alpha2ByCode.keySet());
    rest.removeAll(chosen);
    Collections.shuffle(rest, random);
    chosen.addAll(rest.subList(0, CURRENT - chosen.size()));

    Source source = source("iso-3166", "ISO 3166 country codes (synthetic numeric codes)");
    List<Country> countries = new ArrayList<>();
    int numeric = 1;
    Set<String> historicalNumerics = new TreeSet<>();
    for (String[] h : HISTORICAL) {
      historicalNumerics.add(h[2]);
    }
    for (String code : chosen) {
      String number;
      do {
        number = String.format(Locale.ROOT, "%03d", numeric++);
      } while (historicalNumerics.contains(number));
      LocalDate started = OLD_STATES.contains(code) ? SyntheticWorld.FIRST_DAY
          : startedByCode.getOrDefault(code, independence(random));
      countries.add(Country.builder()
          .code(CountryCode.of(code))
          .alpha2(alpha2ByCode.get(code))
          .numeric(number)
          .name(new Locale("", alpha2ByCode.get(code)).getDisplayCountry(Locale.ENGLISH))
          .started(PartialDate.of(started))
          .addSource(source)
          .build());
    }
    for (String[] h : HISTORICAL) {
      Country.Builder country = Country.builder()
          .code(CountryCode.of(h[0]))
          .alpha2(h[1])
          .numeric(h[2])
          .name(h[3])
          .formerCode(h[4])
          .started(PartialDate.parse(h[5]))
          .ended(PartialDate.parse(h[6]))
          .addSource(source);
      for (String successor : h[7].split(" ")) {
        if (chosen.contains(successor) || successor.equals("SCG")) {
          country.addSuccessor(CountryCode.of(successor));
        }
      }
      countries.add(country.build());
    }
    return List.copyOf(countries);
  }

  /** A day of independence: a third before 1945, half in decolonisation, the rest after 1980. */
  private static LocalDate independence(Random random) {
    double r = random.nextDouble();
    if (r < 0.35) {
      return day(random, 1816, 1944);
    }
    return r < 0.85 ? day(random, 1945, 1979) : day(random, 1980, 2011);
  }

  /** A uniformly random day in the years {@code from..to}. */
  static LocalDate day(Random random, int from, int to) {
    long first = LocalDate.of(from, 1, 1).toEpochDay();
    long last = LocalDate.of(to, 12, 31).toEpochDay();
    return LocalDate.ofEpochDay(first + (long) (random.nextDouble() * (last - first + 1)));
  }

  /** A first-party-style web page for synthetic facts. */
  static Source source(String id, String title) {
    return WebPage.builder()
        .id(id)
        .url(URI.create("https://example.org/synthetic/" + id))
        .publisher("multilateral benchmarks")
        .title(title)
        .retrieved(SyntheticWorld.CURRENT_TO)
        .tier(org.multilateral.core.SourceTier.FIRST_PARTY).build();
  }

  /** Alpha-3 to alpha-2 for every current ISO 3166-1 country the JDK knows, in alpha-3 order. */
  private static Map<String, String> isoCodes() {
    Map<String, String> codes = new TreeMap<>();
    for (String alpha2 : Locale.getISOCountries()) {
      String alpha3 = new Locale("", alpha2).getISO3Country();
      if (alpha3.matches("[A-Z]{3}")) {
        codes.put(alpha3, alpha2);
      }
    }
    return codes;
  }
}
