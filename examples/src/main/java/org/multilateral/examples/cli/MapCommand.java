package org.multilateral.examples.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.multilateral.core.CountryCode;
import org.multilateral.query.Member;
import org.multilateral.query.Multilateral;
import org.multilateral.query.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code multilateral map ORG [--as-of DATE] [--extent world|members] [--all-roles] [--format FORMAT]}. */
@Command(name = "map", mixinStandardHelpOptions = true,
    description = {"A world map of an organisation's members on a day (default: the day the data is current to).",
        "--format svg draws it; the table formats list each member and how the map draws it (shape, dot, or the "
            + "territory of a historical state's successors)."})
final class MapCommand implements Callable<Integer> {

  /** How the boundary data is credited under every map. */
  static final String BOUNDARIES = "Boundaries: Natural Earth 1:110m (small states as dots from 1:50m and 1:10m), "
      + "public domain, via world-atlas 2.0.2; today's borders, Equal Earth projection, Antarctica not drawn.";

  @ParentCommand
  Main main;

  @Parameters(index = "0", paramLabel = "ORG", description = "Organisation id or alias, such as NATO or UN.")
  String organisation;

  @Mixin
  AsOf asOf = new AsOf();

  @Option(names = "--extent", paramLabel = "EXTENT", defaultValue = "world",
      description = "What the map shows: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); members zooms to "
          + "the members' extent.")
  MapSvg.Extent extent;

  @Option(names = "--all-roles", description = "Also colour partners, candidates, aspirants and observers.")
  boolean allRoles;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "svg",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ChartFormat format;

  @Override
  public Integer call() {
    Multilateral world = main.world();
    LocalDate day = asOf.day().orElse(world.currentTo());
    MembersMap map = MembersMap.of(world, organisation, day, allRoles);
    if (format.table().isEmpty()) {
      main.print(svg(world, map, extent));
    } else {
      main.print(format.table().get().render(table(map)));
    }
    main.note(map.notes());
    return 0;
  }

  /** The map as SVG, with its title, legend and caption. */
  static String svg(Multilateral world, MembersMap map, MapSvg.Extent extent) {
    String word = map.memberWord();
    String title = map.organisation().name() + " (" + map.organisation().id() + "): " + word + "s on "
        + map.day();
    long count = map.members().stream().map(m -> m.country().code()).distinct().count();
    String subtitle = count + " " + word + (count == 1 ? "" : "s");
    long possible = map.possible().stream().map(m -> m.country().code()).distinct().count();
    if (possible > 0) {
      subtitle += " and " + possible + " possibly (the day falls inside a date known only to the month or year)";
    }
    if (map.showsOtherRoles()) {
      long others = map.others().stream().map(m -> m.country().code()).distinct().count();
      subtitle += ", " + others + " partner" + (others == 1 ? "" : "s") + ", candidate"
          + (others == 1 ? "" : "s") + ", aspirant" + (others == 1 ? "" : "s") + " or observer"
          + (others == 1 ? "" : "s") + " (not members)";
    }
    subtitle += extent == MapSvg.Extent.members
        ? "; zoomed to the " + word + "s" + (map.showsOtherRoles() ? " and the other roles" : "") : "";
    List<String> caption = new ArrayList<>();
    // The historical states that are members first: they matter most to the picture.
    map.historical().stream()
        .sorted(java.util.Comparator.comparing(h -> h.claimant().status()))
        .forEach(h -> caption.add(historical(h)));
    if (!map.notes().isEmpty()) {
      caption.add("Note: " + String.join(" ", map.notes()));
    }
    caption.add("Hover over a country for its status and the date it took effect. Dots mark states too small to "
        + "see at this scale. Hatched: territory with no state in the data on this day (dependencies, disputed "
        + "territories, states not yet independent).");
    caption.add("Data: multilateral data " + world.dataset().version() + ", current to " + world.currentTo()
        + ", CC BY 4.0. " + BOUNDARIES);
    return MapSvg.render(map, extent, title, subtitle, caption);
  }

  /** "The Soviet Union (member) is shown on the territory of Russia, Armenia ...". */
  static String historical(MembersMap.Historical h) {
    String name = withArticle(h.state().name());
    String status = h.claimant().status() == MembersMap.Status.NOT_MEMBER ? "not a member" : h.claimant().detail();
    StringBuilder text = new StringBuilder(name.substring(0, 1).toUpperCase(java.util.Locale.ROOT))
        .append(name.substring(1)).append(" (").append(status).append(") is shown on ");
    if (!h.territory().isEmpty()) {
      text.append("the territory of ").append(list(h.territory()));
    }
    if (!h.shared().isEmpty()) {
      text.append(h.territory().isEmpty() ? "" : ", and on ").append("the territory of ").append(list(h.shared()))
          .append(" together with ").append(h.shared().size() == 1 ? "that state" : "those states")
          .append(h.striped() ? " (striped where their statuses differ)" : "");
    }
    if (h.territory().isEmpty() && h.shared().isEmpty()) {
      text.append("no territory of this map");
    }
    return text.append('.').toString();
  }

  /** Each member (and other role holder) and how the map draws it. */
  static Table table(MembersMap map) {
    Map<CountryCode, List<String>> drawnAs = new java.util.HashMap<>();
    for (MembersMap.Area area : map.areas()) {
      for (MembersMap.Claimant c : area.claimants()) {
        boolean itself = area.code().isPresent() && area.code().get().equals(c.country().code());
        drawnAs.computeIfAbsent(c.country().code(), k -> new ArrayList<>())
            .add(itself ? (area.dot() ? "dot" : "shape") : area.name());
      }
    }
    Table.Builder table = Table.builder(map.organisation().name() + ": " + map.memberWord() + "s on " + map.day()
        + " and how the map draws them")
        .column("iso3", Table.ColumnType.TEXT)
        .column("name", Table.ColumnType.TEXT)
        .column("role", Table.ColumnType.TEXT)
        .column("drawn as", Table.ColumnType.TEXT);
    List<Member> rows = new ArrayList<>(map.members());
    rows.addAll(map.possible());
    rows.addAll(map.others());
    for (Member m : rows) {
      List<String> how = drawnAs.getOrDefault(m.country().code(), List.of());
      String text = how.contains("shape") || how.contains("dot") ? String.join(", ", how)
          : how.isEmpty() ? "not drawn" : "on the territory of " + String.join(", ", how);
      table.row(m.sources(), m.country().code().value(), m.country().name(),
          m.role().id() + (m.isCertain() ? "" : " (possibly)"), text);
    }
    map.notes().forEach(table::note);
    return table.build();
  }

  private static String list(List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", ")) + " and "
        + names.get(names.size() - 1);
  }

  /** "the Soviet Union", "Yugoslavia": an article before a name that is a common noun phrase. */
  private static String withArticle(String name) {
    return name.matches(".*\\b(Union|Republic|Kingdom|States|Federation)\\b.*") ? "the " + name : name;
  }
}
