package dev.heatmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The two shapes of the picocli model (see {@link HeatmapCommand#spec}): flat for parsing, grouped
 * for help and the generated docs. They must never disagree about an option.
 */
class CommandModelTest {
  static CommandSpec flat() {
    return new CommandLine(HeatmapCommand.spec(null, false)).getCommandSpec();
  }

  static CommandSpec grouped() {
    return new CommandLine(HeatmapCommand.spec(null, true)).getCommandSpec();
  }

  /** Everything about an option that parsing, help, the man page or completion look at. */
  static String describe(OptionSpec o) {
    List<String> candidates = new ArrayList<>();
    if (o.completionCandidates() != null) {
      o.completionCandidates().forEach(candidates::add);
    }
    return String.join(
        " | ",
        Arrays.toString(o.names()),
        o.paramLabel(),
        o.type().getName(),
        o.arity().toString(),
        String.valueOf(o.negatable()),
        String.valueOf(o.order()),
        String.valueOf(o.usageHelp()),
        String.valueOf(o.versionHelp()),
        String.valueOf(o.hidden()),
        String.valueOf(o.required()),
        Arrays.toString(o.description()),
        candidates.toString());
  }

  static List<String> describe(List<OptionSpec> options) {
    List<String> list = new ArrayList<>();
    for (OptionSpec o : options) {
      list.add(describe(o));
    }
    return list;
  }

  @Test
  void flatAndGroupedHaveTheSameOptionsInTheSameOrder() {
    assertEquals(describe(grouped().options()), describe(flat().options()));
  }

  @Test
  void flatAndGroupedHaveTheSameArgumentAndUsageText() {
    CommandSpec flat = flat();
    CommandSpec grouped = grouped();
    assertEquals(1, flat.positionalParameters().size());
    PositionalParamSpec f = flat.positionalParameters().get(0);
    PositionalParamSpec g = grouped.positionalParameters().get(0);
    assertEquals(
        g.paramLabel() + g.arity() + Arrays.toString(g.description()),
        f.paramLabel() + f.arity() + Arrays.toString(f.description()));
    assertEquals(
        Arrays.toString(grouped.usageMessage().footer()),
        Arrays.toString(flat.usageMessage().footer()));
    assertEquals(grouped.usageMessage().exitCodeList(), flat.usageMessage().exitCodeList());
  }

  @Test
  void parsingModelHasNoGroupsAndHelpModelOneGroupPerTopic() {
    assertTrue(flat().argGroups().isEmpty());
    List<String> headings = new ArrayList<>();
    int grouped = 0;
    for (ArgGroupSpec g : grouped().argGroups()) {
      headings.add(g.heading());
      grouped += g.options().size();
    }
    assertEquals(List.of("%nInput:%n", "%nTime:%n", "%nOutput:%n", "%nAnalysis:%n"), headings);
    // Only the General options (--debug, --quiet, --progress, --help, --version) are outside the
    // topics.
    assertEquals(flat().options().size() - 5, grouped);
  }

  @Test
  void aRepeatedTopicOptionTakesTheLastValue() throws Exception {
    Run r = Run.of("2024-01-01 10:15:00\n", "--tz", "Asia/Tokyo", "--tz", "UTC", "-f", "json");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("UTC", r.json().get("timezone"));
  }

  /**
   * As argument groups, repeating one option of a topic started a new group and dropped the topic's
   * other options: here --input-tz was ignored.
   */
  @Test
  void aRepeatedTopicOptionKeepsTheOtherOptionsOfItsTopic() throws Exception {
    Run r =
        Run.of(
            "2024-01-01 10:15:00\n",
            "--input-tz",
            "Asia/Tokyo",
            "--tz",
            "UTC",
            "--tz",
            "UTC",
            "-f",
            "json");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("2024-01-01T01:15:00Z", r.json().get("first"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"--debug", "--quiet", "--progress", "--help", "--version"})
  void aGeneralOptionGivenTwiceIsAUsageError(String option) {
    Run r = Run.of("2024-01-01 10:15:00\n", option, option);
    assertEquals(2, r.exitCode(), r.out());
    assertEquals(
        "heatmap: option '"
            + option
            + "' should be specified only once\n"
            + "Try 'heatmap --help' for more information.\n",
        r.err().replace("\r\n", "\n"));
  }

  @Test
  void theNegatedFormCountsAsTheSameOption() {
    Run r = Run.of("2024-01-01 10:15:00\n", "--no-progress", "--progress");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("option '--progress' should be specified only once"), r.err());
  }
}
