package dev.heatmap.cli;

import dev.heatmap.core.Spelling;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * "Did you mean": the options an unknown one was probably meant to be. Three kinds of closeness, in
 * this order: the name other tools use for the same thing ({@code --timezone} is {@code --tz}), the
 * start of an option's name ({@code --infer} of {@code --infer-tz}), and the spelling ({@code
 * --fromat}, one swap from {@code --format}).
 */
final class OptionSuggestions {
  private OptionSuggestions() {}

  /** Names other tools give to options this one has, and the option they mean here. */
  private static final Map<String, String> SYNONYMS =
      Map.ofEntries(
          Map.entry("--timezone", "--tz"),
          Map.entry("--time-zone", "--tz"),
          Map.entry("--zone", "--tz"),
          Map.entry("--output-tz", "--tz"),
          Map.entry("--output-timezone", "--tz"),
          Map.entry("--input-timezone", "--input-tz"),
          Map.entry("--source-tz", "--input-tz"),
          Map.entry("--out", "--output"),
          Map.entry("--output-format", "--format"),
          Map.entry("--fmt", "--format"),
          Map.entry("--column", "--field"),
          Map.entry("--key", "--field"),
          Map.entry("--col", "--field"),
          Map.entry("--group", "--group-by"),
          Map.entry("--by", "--group-by"),
          Map.entry("--from", "--since"),
          Map.entry("--after", "--since"),
          Map.entry("--start", "--since"),
          Map.entry("--to", "--until"),
          Map.entry("--before", "--until"),
          Map.entry("--end", "--until"),
          Map.entry("--sep", "--delimiter"),
          Map.entry("--separator", "--delimiter"),
          Map.entry("--colour", "--color"),
          Map.entry("--date-format", "--time-format"),
          Map.entry("--timestamp-format", "--time-format"),
          Map.entry("--silent", "--quiet"),
          Map.entry("--verbose", "--debug"));

  /**
   * The options {@code typed} may have meant, closest first, at most three; empty if none is near.
   */
  static List<String> of(CommandSpec spec, String typed) {
    String name = typed;
    int eq = name.indexOf('=');
    if (eq > 0) {
      name = name.substring(0, eq);
    }
    List<String> names = new ArrayList<>();
    for (OptionSpec o : spec.options()) {
      for (String n : o.names()) {
        if (n.startsWith("--")) {
          names.add(n);
        }
      }
    }
    List<String> found = new ArrayList<>();
    String synonym = SYNONYMS.get(name.toLowerCase(java.util.Locale.ROOT));
    if (synonym != null && names.contains(synonym)) {
      found.add(synonym);
      return found;
    }
    if (name.length() > 3) {
      for (String n : names) {
        if (n.startsWith(name)) {
          found.add(n);
        }
      }
    }
    if (!found.isEmpty()) {
      return found.size() > 3 ? List.copyOf(found.subList(0, 3)) : found;
    }
    String bare = name.replaceFirst("^-+", "");
    int limit = Math.max(1, bare.length() / 3);
    int best = Integer.MAX_VALUE;
    for (String n : names) {
      best = Math.min(best, Spelling.distance(bare, n.substring(2)));
    }
    if (best > limit) {
      return List.of();
    }
    for (String n : names) {
      if (Spelling.distance(bare, n.substring(2)) == best) {
        found.add(n);
      }
    }
    found.sort(Comparator.naturalOrder());
    return found.size() > 3 ? List.copyOf(found.subList(0, 3)) : found;
  }
}
