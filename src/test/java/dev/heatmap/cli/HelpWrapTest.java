package dev.heatmap.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Help never breaks inside a token ({@code '%H:%} / {@code M:%S'} was one, #19): at every width
 * picocli can draw help in (55 columns, its least, to wide terminals), each option's description
 * reads back whole once the line breaks are joined with a space, and each quoted example is on one
 * line.
 */
class HelpWrapTest {
  static String help(int width) {
    CommandLine cl = new CommandLine(HeatmapCommand.spec(null, false));
    cl.setHelpFactory(new CommandLineFactory.GroupedHelp());
    cl.setUsageHelpAutoWidth(false);
    cl.setUsageHelpWidth(width);
    return cl.getUsageMessage(CommandLine.Help.Ansi.OFF);
  }

  /** What help prints of {@code o}'s description, as one line. */
  static String description(OptionSpec o) {
    List<String> candidates = new ArrayList<>();
    if (o.completionCandidates() != null) {
      o.completionCandidates().forEach(candidates::add);
    }
    return String.join(" ", o.description())
        .replace("${COMPLETION-CANDIDATES}", String.join(", ", candidates))
        .replace("%%", "%");
  }

  static String collapsed(String s) {
    return s.replaceAll("\\s+", " ");
  }

  @ParameterizedTest(name = "{0} columns")
  @ValueSource(ints = {55, 60, 64, 72, 80, 90, 100, 120, 160})
  void everyDescriptionBreaksOnlyBetweenWords(int width) {
    String help = help(width);
    String flat = collapsed(help);
    for (OptionSpec o : Docs.spec().options()) {
      String d = collapsed(description(o));
      assertTrue(flat.contains(d), o.longestName() + " at " + width + ":\n" + d + "\n" + help);
      Matcher quoted = Pattern.compile("'[^']+'").matcher(d);
      while (quoted.find()) {
        String example = quoted.group();
        assertTrue(
            help.lines().anyMatch(l -> l.contains(example)),
            example + " on one line at " + width + ":\n" + help);
      }
    }
    // The option table fits the width (the description above it and the examples below are
    // written as they are, within 80 columns).
    for (String line : help.split("\n")) {
      if (line.startsWith("  -") || line.startsWith("      --") || line.matches(" {20,}\\S.*")) {
        assertTrue(line.length() <= width, "wider than " + width + ": " + line);
      }
    }
  }
}
