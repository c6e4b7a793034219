package dev.heatmap.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heatmap.cli.Docs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The completion script and the man page that {@code mvn package} generates: present, built from
 * the current command model (every visible option is in both), and working in a real shell and a
 * real {@code man}.
 */
class DocsIT {
  static final Path COMPLETION = Proc.TARGET.resolve("heatmap_completion");
  static final Path MAN_PAGE = Proc.TARGET.resolve("man/heatmap.1");

  static CommandSpec spec;

  @BeforeAll
  static void model() {
    spec = Docs.spec();
  }

  /** Every name of every option shown in --help, e.g. -o and --output. */
  static List<String> optionNames() {
    List<String> names = new ArrayList<>();
    for (OptionSpec o : spec.options()) {
      if (!o.hidden()) {
        names.addAll(Arrays.asList(o.names()));
      }
    }
    assertTrue(names.containsAll(List.of("--type", "--tz", "--input-tz", "--format", "-o")));
    return names;
  }

  @Test
  void completionScriptKnowsEveryOption() throws Exception {
    String script = Files.readString(COMPLETION);
    for (String name : optionNames()) {
      assertTrue(script.contains("'" + name + "'") || script.contains(" " + name), name);
    }
  }

  @Test
  void manPageDocumentsEveryOptionAndTheExamples() throws Exception {
    // Asciidoctor writes a hyphen as \- in roff.
    String roff = Files.readString(MAN_PAGE).replace("\\-", "-");
    assertTrue(roff.contains(".TH \"HEATMAP\" \"1\""), "a section 1 page");
    for (String name : optionNames()) {
      // A negatable option is written --[no-]name.
      String negatable = name.startsWith("--") ? "--[no-]" + name.substring(2) : name;
      assertTrue(roff.contains(name) || roff.contains(negatable), name);
    }
    assertTrue(roff.contains("EXAMPLES"), "the help's examples are in the man page");
  }

  @Test
  void manRendersThePage() throws Exception {
    Assumptions.assumeTrue(Proc.onPath("man"), "man is not installed: nothing to render with");
    Proc p =
        Proc.run(
            Proc.HOME,
            Map.of("MANWIDTH", "80", "LANG", "C.UTF-8"),
            "",
            List.of("man", "-l", MAN_PAGE.toString()));
    assertEquals(0, p.exitCode(), p::toString);
    assertEquals("", p.err().strip(), "no troff warnings");
    for (String section : List.of("NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "EXAMPLES")) {
      assertTrue(p.out().contains("\n" + section), section + " in\n" + p.out());
    }
    assertTrue(p.out().contains("heatmap - Counts timestamps"), p.out());
    assertTrue(p.out().contains("--tz=ZONE"), p.out());
  }

  /** What bash offers after {@code line} (the word under the cursor last), via the script. */
  static List<String> bashCompletes(String... words) throws Exception {
    StringBuilder array = new StringBuilder();
    for (String w : words) {
      array.append(" '").append(w).append('\'');
    }
    String script =
        "source \"$1\" || exit 3\n"
            + "complete -p heatmap >/dev/null || exit 4\n"
            + "COMP_WORDS=("
            + array
            + ")\n"
            + "COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))\n"
            + "COMP_LINE=\"${COMP_WORDS[*]}\"\n"
            + "COMP_POINT=${#COMP_LINE}\n"
            + "_heatmap 2>/dev/null\n"
            + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
    Proc p =
        Proc.run(
            Proc.HOME, Map.of(), "", List.of("bash", "-c", script, "bash", COMPLETION.toString()));
    assertEquals(0, p.exitCode(), p::toString);
    List<String> offered = new ArrayList<>();
    for (String s : p.out().split("\n")) {
      if (!s.isBlank()) {
        offered.add(s.strip());
      }
    }
    return offered;
  }

  @Test
  void bashCompletesOptionNames() throws Exception {
    assertEquals(List.of("--format"), bashCompletes("heatmap", "--form"));
    assertTrue(bashCompletes("heatmap", "--").containsAll(List.of("--tz", "--type", "--title")));
  }

  @Test
  void bashCompletesTheFormatNamesFromTheModel() throws Exception {
    TreeSet<String> expected = new TreeSet<>();
    spec.findOption("--format").completionCandidates().forEach(expected::add);
    assertTrue(expected.containsAll(List.of("html", "json", "text")), expected.toString());
    assertEquals(expected, new TreeSet<>(bashCompletes("heatmap", "-f", "")));
  }

  @Test
  void zshLoadsTheSameScript() throws Exception {
    Assumptions.assumeTrue(
        Proc.onPath("zsh") || "true".equals(System.getenv("CI")),
        "zsh is not installed: bash checked only");
    Proc p =
        Proc.run(
            Proc.HOME,
            Map.of(),
            "",
            List.of(
                "zsh",
                "-c",
                "autoload -Uz compinit && compinit -u -D && source \"$1\""
                    + " && print -r -- ${_comps[heatmap]}",
                "zsh",
                COMPLETION.toString()));
    assertEquals(0, p.exitCode(), p::toString);
    assertEquals("_heatmap", p.out().strip(), p.err());
  }
}
